import { describe, expect, it } from 'vitest';
import { ELAN, PASSERELLES, agent } from './setup';

type Pair = {
  id: string;
  version: number;
  status: string;
  mentorId: string;
  health: { level: string; rule: string; days: number } | null;
  meetingsCount: number;
};

const meeting = (fields: Record<string, unknown> = {}) => ({
  date: new Date().toISOString().slice(0, 10),
  durationMinutes: 60,
  modality: 'PUBLIC_PLACE',
  topics: ['ORIENTATION'],
  notes: 'Point sur les candidatures',
  attendance: 'HELD',
  concern: false,
  ...fields,
});

async function mentorAndOwnPair() {
  const mentor = await agent(ELAN.mentor);
  const pairs = await mentor.get('/mentorships', { query: { status: 'ACTIVE', pageSize: 1 } });
  return { mentor, pair: pairs.body.items[0] as Pair };
}

describe('pair health', () => {
  it('filters by the level each pair shows, and the levels split the followed pairs', async () => {
    const coordinator = await agent(ELAN.coordinator);
    const followed = await coordinator.get('/mentorships', {
      query: { status: ['ACCEPTED', 'ACTIVE'], pageSize: 1 },
    });
    let sum = 0;
    for (const level of ['ON_TRACK', 'CHECK_IN', 'AT_RISK']) {
      const page = await coordinator.get('/mentorships', {
        query: { health: level, pageSize: 200 },
      });
      expect(page.status).toBe(200);
      for (const pair of page.body.items as Pair[]) expect(pair.health?.level, pair.id).toBe(level);
      sum += page.body.total;
    }
    expect(sum).toBe(followed.body.total);
    const paused = await coordinator.get('/mentorships', {
      query: { status: 'CLOSED', pageSize: 5 },
    });
    for (const pair of paused.body.items as Pair[]) expect(pair.health).toBeNull();
  });

  it('puts a pair at risk after two no-shows in a row, and back on track with a meeting held', async () => {
    const { mentor, pair } = await mentorAndOwnPair();
    for (const _ of [1, 2]) {
      const sent = await mentor.post('/mentorships/{id}/meetings', {
        params: { id: pair.id },
        body: meeting({ attendance: 'NO_SHOW' }),
      });
      expect(sent.status).toBe(201);
    }
    const atRisk = await mentor.get('/mentorships/{id}', { params: { id: pair.id } });
    expect(atRisk.body.health).toMatchObject({ level: 'AT_RISK', rule: 'TWO_NO_SHOWS' });
    await mentor.post('/mentorships/{id}/meetings', { params: { id: pair.id }, body: meeting() });
    const after = await mentor.get('/mentorships/{id}', { params: { id: pair.id } });
    expect(after.body.health).toEqual({ level: 'ON_TRACK', rule: 'NO_MEETING', days: 0 });
  });
});

describe('POST /mentorships/{id}/meetings with an Idempotency-Key', () => {
  it('records a meeting sent twice once, even when both sends race', async () => {
    const { mentor, pair } = await mentorAndOwnPair();
    const headers = { 'Idempotency-Key': `offline-${crypto.randomUUID()}` };
    const [a, b] = await Promise.all(
      [1, 2].map(() =>
        mentor.post('/mentorships/{id}/meetings', {
          params: { id: pair.id },
          body: meeting(),
          headers,
        }),
      ),
    );
    expect([a!.status, b!.status].sort()).toEqual([200, 201]);
    expect(a!.body.id).toBe(b!.body.id);
    const again = await mentor.post('/mentorships/{id}/meetings', {
      params: { id: pair.id },
      body: meeting(),
      headers,
    });
    expect(again.status).toBe(200);
    const after = await mentor.get('/mentorships/{id}', { params: { id: pair.id } });
    expect(after.body.meetingsCount).toBe(pair.meetingsCount + 1);
  });

  it('refuses a key that is not one', async () => {
    const { mentor, pair } = await mentorAndOwnPair();
    const reply = await mentor.post('/mentorships/{id}/meetings', {
      params: { id: pair.id },
      body: meeting(),
      headers: { 'Idempotency-Key': 'a b' },
    });
    expect(reply.status).toBe(400);
  });
});

