import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../../server/db/schema';
import { indicatorsFor } from '../../server/routes/reporting';
import { serverBackend } from '../contract/server-backends';

// Each indicator on a hand-built association whose answers are worked out by hand below, on both
// databases: the figures are SQL aggregates, and a period ends on a year's last day.

const kinds = [
  'pglite',
  ...(process.env.TEST_DATABASE_URL ? ['postgresql' as const] : []),
] as const;

const A = 'asso_indicators';
const Q4 = { from: '2025-10-01', to: '2025-12-31' };
const at = (iso: string) => new Date(iso);

describe.each(kinds)('indicators on %s', (kind) => {
  const backend = serverBackend(kind);
  const db = () => backend.database().db;

  beforeAll(async () => {
    await backend.start();
    // Templates from the seed, so every column a record needs is filled; the test sets what counts.
    const [referral] = await db().select().from(schema.referrals).limit(1);
    const [mentor] = await db().select().from(schema.mentors).limit(1);
    const [user] = await db().select().from(schema.users).limit(1);
    await db().insert(schema.associations).values({ id: A, name: 'Test', shortName: 'Test' });
    await db()
      .insert(schema.users)
      .values({ ...user!, id: 'u_t', associationId: A, email: 'coordination@test.test' });
    const ref = (id: string, values: Partial<typeof referral>) => ({
      ...referral!,
      id,
      associationId: A,
      externalId: null,
      assigneeId: null,
      firstContactAt: null,
      priorityPublics: [],
      ...values,
    });
    await db()
      .insert(schema.referrals)
      .values([
        // Received on the year's last UTC day, contacted 2 days later, the next year.
        ref('r1', {
          receivedAt: at('2025-12-31T23:30:00Z'),
          firstContactAt: at('2026-01-02T23:30:00Z'),
          status: 'QUALIFIED',
          channel: '1J1S',
          birthDate: '2010-12-31',
          gender: 'FEMALE',
          situation: 'HIGH_SCHOOL',
          needs: ['ORIENTATION'],
        }),
        ref('r2', {
          receivedAt: at('2025-11-10T10:00:00Z'),
          firstContactAt: at('2025-11-14T10:00:00Z'),
          status: 'NOT_ELIGIBLE',
          channel: 'SCHOOL',
          birthDate: '2000-11-11',
          gender: 'MALE',
          situation: 'NEET',
          needs: ['ORIENTATION', 'INTERNSHIP'],
          priorityPublics: ['QPV', 'PJJ'],
        }),
        // No contact yet; assigned to the coordinator.
        ref('r3', {
          receivedAt: at('2025-10-01T00:00:00Z'),
          status: 'RECEIVED',
          channel: '1J1S',
          birthDate: '2011-10-02',
          gender: 'FEMALE',
          situation: 'MIDDLE_SCHOOL',
          needs: ['SCHOOLING'],
          assigneeId: 'u_t',
        }),
        ref('r4', { receivedAt: at('2026-01-01T00:00:00Z'), status: 'RECEIVED' }),
        ref('r5', { receivedAt: at('2025-09-30T23:59:00Z'), status: 'MATCHED' }),
      ]);
    const mentorRow = (id: string, values: Partial<typeof mentor>) => ({
      ...mentor!,
      id,
      associationId: A,
      userId: null,
      email: `${id}@test.test`,
      ...values,
    });
    await db()
      .insert(schema.mentors)
      .values([
        mentorRow('m1', {
          createdAt: at('2025-10-05T09:00:00Z'),
          honorabilityCheck: { type: 'B3', date: '2025-11-01', result: 'VALID' },
          training: { date: '2025-11-20', format: 'REMOTE' },
        }),
        mentorRow('m2', {
          createdAt: at('2025-01-01T09:00:00Z'),
          honorabilityCheck: { type: 'B3', date: '2025-11-01', result: 'PENDING' },
          training: null,
        }),
      ]);
    const pair = (id: string, values: Partial<typeof schema.mentorships.$inferInsert>) => ({
      id,
      associationId: A,
      referralId: 'r5',
      mentorId: 'm1',
      coordinatorId: null,
      goals: [],
      status: 'ACTIVE',
      proposedAt: at('2024-11-01T10:00:00Z'),
      acceptedAt: null,
      updatedAt: at('2025-01-01T10:00:00Z'),
      ...values,
    });
    await db()
      .insert(schema.mentorships)
      .values([
        // 167 days: an early rupture.
        pair('p1', {
          status: 'CLOSED',
          acceptedAt: at('2025-06-01T10:00:00Z'),
          closedAt: at('2025-11-15T10:00:00Z'),
          exitSituation: 'TRAINING',
        }),
        // Paused and resumed: one pair, active at the end.
        pair('p2', { acceptedAt: at('2025-10-10T10:00:00Z'), coordinatorId: 'u_t' }),
        // Closed on the year's last UTC day after 395 days: not active at the end.
        pair('p3', {
          status: 'CLOSED',
          acceptedAt: at('2024-12-01T10:00:00Z'),
          closedAt: at('2025-12-31T23:00:00Z'),
          exitSituation: 'EMPLOYMENT',
        }),
        // A refused proposal was never a pair.
        pair('p4', { status: 'CLOSED', closedAt: at('2025-11-01T10:00:00Z') }),
        // r2's match, accepted in the last minute of the year.
        pair('p5', {
          referralId: 'r2',
          acceptedAt: at('2025-12-31T23:59:00Z'),
          status: 'ACCEPTED',
        }),
      ]);
    const meeting = (id: string, mentorshipId: string, date: string, attendance: string) => ({
      id,
      associationId: A,
      mentorshipId,
      date,
      durationMinutes: 60,
      modality: 'IN_PERSON',
      topics: [],
      notes: '',
      attendance,
      concern: false,
      loggedById: 'u_t',
      loggedAt: at(`${date}T18:00:00Z`),
    });
    await db()
      .insert(schema.meetings)
      .values([
        meeting('e1', 'p2', '2025-10-20', 'HELD'),
        meeting('e2', 'p2', '2025-11-20', 'HELD'),
        meeting('e3', 'p2', '2025-12-20', 'NO_SHOW'),
        meeting('e4', 'p3', '2025-09-30', 'HELD'),
      ]);
    const interview = (id: string, mentee: number | null, mentorScore: number | null) => ({
      id,
      associationId: A,
      mentorshipId: 'p2',
      kind: 'START',
      date: '2025-11-01',
      menteeSatisfaction: mentee,
      mentorSatisfaction: mentorScore,
      notes: '',
      byId: 'u_t',
    });
    await db()
      .insert(schema.interviews)
      .values([interview('i1', 4, 5), interview('i2', 2, null)]);
  }, 120_000);
  afterAll(() => backend.stop());

  it('counts referrals received in the period, by UTC day, with their delays and breakdowns', async () => {
    const q = await indicatorsFor(db(), A, Q4);
    expect(q.referralsReceived).toBe(3);
    expect(q.referralsWithoutContact).toBe(1);
    // r1 2 days, r2 4 days; r3 has no contact yet and is left out.
    expect(q.medianDaysToFirstContact).toBe(3);
    // r2 was matched 51 days and 13 h 59 min after it arrived.
    expect(q.medianDaysToMatch).toBeCloseTo(51 + (13 * 60 + 59) / 1440, 6);
    // Decided: r1 qualified, r2 not eligible.
    expect(q.qualificationRate).toBe(0.5);
    expect(q.referralsByChannel).toEqual({ '1J1S': 2, SCHOOL: 1 });
    expect(q.menteesByAgeBand).toEqual({ '15_17': 1, '21_25': 1, UNDER_15: 1 });
    expect(q.menteesByGender).toEqual({ FEMALE: 2, MALE: 1 });
    expect(q.menteesBySituation).toEqual({ HIGH_SCHOOL: 1, NEET: 1, MIDDLE_SCHOOL: 1 });
    expect(q.menteesByNeed).toEqual({ ORIENTATION: 2, INTERNSHIP: 1, SCHOOLING: 1 });
    expect(q.priorityCounts).toEqual({ QPV: 1, FRR: 0, DISABILITY: 0, ASE_PJJ: 1, NEET: 1 });
    expect(q.priorityShares.QPV).toBeCloseTo(1 / 3, 9);
  });

  it('counts pairs formed, active at the end, closed, and their duration and ruptures', async () => {
    const q = await indicatorsFor(db(), A, Q4);
    expect(q.pairsFormed).toBe(2);
    expect(q.pairsActive).toBe(2);
    expect(q.pairsClosed).toBe(2);
    expect(q.earlyRuptures).toBe(1);
    expect(q.medianPairDurationDays).toBeCloseTo((167 + 395 + 13 / 24) / 2, 6);
    expect(q.exitSituations).toEqual({ TRAINING: 1, EMPLOYMENT: 1 });
    // 2 meetings held over 45 + 83 + 91 + 1 pair-days.
    expect(q.meetingsHeld).toBe(2);
    expect(q.meetingsPerPairPerMonth).toBeCloseTo(2 / (220 / 30.44), 9);
    expect(q.satisfaction).toEqual({ mentee: 3, mentor: 5 });
  });

  it('counts mentors recruited, screened and trained in the period', async () => {
    const q = await indicatorsFor(db(), A, Q4);
    expect([q.mentorsRecruited, q.mentorsScreened, q.mentorsTrained]).toEqual([1, 1, 1]);
  });

  it('gives each month of the period its figures', async () => {
    const q = await indicatorsFor(db(), A, Q4);
    expect(q.byMonth).toEqual([
      { month: '2025-10', referralsReceived: 1, pairsFormed: 1, pairsClosed: 0, meetingsHeld: 1 },
      { month: '2025-11', referralsReceived: 1, pairsFormed: 0, pairsClosed: 1, meetingsHeld: 1 },
      { month: '2025-12', referralsReceived: 1, pairsFormed: 1, pairsClosed: 1, meetingsHeld: 0 },
    ]);
  });

  it('keeps to one coordinator’s referrals and pairs when asked', async () => {
    const q = await indicatorsFor(db(), A, Q4, 'u_t');
    expect([q.referralsReceived, q.referralsWithoutContact]).toEqual([1, 1]);
    expect([q.pairsFormed, q.pairsActive, q.pairsClosed, q.meetingsHeld]).toEqual([1, 1, 0, 2]);
    expect(q.medianDaysToFirstContact).toBeNull();
    expect(q.qualificationRate).toBeNull();
  });

  it('answers zeros, not errors, for a period with nothing in it', async () => {
    const q = await indicatorsFor(db(), A, { from: '2020-01-01', to: '2020-01-31' });
    expect(q).toMatchObject({
      referralsReceived: 0,
      pairsFormed: 0,
      pairsActive: 0,
      medianPairDurationDays: null,
      meetingsPerPairPerMonth: null,
      priorityShares: { QPV: 0 },
    });
  });
});
