import { describe, expect, it } from 'vitest';
import { agent, ELAN } from './setup';

// Every figure of the dashboard that counts records links to the list behind it: that list's
// count is the figure.

const day = (daysAgo: number) =>
  new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

describe('the list behind each figure', () => {
  const check = async (query: Record<string, string>) => {
    const a = await agent(ELAN.coordinator);
    const reply = await a.get('/dashboard/indicators', { query });
    expect(reply.status).toBe(200);
    const figures = reply.body;
    const compared: [string, number, number][] = [];
    for (const [name, href] of Object.entries(figures.links as Record<string, string>)) {
      const url = new URL(href, 'http://binome.test');
      const listQuery: Record<string, string[]> = {};
      for (const [key, value] of url.searchParams) (listQuery[key] ??= []).push(value);
      const list = await a.get(url.pathname, { query: { ...listQuery, pageSize: '1' } });
      expect(list.status, href).toBe(200);
      const figure = name.split('.').reduce((value, key) => value?.[key], figures) ?? 0;
      compared.push([name, figure, list.body.total]);
    }
    expect(compared.map(([name, , listed]) => [name, listed])).toEqual(
      compared.map(([name, figure]) => [name, figure]),
    );
    return figures;
  };

  it('over the last twelve months, for the whole association', async () => {
    const figures = await check({ from: day(364), to: day(0) });
    // Every kind of link is there, and the seed gives each a count: none compares 0 with 0.
    for (const figure of [
      'referralsReceived',
      'referralsWithoutContact',
      'pairsFormed',
      'pairsActive',
      'pairsClosed',
      'earlyRuptures',
      'mentorsRecruited',
      'priorityCounts.ASE_PJJ',
      'priorityCounts.NEET',
    ]) {
      expect(figures.links[figure], figure).toBeDefined();
      expect(
        figure.split('.').reduce((v, k) => v[k], figures),
        figure,
      ).toBeGreaterThan(0);
    }
    expect(Object.keys(figures.links).some((k) => k.startsWith('referralsByChannel.'))).toBe(true);
    expect(Object.keys(figures.links).some((k) => k.startsWith('menteesByNeed.'))).toBe(true);
  });

  it('over a past quarter, for one coordinator', async () => {
    const team = await (await agent(ELAN.coordinator)).get('/team');
    const coordinator = team.body.find((m: { role: string }) => m.role === 'coordinator');
    const figures = await check({ from: day(270), to: day(180), coordinatorId: coordinator.id });
    expect(figures.referralsReceived).toBeGreaterThan(0);
    expect(figures.links.pairsFormed).toContain(`coordinatorId=${coordinator.id}`);
  });
});
