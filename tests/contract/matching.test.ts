import { describe, expect, it } from 'vitest';
import { ELAN, PASSERELLES, agent } from './setup';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;

async function waitingReferral(a: Awaited<ReturnType<typeof agent>>) {
  return (await a.get('/referrals', { query: { status: 'AWAITING_MATCH', pageSize: 1 } })).body
    .items[0] as Row;
}

describe('GET /referrals/{id}/suggestions', () => {
  it('ranks mentors, eligible first by score, each with its constraints and criteria shares', async () => {
    const a = await agent(ELAN.coordinator);
    const referral = await waitingReferral(a);
    const reply = await a.get('/referrals/{id}/suggestions', {
      params: { id: referral.id },
      query: { limit: 50 },
    });
    expect(reply.status).toBe(200);
    const list = reply.body as Row[];
    expect(list.length).toBeGreaterThan(5);
    const firstIneligible = list.findIndex((s) => !s.eligible);
    const eligible = firstIneligible < 0 ? list : list.slice(0, firstIneligible);
    expect(eligible.length).toBeGreaterThan(0);
    expect(list.slice(eligible.length).every((s) => !s.eligible)).toBe(true);
    const scores = eligible.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    for (const s of list) {
      expect(s.constraints).toHaveLength(4);
      expect(s.eligible).toBe(s.constraints.every((c: Row) => c.met));
      expect(s.criteria.map((c: Row) => c.criterion).sort()).toEqual([
        'availability',
        'language',
        'loadBalance',
        'needs',
        'preferences',
        'proximity',
        'sector',
      ]);
      if (s.score > 0)
        expect(s.criteria.reduce((t: number, c: Row) => t + c.share, 0)).toBeCloseTo(1, 6);
    }
    for (const s of list.slice(eligible.length))
      expect(s.constraints.some((c: Row) => !c.met && c.detail)).toBe(true);
  });

  it('is for staff, within the association', async () => {
    const nord = await waitingReferral(await agent(PASSERELLES.coordinator));
    const a = await agent(ELAN.coordinator);
    expect((await a.get('/referrals/{id}/suggestions', { params: { id: nord.id } })).status).toBe(
      404,
    );
    expect(
      (
        await (
          await agent(ELAN.mentor)
        ).get('/referrals/{id}/suggestions', { params: { id: nord.id } })
      ).status,
    ).toBe(403);
  });
});

describe('GET /mentors/{id}/suggestions', () => {
  it('suggests young people awaiting a match only', async () => {
    const a = await agent(ELAN.coordinator);
    const mentor = (await a.get('/mentors', { query: { freeCapacity: 'true', pageSize: 1 } })).body
      .items[0];
    const reply = await a.get('/mentors/{id}/suggestions', { params: { id: mentor.id } });
    expect(reply.status).toBe(200);
    expect(reply.body.length).toBeGreaterThan(0);
    for (const s of reply.body) expect(s.referral.status).toBe('AWAITING_MATCH');
  });
});

describe('cohort matching', () => {
  it('plans within capacities and constraints, at least as well as greedy, and stores nothing', async () => {
    const a = await agent(ELAN.coordinator);
    const before = (await a.get('/referrals', { query: { status: 'AWAITING_MATCH', pageSize: 1 } }))
      .body.total;
    const plan = await a.post('/matching/cohort', { body: {} });
    expect(plan.status).toBe(200);
    expect(plan.body.pairs.length).toBeGreaterThan(0);
    expect(plan.body.pairs.length + plan.body.unmatched.length).toBe(before);
    expect(plan.body.totalScore).toBeGreaterThanOrEqual(plan.body.greedyScore - 1e-9);
    const free = new Map<string, number>();
    for (const m of (await a.get('/mentors', { query: { freeCapacity: 'true', pageSize: 100 } }))
      .body.items)
      free.set(m.id, m.capacity - m.activePairs);
    const used = new Map<string, number>();
    for (const p of plan.body.pairs) used.set(p.mentorId, (used.get(p.mentorId) ?? 0) + 1);
    for (const [id, n] of used) expect(n).toBeLessThanOrEqual(free.get(id) ?? 0);
    for (const u of plan.body.unmatched) expect(u.reason).toBeTruthy();
    expect(
      (await a.get('/referrals', { query: { status: 'AWAITING_MATCH', pageSize: 1 } })).body.total,
    ).toBe(before);
  });

  it('publishes the kept pairs as proposals; a second, conflicting publish gets 409 and changes nothing', async () => {
    const a = await agent(ELAN.coordinator);
    const b = await agent(ELAN.admin);
    const plan = (await a.post('/matching/cohort', { body: {} })).body;
    const kept = plan.pairs
      .slice(0, 3)
      .map((p: Row) => ({ referralId: p.referralId, mentorId: p.mentorId }));
    const published = await a.post('/matching/cohort/publish', { body: { pairs: kept } });
    expect(published.status).toBe(201);
    expect(published.body.created).toBe(3);
    for (const { referralId } of kept)
      expect((await a.get('/referrals/{id}', { params: { id: referralId } })).body.status).toBe(
        'MATCH_PROPOSED',
      );
    const late = await b.post('/matching/cohort/publish', {
      body: {
        pairs: plan.pairs
          .slice(2, 5)
          .map((p: Row) => ({ referralId: p.referralId, mentorId: p.mentorId })),
      },
    });
    expect(late.status).toBe(409);
    const untouched = plan.pairs[3];
    expect(
      (await a.get('/referrals/{id}', { params: { id: untouched.referralId } })).body.status,
    ).toBe('AWAITING_MATCH');
  });
});

