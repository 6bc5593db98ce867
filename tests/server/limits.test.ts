import { describe, expect, it } from 'vitest';
import { AttemptCounter, Gate } from '../../server/http/limits';

const at = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 9, minutes));

describe('attempts per client address', () => {
  it('allows the limit in a window, then none until the window ends', () => {
    const counter = new AttemptCounter(3, 15 * 60_000);
    expect([1, 2, 3, 4].map(() => counter.take('1.2.3.4', at(0)))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(counter.reached('1.2.3.4', at(14))).toBe(true);
    expect(counter.take('5.6.7.8', at(1))).toBe(true);
    expect(counter.take('1.2.3.4', at(15))).toBe(true);
  });

  it('gives back a refunded attempt', () => {
    const counter = new AttemptCounter(1, 60_000);
    expect(counter.take('a', at(0))).toBe(true);
    counter.refund('a');
    expect(counter.take('a', at(0))).toBe(true);
    expect(counter.take('a', at(0))).toBe(false);
  });

  it('keeps a bounded number of addresses, forgetting expired ones first', () => {
    const counter = new AttemptCounter(1, 60_000, 2);
    expect(counter.take('a', at(0))).toBe(true);
    expect(counter.take('b', at(0))).toBe(true);
    expect(counter.take('c', at(0))).toBe(false);
    expect(counter.take('c', at(2))).toBe(true);
  });
});

describe('gate on password checks', () => {
  it('runs at most its concurrency at once, queues a few, and says busy beyond', async () => {
    const gate = new Gate(2, 1);
    let running = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const task = () =>
      gate.run(async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running -= 1;
        return 'done';
      });
    const started = [task(), task(), task()];
    await expect(task()).rejects.toMatchObject({ body: { status: 503 } });
    expect(releases).toHaveLength(2);
    releases.shift()!();
    await expect.poll(() => releases.length).toBe(2);
    while (releases.length) releases.shift()!();
    await expect.poll(() => releases.length + running).toBe(0);
    expect(await Promise.all(started)).toEqual(['done', 'done', 'done']);
    expect(most).toBe(2);
  });
});
