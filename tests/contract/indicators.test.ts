import { describe, expect, it } from 'vitest';
import {
  LINKED_BREAKDOWNS,
  LINKED_FIGURES,
  PRIORITY_SHARES,
  indicatorLink,
  referralsLink,
  type IndicatorLink,
  type Period,
} from '../../src/domain/indicators';
import { agent, ELAN } from './setup';

// Every figure of the dashboard links to the list behind it: that list's count is the figure.

const day = (daysAgo: number) =>
  new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

describe('the list behind each figure', () => {
  const check = async (period: Period, coordinatorId?: string) => {
    const a = await agent(ELAN.coordinator);
    const reply = await a.get('/dashboard/indicators', {
      query: { ...period, ...(coordinatorId ? { coordinatorId } : {}) },
    });
    expect(reply.status).toBe(200);
    const figures = reply.body;
    const total = async (link: IndicatorLink) => {
      const list = await a.get(link.path, { query: { ...link.query, pageSize: 1 } });
      expect(list.status, JSON.stringify(link)).toBe(200);
      return list.body.total as number;
    };
    const compared: [string, number, number][] = [];
    for (const figure of LINKED_FIGURES)
      compared.push([
        figure,
        figures[figure],
        await total(indicatorLink(figure, period, coordinatorId)),
      ]);
    for (const [breakdown, filter] of Object.entries(LINKED_BREAKDOWNS))
      for (const [key, n] of Object.entries(figures[breakdown] as Record<string, number>))
        compared.push([
          `${breakdown}.${key}`,
          n,
          await total(referralsLink({ [filter]: [key] }, period, coordinatorId)),
        ]);
    for (const [key, filter] of Object.entries(PRIORITY_SHARES))
      compared.push([
        `priority.${key}`,
        figures.priorityCounts[key],
        await total(referralsLink(filter, period, coordinatorId)),
      ]);
    expect(compared.map(([name, , listed]) => [name, listed])).toEqual(
      compared.map(([name, figure]) => [name, figure]),
    );
    return figures;
  };

  it('over the last twelve months, for the whole association', async () => {
    const figures = await check({ from: day(364), to: day(0) });
    // The seed has activity in every one of these figures: none compares 0 with 0.
    for (const figure of LINKED_FIGURES) expect(figures[figure], figure).toBeGreaterThan(0);
  });

  it('over a past quarter, for one coordinator', async () => {
    const team = await (await agent(ELAN.coordinator)).get('/team');
    const coordinator = team.body.find((m: { role: string }) => m.role === 'coordinator');
    const figures = await check({ from: day(270), to: day(180) }, coordinator.id);
    expect(figures.referralsReceived).toBeGreaterThan(0);
  });
});