describe('POST /mentorships/{id}/transitions', () => {
  async function proposed(a: Awaited<ReturnType<typeof agent>>) {
    const referral = await waitingReferral(a);
    const suggestion = (await a.get('/referrals/{id}/suggestions', { params: { id: referral.id } }))
      .body[0];
    const pair = await a.post('/mentorships', {
      body: { referralId: referral.id, mentorId: suggestion.mentor.id },
    });
    expect(pair.status).toBe(201);
    return { referral, mentor: suggestion.mentor as Row, pair: pair.body as Row };
  }

  it('accepting makes the pair accepted and the young person matched', async () => {
    const a = await agent(ELAN.coordinator);
    const { referral, pair } = await proposed(a);
    const reply = await a.post('/mentorships/{id}/transitions', {
      params: { id: pair.id },
      headers: { 'If-Match': `"${pair.version}"` },
      body: { to: 'ACCEPTED' },
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ status: 'ACCEPTED', acceptedAt: expect.any(String) });
    expect((await a.get('/referrals/{id}', { params: { id: referral.id } })).body.status).toBe(
      'MATCHED',
    );
  });

  it('a refusal needs its reason, sends the young person back to waiting and frees the place', async () => {
    const a = await agent(ELAN.coordinator);
    const { referral, mentor, pair } = await proposed(a);
    const loaded = (await a.get('/mentors/{id}', { params: { id: mentor.id } })).body.activePairs;
    const send = (body: Row) =>
      a.post('/mentorships/{id}/transitions', {
        params: { id: pair.id },
        headers: { 'If-Match': `"${pair.version}"` },
        body,
      });
    const noReason = await send({ to: 'CLOSED' });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ pointer: '/reason' })]);
    const reply = await send({ to: 'CLOSED', reason: 'Le jeune préfère une mentore' });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      status: 'CLOSED',
      refusalReason: 'Le jeune préfère une mentore',
    });
    expect((await a.get('/referrals/{id}', { params: { id: referral.id } })).body.status).toBe(
      'AWAITING_MATCH',
    );
    expect((await a.get('/mentors/{id}', { params: { id: mentor.id } })).body.activePairs).toBe(
      loaded - 1,
    );
  });
});

describe('POST /matching/score', () => {
  it('scores and explains the pairs asked, in order, and stores nothing', async () => {
    const a = await agent(ELAN.coordinator);
    const plan = (await a.post('/matching/cohort', { body: {} })).body;
    const [x, y] = plan.pairs as Row[];
    // The two pairs with their mentors swapped.
    const swapped = [
      { referralId: x!.referralId, mentorId: y!.mentorId },
      { referralId: y!.referralId, mentorId: x!.mentorId },
    ];
    const reply = await a.post('/matching/score', { body: { pairs: swapped } });
    expect(reply.status).toBe(200);
    expect(reply.body.map((p: Row) => [p.referralId, p.mentorId])).toEqual(
      swapped.map((p) => [p.referralId, p.mentorId]),
    );
    for (const p of reply.body) {
      expect(p.constraints).toHaveLength(4);
      expect(p.criteria).toHaveLength(7);
    }
    const same = await a.post('/matching/score', {
      body: { pairs: [{ referralId: x!.referralId, mentorId: x!.mentorId }] },
    });
    expect(same.body[0].score).toBeCloseTo(x!.score, 9);
    expect((await a.get('/referrals/{id}', { params: { id: x!.referralId } })).body.status).toBe(
      'AWAITING_MATCH',
    );
  });

  it('answers 404 for another association’s people, 403 for a mentor', async () => {
    const nord = await waitingReferral(await agent(PASSERELLES.coordinator));
    const a = await agent(ELAN.coordinator);
    const mentor = (await a.get('/mentors', { query: { pageSize: 1 } })).body.items[0];
    const pairs = [{ referralId: nord.id, mentorId: mentor.id }];
    expect((await a.post('/matching/score', { body: { pairs } })).status).toBe(404);
    expect(
      (await (await agent(ELAN.mentor)).post('/matching/score', { body: { pairs } })).status,
    ).toBe(403);
  });
});
