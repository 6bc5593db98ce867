import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer as startProcess } from '../harness/server-process';
import { Agent } from '../contract/http';

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'binome-data-'));
});
const startServer = () => startProcess({ DATA_DIR: dataDir });

afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

it('keeps every change across a restart, finishes requests in flight on SIGTERM, and logs nothing personal', async () => {
  const first = await startServer();
  expect(JSON.parse(first.lines.find((l) => l.includes('"database"'))!)).toMatchObject({
    kind: 'pglite',
    seeded: true,
  });

  const a = new Agent(first.url);
  await a.login('coordination@elan.test');
  const referral = (await a.get('/referrals', { query: { status: 'TO_CONTACT', pageSize: 1 } }))
    .body.items[0];
  await a.get('/referrals', { query: { q: referral.lastName } });
  const moved = await a.post('/referrals/{id}/transitions', {
    params: { id: referral.id },
    headers: { 'If-Match': `"${referral.version}"` },
    body: { to: 'QUALIFIED' },
  });
  expect(moved.status).toBe(200);

  // Clients keep their connections alive and keep asking; an export is streaming when the stop
  // signal arrives: it must still arrive whole, and the process must not wait on the others.
  const busyClient = async () => {
    let answered = 0;
    for (;;) {
      try {
        await (await fetch(`${first.url}/auth/session`)).arrayBuffer();
        answered += 1;
      } catch {
        return answered;
      }
    }
  };
  const clients = Array.from({ length: 4 }, busyClient);
  const response = await fetch(`${first.url}/exports/meetings`, {
    headers: { Cookie: a.cookieHeader() },
  });
  first.child.kill('SIGTERM');
  const csv = await response.text();
  expect(csv.split('\r\n').length).toBeGreaterThan(2500);
  expect(csv.endsWith('\r\n')).toBe(true);
  expect(await first.exited).toBe(0);
  for (const answered of await Promise.all(clients)) expect(answered).toBeGreaterThan(0);
  expect(first.lines.some((l) => l.includes('"stopped"'))).toBe(true);

  const second = await startServer();
  try {
    expect(JSON.parse(second.lines.find((l) => l.includes('"database"'))!)).toMatchObject({
      seeded: false,
    });
    const b = new Agent(second.url);
    await b.login('coordination@elan.test');
    expect((await b.get('/referrals/{id}', { params: { id: referral.id } })).body).toMatchObject({
      status: 'QUALIFIED',
      version: referral.version + 1,
    });
  } finally {
    second.child.kill('SIGTERM');
    await second.exited;
  }

  // Structured lines only, and none of the people behind the requests.
  const logs = [...first.lines, ...second.lines];
  for (const line of logs) expect(() => JSON.parse(line)).not.toThrow();
  const personal = ['coordination@elan.test', referral.lastName, referral.firstName, 'binome-demo'];
  for (const secret of personal) expect(logs.filter((l) => l.includes(secret))).toEqual([]);
  expect(logs.filter((l) => l.includes('"request"')).length).toBeGreaterThan(5);
});
