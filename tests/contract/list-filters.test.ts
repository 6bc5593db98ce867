import { describe, expect, it } from 'vitest';
import type { Agent } from './http';
import { ELAN, agent } from './setup';

// Every filter and sort of the referral, mentor and pair lists, checked on the seeded data against
// the rule as a user would state it: each filter keeps rows on one side of it and leaves some on
// the other; each sort puts every row after the one before it.

type Row = Record<string, unknown>;
type Query = Record<string, string | number | boolean | string[]>;
const DAY = 86_400_000;

/** Every row of a list for a query, page after page. */
async function all(a: Agent, path: string, query: Query = {}): Promise<Row[]> {
  const rows: Row[] = [];
  for (let page = 1; ; page++) {
    const reply = await a.get(path, { query: { ...query, page, pageSize: 100 } });
    expect(reply.status, `${path} ${JSON.stringify(query)}`).toBe(200);
    rows.push(...reply.body.items);
    if (rows.length >= reply.body.total) return rows;
  }
}

/** The rows a filter keeps obey its rule, and it keeps some rows but not all. */
async function expectFilter(
  a: Agent,
  path: string,
  query: Query,
  rule: (row: Row) => boolean,
  everything: Row[],
) {
  const kept = await all(a, path, query);
  const label = JSON.stringify(query);
  expect(kept.length, `${label} keeps rows`).toBeGreaterThan(0);
  expect(kept.length, `${label} leaves rows out`).toBeLessThan(everything.length);
  expect(
    kept.filter((row) => !rule(row)),
    `${label}: rows against the rule`,
  ).toEqual([]);
  // And it keeps every row that obeys the rule.
  expect(kept.length, label).toBe(everything.filter(rule).length);
}

/** Each row is after the one before it, by `key`, ascending or descending, empty values last. */
function expectSorted(rows: Row[], key: (row: Row) => string | number | null, descending: boolean) {
  const values = rows.map(key);
  const filled = values.filter((v) => v !== null);
  expect(
    values.slice(filled.length).every((v) => v === null),
    'empty values last',
  ).toBe(true);
  for (let i = 1; i < filled.length; i++) {
    const [before, after] = [filled[i - 1]!, filled[i]!];
    const order = before < after ? -1 : before > after ? 1 : 0;
    expect(descending ? order >= 0 : order <= 0, `${before} then ${after}`).toBe(true);
  }
}

/** Each sort of a list, ascending then descending (`-key`). */
async function expectEverySort(
  a: Agent,
  path: string,
  keys: Record<string, (row: Row) => string | number | null>,
) {
  for (const [sort, key] of Object.entries(keys))
    for (const descending of [false, true])
      expectSorted(
        await all(a, path, { sort: `${descending ? '-' : ''}${sort}` }),
        key,
        descending,
      );
}

/** Names as a person orders them: without accents or case. */
const fold = (text: unknown) => `${text}`.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const ageOn = (birthDate: string, on: Date) => {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const age = on.getUTCFullYear() - y;
  return on.getUTCMonth() + 1 < m || (on.getUTCMonth() + 1 === m && on.getUTCDate() < d)
    ? age - 1
    : age;
};

