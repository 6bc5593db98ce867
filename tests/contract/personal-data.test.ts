import { describe, expect, it } from 'vitest';
import type { Agent } from './http';
import { agent, ELAN, PASSERELLES } from './setup';

// Personal data: a person's whole file, their anonymisation (statistics unchanged, the person
// unfindable), and the retention review.

const day = (daysAgo: number) =>
  new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
/** Every figure of the last 18 months, the links behind them included. */
const indicators = async (a: Agent) =>
  (await a.get('/dashboard/indicators', { query: { from: day(548), to: day(0) } })).body;

type Person = { id: string; firstName: string; lastName: string; version: number };

async function firstReferral(a: Agent, status: string): Promise<Person> {
  const list = await a.get('/referrals', { query: { status, pageSize: 1 } });
  return list.body.items[0];
}

/** Every place a name could still show: search, the list's search, exports, the audit log. */
async function traces(admin: Agent, name: string) {
  const search = await admin.get('/search', { query: { q: name } });
  const list = await admin.get('/referrals', { query: { q: name } });
  const mentors = await admin.get('/mentors', { query: { q: name } });
  const csv = await admin.get('/exports/{kind}', { params: { kind: 'referrals' } });
  const auditLog = await admin.get('/audit-events', { query: { pageSize: 200 } });
  return {
    search: search.body.length,
    list: list.body.total,
    mentors: mentors.body.total,
    csv: (csv.body as string).includes(name),
    audit: JSON.stringify(auditLog.body).includes(name),
  };
}

const NOWHERE = { search: 0, list: 0, mentors: 0, csv: false, audit: false };

describe('a young person’s file and anonymisation', () => {
  it('gives the whole file to an admin, and logs that it was read', async () => {
    const admin = await agent(ELAN.admin);
    const person = await firstReferral(admin, 'MATCHED');
    const file = await admin.get('/referrals/{id}/personal-data', { params: { id: person.id } });
    expect(file.status).toBe(200);
    expect(file.body.referral).toMatchObject({ id: person.id, lastName: person.lastName });
    expect(file.body.timeline.length).toBeGreaterThan(0);
    expect(file.body.mentorships.length).toBeGreaterThan(0);
    const log = await admin.get('/audit-events', {
      query: { entityId: person.id, action: 'referral.personal_data' },
    });
    expect(log.body.total).toBe(1);
  });

  it('erases names, contacts and notes, keeps every indicator, and leaves the name nowhere', async () => {
    const admin = await agent(ELAN.admin);
    const person = await firstReferral(admin, 'WITHDRAWN');
    // An edit first: the audit log then holds the name's before and after.
    await admin.patch('/referrals/{id}', {
      params: { id: person.id },
      headers: { 'If-Match': `"${person.version}"` },
      body: { lastName: `${person.lastName}-Durand` },
    });
    await admin.post('/referrals/{id}/notes', {
      params: { id: person.id },
      body: { body: `Appelé la mère de ${person.firstName}` },
    });
    const name = `${person.lastName}-Durand`;
    // A search for them, exported: the log keeps the search with the export's filters.
    await admin.get('/exports/{kind}', { params: { kind: 'referrals' }, query: { q: name } });
    expect((await traces(admin, name)).audit).toBe(true);
    const before = await indicators(admin);

    const reply = await admin.post('/referrals/{id}/anonymize', { params: { id: person.id } });
    expect(reply.status).toBe(204);

    expect(await indicators(admin)).toEqual(before);
    expect(await traces(admin, name)).toEqual(NOWHERE);
    const after = await admin.get('/referrals/{id}', { params: { id: person.id } });
    expect(after.body).toMatchObject({
      firstName: 'Anonyme',
      email: null,
      phone: null,
      message: '',
      legalGuardian: null,
      status: 'WITHDRAWN',
    });
    expect(after.body.lastName).toMatch(/^J-[0-9A-Z_-]{8}$/);
    expect(after.body.anonymisedAt).not.toBeNull();
    const timeline = await admin.get('/referrals/{id}/timeline', { params: { id: person.id } });
    expect(JSON.stringify(timeline.body)).not.toContain(person.firstName);
    // Again: nothing more to erase, nothing more logged.
    expect(
      (await admin.post('/referrals/{id}/anonymize', { params: { id: person.id } })).status,
    ).toBe(204);
    const log = await admin.get('/audit-events', {
      query: { entityId: person.id, action: 'referral.anonymize' },
    });
    expect(log.body.total).toBe(1);
  });

  it('refuses while a pair of theirs is under way', async () => {
    const admin = await agent(ELAN.admin);
    const person = await firstReferral(admin, 'MATCHED');
    const reply = await admin.post('/referrals/{id}/anonymize', { params: { id: person.id } });
    expect(reply.status).toBe(409);
    expect(reply.body.detail).toMatch(/binôme est en cours/);
  });

  it('answers 403 to coordinators and mentors, 404 for another association’s person', async () => {
    const theirs = await firstReferral(await agent(PASSERELLES.admin), 'WITHDRAWN');
    const mine = await firstReferral(await agent(ELAN.admin), 'WITHDRAWN');
    for (const email of [ELAN.coordinator, ELAN.mentor]) {
      const a = await agent(email);
      expect(
        (await a.get('/referrals/{id}/personal-data', { params: { id: mine.id } })).status,
      ).toBe(403);
      expect((await a.post('/referrals/{id}/anonymize', { params: { id: mine.id } })).status).toBe(
        403,
      );
      expect((await a.get('/personal-data/retention')).status).toBe(403);
      expect(
        (await a.post('/personal-data/retention/anonymize', { body: { ids: [mine.id] } })).status,
      ).toBe(403);
      expect((await a.get('/mentors/{id}/personal-data', { params: { id: 'x' } })).status).toBe(
        403,
      );
      expect((await a.post('/mentors/{id}/anonymize', { params: { id: 'x' } })).status).toBe(403);
      expect((await a.get('/users/{id}/personal-data', { params: { id: 'x' } })).status).toBe(403);
    }
    const admin = await agent(ELAN.admin);
    expect(
      (await admin.get('/referrals/{id}/personal-data', { params: { id: theirs.id } })).status,
    ).toBe(404);
    expect(
      (await admin.post('/referrals/{id}/anonymize', { params: { id: theirs.id } })).status,
    ).toBe(404);
    expect(
      (await admin.post('/mentors/{id}/anonymize', { params: { id: theirs.id } })).status,
    ).toBe(404);
    const theirMentor = (await (await agent(PASSERELLES.admin)).get('/mentors')).body.items[0];
    const theirUser = (await (await agent(PASSERELLES.admin)).get('/users')).body.items[0];
    expect(
      (await admin.get('/mentors/{id}/personal-data', { params: { id: theirMentor.id } })).status,
    ).toBe(404);
    expect(
      (await admin.get('/users/{id}/personal-data', { params: { id: theirUser.id } })).status,
    ).toBe(404);
  });
});