describe('PATCH /meetings/{id}', () => {
  it('lets the author correct a meeting, with the version read', async () => {
    const { mentor, pair } = await mentorAndOwnPair();
    const sent = await mentor.post('/mentorships/{id}/meetings', {
      params: { id: pair.id },
      body: meeting(),
    });
    const missing = await mentor.patch('/meetings/{id}', {
      params: { id: sent.body.id },
      body: { durationMinutes: 90 },
    });
    expect(missing.status).toBe(428);
    const fixed = await mentor.patch('/meetings/{id}', {
      params: { id: sent.body.id },
      body: { durationMinutes: 90 },
      headers: { 'If-Match': `"${sent.body.version}"` },
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({ durationMinutes: 90, version: sent.body.version + 1 });
    const stale = await mentor.patch('/meetings/{id}', {
      params: { id: sent.body.id },
      body: { durationMinutes: 30 },
      headers: { 'If-Match': `"${sent.body.version}"` },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current.durationMinutes).toBe(90);
  });

  it('closes a mentor’s correction after seven days, never to staff', async () => {
    const { mentor, pair } = await mentorAndOwnPair();
    const session = await mentor.get('/auth/session');
    const old = (
      await mentor.get('/mentorships/{id}/meetings', {
        params: { id: pair.id },
        query: { pageSize: 100 },
      })
    ).body.items.find(
      (m: { loggedById: string; loggedAt: string }) =>
        m.loggedById === session.body.user.id &&
        Date.now() - Date.parse(m.loggedAt) > 8 * 86_400_000,
    );
    expect(old, 'the seed has an old meeting of this mentor').toBeDefined();
    const late = await mentor.patch('/meetings/{id}', {
      params: { id: old.id },
      body: { notes: 'Correction tardive' },
      headers: { 'If-Match': `"${old.version}"` },
    });
    expect(late.status).toBe(403);
    expect(late.body.detail).toMatch(/7 jours/);
    const staff = await (
      await agent(ELAN.coordinator)
    ).patch('/meetings/{id}', {
      params: { id: old.id },
      body: { notes: 'Corrigé par la coordination' },
      headers: { 'If-Match': `"${old.version}"` },
    });
    expect(staff.status).toBe(200);
  });

  it('keeps a flagged concern open whatever the correction', async () => {
    const { mentor, pair } = await mentorAndOwnPair();
    const sent = await mentor.post('/mentorships/{id}/meetings', {
      params: { id: pair.id },
      body: meeting({ concern: true, notes: 'Il semble inquiet' }),
    });
    const withdrawn = await mentor.patch('/meetings/{id}', {
      params: { id: sent.body.id },
      body: { concern: false },
      headers: { 'If-Match': `"${sent.body.version}"` },
    });
    expect(withdrawn.status).toBe(422);
    expect(withdrawn.body.errors[0].pointer).toBe('/concern');
  });

  it('answers 404 for another mentor’s meeting and across associations', async () => {
    const coordinator = await agent(ELAN.coordinator);
    const { mentor, pair } = await mentorAndOwnPair();
    const other = (
      await coordinator.get('/mentorships', { query: { status: 'ACTIVE', pageSize: 50 } })
    ).body.items.find((p: Pair) => p.mentorId !== pair.mentorId && p.meetingsCount > 0);
    const theirs = (
      await coordinator.get('/mentorships/{id}/meetings', { params: { id: other.id } })
    ).body.items[0];
    const patch = { body: { notes: 'x' }, headers: { 'If-Match': `"${theirs.version}"` } };
    expect(
      (await mentor.patch('/meetings/{id}', { params: { id: theirs.id }, ...patch })).status,
    ).toBe(404);
    expect(
      (await mentor.get('/mentorships/{id}/meetings', { params: { id: other.id } })).status,
    ).toBe(404);
    const outsider = await agent(PASSERELLES.coordinator);
    expect(
      (await outsider.patch('/meetings/{id}', { params: { id: theirs.id }, ...patch })).status,
    ).toBe(404);
  });
});

describe('PUT /mentorships/{id}/goals', () => {
  it('keeps goals with their ids and progress, for staff only', async () => {
    const coordinator = await agent(ELAN.coordinator);
    const pair = (
      await coordinator.get('/mentorships', { query: { status: 'ACTIVE', pageSize: 1 } })
    ).body.items[0];
    const set = await coordinator.put('/mentorships/{id}/goals', {
      params: { id: pair.id },
      body: {
        goals: [
          { label: 'Trouver un stage de 3e', done: false },
          { label: 'Préparer un CV', done: true },
        ],
      },
      headers: { 'If-Match': `"${pair.version}"` },
    });
    expect(set.status).toBe(200);
    expect(set.body.goals).toEqual([
      { id: expect.any(String), label: 'Trouver un stage de 3e', done: false },
      { id: expect.any(String), label: 'Préparer un CV', done: true },
    ]);
    const [first] = set.body.goals;
    const ticked = await coordinator.put('/mentorships/{id}/goals', {
      params: { id: pair.id },
      body: { goals: [{ ...first, done: true }] },
      headers: { 'If-Match': `"${set.body.version}"` },
    });
    expect(ticked.body.goals).toEqual([{ ...first, done: true }]);
    const blank = await coordinator.put('/mentorships/{id}/goals', {
      params: { id: pair.id },
      body: { goals: [{ label: '  ', done: false }] },
      headers: { 'If-Match': `"${ticked.body.version}"` },
    });
    expect(blank.status).toBe(422);
    expect(blank.body.errors[0].pointer).toBe('/goals/0/label');

    const { mentor, pair: own } = await mentorAndOwnPair();
    const byMentor = await mentor.put('/mentorships/{id}/goals', {
      params: { id: own.id },
      body: { goals: [] },
      headers: { 'If-Match': `"${own.version}"` },
    });
    expect(byMentor.status).toBe(403);
    const outsider = await (
      await agent(PASSERELLES.admin)
    ).put('/mentorships/{id}/goals', {
      params: { id: pair.id },
      body: { goals: [] },
      headers: { 'If-Match': `"${ticked.body.version}"` },
    });
    expect(outsider.status).toBe(404);
  });
});

describe('/mentorships/{id}/interviews', () => {
  it('records follow-up interviews and moves the next one due, for staff only', async () => {
    const coordinator = await agent(ELAN.coordinator);
    const pairs = (
      await coordinator.get('/mentorships', { query: { status: 'ACTIVE', pageSize: 50 } })
    ).body.items as (Pair & { nextInterview: { kind: string } | null })[];
    const pair = pairs.find((p) => p.nextInterview && p.nextInterview.kind !== 'CLOSING');
    expect(pair, 'an active pair with a start or mid-term interview due').toBeDefined();
    const kind = pair!.nextInterview!.kind;
    const today = new Date().toISOString().slice(0, 10);
    const created = await coordinator.post('/mentorships/{id}/interviews', {
      params: { id: pair!.id },
      body: {
        kind,
        date: today,
        menteeSatisfaction: 4,
        mentorSatisfaction: 5,
        notes: 'Bon départ',
      },
    });
    expect(created.status).toBe(201);
    const list = await coordinator.get('/mentorships/{id}/interviews', {
      params: { id: pair!.id },
    });
    expect(list.body.at(-1)).toMatchObject({
      kind,
      menteeSatisfaction: 4,
      notes: 'Bon départ',
    });
    const after = await coordinator.get('/mentorships/{id}', { params: { id: pair!.id } });
    expect(after.body.nextInterview.kind).toBe(kind === 'START' ? 'MID' : 'CLOSING');

    const future = await coordinator.post('/mentorships/{id}/interviews', {
      params: { id: pair!.id },
      body: {
        kind: 'MID',
        date: '2999-01-01',
        menteeSatisfaction: null,
        mentorSatisfaction: null,
        notes: '',
      },
    });
    expect(future.status).toBe(422);
    expect(future.body.errors[0].pointer).toBe('/date');

    const { mentor, pair: own } = await mentorAndOwnPair();
    expect(
      (await mentor.get('/mentorships/{id}/interviews', { params: { id: own.id } })).status,
    ).toBe(403);
    const outsider = await agent(PASSERELLES.coordinator);
    expect(
      (await outsider.get('/mentorships/{id}/interviews', { params: { id: pair!.id } })).status,
    ).toBe(404);
  });
});

describe('GET /dashboard/tasks', () => {
  type Task = { kind: string; entityType: string; entityId: string; dueDay: string; label: string };
  const URGENCY = ['AT_RISK', 'FIRST_CONTACT_OVERDUE', 'CHECK_IN', 'INTERVIEW_DUE', 'PLANNED_END'];

  it('lists what the coordinator’s own pairs and referrals need, most urgent first', async () => {
    const coordinator = await agent(ELAN.coordinator);
    const me = (await coordinator.get('/auth/session')).body.user.id;
    const reply = await coordinator.get('/dashboard/tasks');
    expect(reply.status).toBe(200);
    const tasks = reply.body as Task[];
    expect(tasks.length).toBeGreaterThan(0);
    const ranks = tasks.map((task) => URGENCY.indexOf(task.kind));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);

    const atRisk = await coordinator.get('/mentorships', {
      query: { health: 'AT_RISK', coordinatorId: me, pageSize: 200 },
    });
    expect(
      tasks
        .filter((task) => task.kind === 'AT_RISK')
        .map((task) => task.entityId)
        .sort(),
    ).toEqual(atRisk.body.items.map((pair: Pair) => pair.id).sort());
    for (const task of tasks.filter((t) => t.entityType === 'mentorship').slice(0, 10)) {
      const pair = await coordinator.get('/mentorships/{id}', { params: { id: task.entityId } });
      expect(pair.body.coordinatorId).toBe(me);
    }
    for (const task of tasks.filter((t) => t.kind === 'FIRST_CONTACT_OVERDUE').slice(0, 10)) {
      const referral = await coordinator.get('/referrals/{id}', { params: { id: task.entityId } });
      expect(referral.body.firstContactAt).toBeNull();
      expect([me, null]).toContain(referral.body.assigneeId);
    }
  });

  it('is for staff only', async () => {
    expect((await (await agent(ELAN.mentor)).get('/dashboard/tasks')).status).toBe(403);
  });
});

describe('POST /mentorships/coordinator', () => {
  it('gives the selected pairs to another member of the team, and says which were not found', async () => {
    const coordinator = await agent(ELAN.coordinator);
    const admin = (await (await agent(ELAN.admin)).get('/auth/session')).body.user.id;
    const pairs = (
      await coordinator.get('/mentorships', { query: { status: 'ACTIVE', pageSize: 2 } })
    ).body.items as Pair[];
    const elsewhere = (
      await (await agent(PASSERELLES.coordinator)).get('/mentorships', { query: { pageSize: 1 } })
    ).body.items[0].id;
    const reply = await coordinator.post('/mentorships/coordinator', {
      body: { ids: [...pairs.map((p) => p.id), elsewhere], coordinatorId: admin },
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      succeeded: 2,
      failed: [{ id: elsewhere, title: elsewhere, reason: 'Introuvable' }],
    });
    for (const pair of pairs) {
      const now = await coordinator.get('/mentorships/{id}', { params: { id: pair.id } });
      expect(now.body).toMatchObject({ coordinatorId: admin, version: pair.version + 1 });
    }
  });

  it('refuses someone outside the team, and mentors', async () => {
    const coordinator = await agent(ELAN.coordinator);
    const mentor = await agent(ELAN.mentor);
    const mentorUser = (await mentor.get('/auth/session')).body.user.id;
    const pair = (await coordinator.get('/mentorships', { query: { pageSize: 1 } })).body.items[0];
    const toMentor = await coordinator.post('/mentorships/coordinator', {
      body: { ids: [pair.id], coordinatorId: mentorUser },
    });
    expect(toMentor.status).toBe(422);
    expect(toMentor.body.errors[0].pointer).toBe('/coordinatorId');
    const byMentor = await mentor.post('/mentorships/coordinator', {
      body: { ids: [pair.id], coordinatorId: mentorUser },
    });
    expect(byMentor.status).toBe(403);
  });
});