describe('the referral list', () => {
  it('keeps exactly the referrals each filter names', async () => {
    const a = await agent(ELAN.coordinator);
    const everything = await all(a, '/referrals');
    const now = new Date();
    const team = (await a.get('/team')).body as { id: string }[];
    const assignee = team.find((u) => everything.some((r) => r.assigneeId === u.id))!.id;
    const settings = (await a.get('/settings')).body as { firstContactDelayDays: number };
    const day = (offset: number) =>
      new Date(now.getTime() - offset * DAY).toISOString().slice(0, 10);
    const receivedDay = (r: Row) => (r.receivedAt as string).slice(0, 10);

    const cases: [Query, (r: Row) => boolean][] = [
      [
        { status: ['RECEIVED', 'TO_CONTACT'] },
        (r) => ['RECEIVED', 'TO_CONTACT'].includes(r.status as string),
      ],
      [{ need: ['ORIENTATION'] }, (r) => (r.needs as string[]).includes('ORIENTATION')],
      [
        { situation: ['HIGH_SCHOOL', 'STUDENT'] },
        (r) => ['HIGH_SCHOOL', 'STUDENT'].includes(r.situation as string),
      ],
      [{ channel: ['SCHOOL'] }, (r) => r.channel === 'SCHOOL'],
      [{ priorityPublic: ['QPV'] }, (r) => (r.priorityPublics as string[]).includes('QPV')],
      [{ department: ['69'] }, (r) => r.department === '69'],
      [
        { ageBand: ['18_20'] },
        (r) => {
          const age = ageOn(r.birthDate as string, now);
          return age >= 18 && age <= 20;
        },
      ],
      [{ assigneeId: assignee }, (r) => r.assigneeId === assignee],
      [{ assigneeId: 'none' }, (r) => r.assigneeId === null],
      [{ receivedFrom: day(90) }, (r) => receivedDay(r) >= day(90)],
      [{ receivedTo: day(90) }, (r) => receivedDay(r) <= day(90)],
      [
        { waitingMinDays: 30 },
        (r) => Date.parse(r.receivedAt as string) <= now.getTime() - 30 * DAY,
      ],
      [
        { overdue: true },
        (r) =>
          r.firstContactAt === null &&
          ['RECEIVED', 'TO_CONTACT'].includes(r.status as string) &&
          Date.parse(r.receivedAt as string) < now.getTime() - settings.firstContactDelayDays * DAY,
      ],
    ];
    for (const [query, rule] of cases) await expectFilter(a, '/referrals', query, rule, everything);
  });

  it('sorts by each column, both ways', async () => {
    const a = await agent(ELAN.coordinator);
    const keys: Record<string, (r: Row) => string | null> = {
      receivedAt: (r) => r.receivedAt as string,
      lastName: (r) => fold(r.lastName),
      birthDate: (r) => r.birthDate as string,
      status: (r) => r.status as string,
      commune: (r) => fold(r.commune),
    };
    await expectEverySort(a, '/referrals', keys);
  });
});

describe('the mentor list', () => {
  it('keeps exactly the mentors a status filter names', async () => {
    const a = await agent(ELAN.coordinator);
    const everything = await all(a, '/mentors');
    await expectFilter(
      a,
      '/mentors',
      { status: ['AVAILABLE', 'FULL'] },
      (m) => ['AVAILABLE', 'FULL'].includes(m.status as string),
      everything,
    );
  });

  it('sorts by each column, both ways', async () => {
    const a = await agent(ELAN.coordinator);
    const keys: Record<string, (m: Row) => string | number | null> = {
      lastName: (m) => fold(m.lastName),
      createdAt: (m) => m.createdAt as string,
      status: (m) => m.status as string,
      activePairs: (m) => m.activePairs as number,
    };
    await expectEverySort(a, '/mentors', keys);
  });
});

describe('the pair list', () => {
  it('keeps exactly the pairs each filter names', async () => {
    const a = await agent(ELAN.coordinator);
    const everything = await all(a, '/mentorships');
    const some = everything.find((p) => p.coordinatorId !== null)!;
    const now = new Date();
    const since = new Date(now.getTime() - 30 * DAY).toISOString().slice(0, 10);
    const cases: [Query, (p: Row) => boolean][] = [
      [{ status: ['ACTIVE'] }, (p) => p.status === 'ACTIVE'],
      [{ mentorId: some.mentorId as string }, (p) => p.mentorId === some.mentorId],
      [{ referralId: some.referralId as string }, (p) => p.referralId === some.referralId],
      [
        { coordinatorId: some.coordinatorId as string },
        (p) => p.coordinatorId === some.coordinatorId,
      ],
      [
        { noMeetingSinceDays: 30 },
        (p) => p.lastMeetingAt === null || (p.lastMeetingAt as string) <= since,
      ],
    ];
    for (const [query, rule] of cases)
      await expectFilter(a, '/mentorships', query, rule, everything);
  });

  it('sorts by each column, both ways, pairs without the date last', async () => {
    const a = await agent(ELAN.coordinator);
    const keys: Record<string, (p: Row) => string | null> = {
      proposedAt: (p) => p.proposedAt as string,
      startedAt: (p) => p.startedAt as string | null,
      lastMeetingAt: (p) => p.lastMeetingAt as string | null,
      status: (p) => p.status as string,
    };
    await expectEverySort(a, '/mentorships', keys);
  });
});