describe('a mentor’s file and anonymisation', () => {
  it('erases the mentor and closes their account; their meetings stay under a code', async () => {
    const admin = await agent(ELAN.admin);
    const mentors = await admin.get('/mentors', { query: { pageSize: 100, status: 'ARCHIVED' } });
    const mentor = (mentors.body.items as (Person & { activePairs: number })[]).find(
      (m) => m.activePairs === 0,
    )!;
    const file = await admin.get('/mentors/{id}/personal-data', { params: { id: mentor.id } });
    expect(file.status).toBe(200);
    expect(file.body.mentor.lastName).toBe(mentor.lastName);
    const before = await indicators(admin);

    expect(
      (await admin.post('/mentors/{id}/anonymize', { params: { id: mentor.id } })).status,
    ).toBe(204);
    expect(await indicators(admin)).toEqual(before);
    const after = await admin.get('/mentors/{id}', { params: { id: mentor.id } });
    expect(after.body).toMatchObject({ firstName: 'Anonyme', phone: null, employer: null });
    expect(after.body.email).toMatch(/@anonyme\.invalid$/);
    expect((await admin.get('/mentors', { query: { q: mentor.lastName } })).body.items).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ id: mentor.id })]),
    );
  });

  it('refuses a mentor with a pair under way', async () => {
    const admin = await agent(ELAN.admin);
    const busy = await admin.get('/mentors', { query: { status: 'FULL', pageSize: 1 } });
    const reply = await admin.post('/mentors/{id}/anonymize', {
      params: { id: busy.body.items[0].id },
    });
    expect(reply.status).toBe(409);
  });
});

describe('a staff account’s file', () => {
  it('lists what the account did and what was done to it', async () => {
    const admin = await agent(ELAN.admin);
    await agent(ELAN.coordinator);
    const users = await admin.get('/users', { query: { q: ELAN.coordinator } });
    const id = users.body.items[0].id;
    const file = await admin.get('/users/{id}/personal-data', { params: { id } });
    expect(file.status).toBe(200);
    expect(file.body.user.email).toBe(ELAN.coordinator);
    expect(file.body.auditEvents.map((e: { action: string }) => e.action)).toContain('auth.login');
  });
});

describe('the retention review', () => {
  it('lists the files idle past the period and anonymises the reviewed ones in one run', async () => {
    const admin = await agent(ELAN.admin);
    const settings = (await admin.get('/settings')).body;
    const { version, intakeKeyHint: _h, previousIntakeKeyUntil: _p, ...input } = settings;
    await admin.put('/settings', {
      headers: { 'If-Match': `"${version}"` },
      body: { ...input, retentionYears: 1 },
    });
    const review = await admin.get('/personal-data/retention');
    expect(review.status).toBe(200);
    expect(review.body.retentionYears).toBe(1);
    const items = review.body.items as { id: string; type: string; lastActivityAt: string }[];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.lastActivityAt < review.body.before).toBe(true);
    const before = await indicators(admin);

    const chosen = items.slice(0, 3).map((i) => i.id);
    const run = await admin.post('/personal-data/retention/anonymize', {
      body: { ids: [...chosen, 'ref_not_due'] },
    });
    expect(run.body).toEqual({ anonymised: 3, skipped: 1 });
    expect(await indicators(admin)).toEqual(before);
    const again = (await admin.get('/personal-data/retention')).body.items as { id: string }[];
    expect(again.map((i) => i.id)).not.toEqual(expect.arrayContaining([chosen[0]]));
    expect(again).toHaveLength(items.length - 3);
    const [entry] = (
      await admin.get('/audit-events', { query: { action: 'personal_data.retention' } })
    ).body.items;
    expect(entry.details).toMatchObject({ retentionYears: 1, requested: 4 });
  });
});
