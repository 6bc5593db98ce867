import { describe, expect, it } from 'vitest';
import { ELAN, PASSERELLES, agent } from './setup';

describe('GET /referrals', () => {
  it('needs a session, and is not for mentors', async () => {
    expect((await (await agent()).get('/referrals')).status).toBe(401);
    expect((await (await agent(ELAN.mentor)).get('/referrals')).status).toBe(403);
  });

  it('pages the association’s referrals, newest first', async () => {
    const a = await agent(ELAN.coordinator);
    const first = await a.get('/referrals', { query: { pageSize: 20 } });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: 400, page: 1, pageSize: 20 });
    expect(first.body.items).toHaveLength(20);
    const dates = first.body.items.map((r: { receivedAt: string }) => r.receivedAt);
    expect([...dates].sort().reverse()).toEqual(dates);

    const last = await a.get('/referrals', { query: { pageSize: 20, page: 20 } });
    expect(last.body.items).toHaveLength(20);
    const ids = new Set([...first.body.items, ...last.body.items].map((r: { id: string }) => r.id));
    expect(ids.size).toBe(40);
  });

  it('gives the total with every page, past the end and with no match too', async () => {
    const a = await agent(ELAN.coordinator);
    const waiting = { status: 'AWAITING_MATCH', pageSize: 10 };
    const { total } = (await a.get('/referrals', { query: waiting })).body;
    expect(total).toBeGreaterThan(10);
    const last = Math.ceil(total / 10);
    const lastPage = await a.get('/referrals', { query: { ...waiting, page: last } });
    expect(lastPage.body).toMatchObject({ total, page: last });
    expect(lastPage.body.items).toHaveLength(total - (last - 1) * 10);
    const beyond = await a.get('/referrals', { query: { ...waiting, page: last + 1 } });
    expect(beyond.body).toMatchObject({ items: [], total, page: last + 1 });
    const none = await a.get('/referrals', { query: { q: 'Zzyzxqwv' } });
    expect(none.body).toMatchObject({ items: [], total: 0 });
  });

  it('filters by status and free text, and sorts by name', async () => {
    const a = await agent(ELAN.coordinator);
    const waiting = await a.get('/referrals', {
      query: { status: ['AWAITING_MATCH', 'QUALIFIED'], sort: 'lastName', pageSize: 200 },
    });
    expect(waiting.body.total).toBeGreaterThan(0);
    for (const r of waiting.body.items) expect(['AWAITING_MATCH', 'QUALIFIED']).toContain(r.status);
    const names = waiting.body.items.map((r: { lastName: string }) => r.lastName);
    expect(names).toEqual(
      [...names].sort((x: string, y: string) => x.localeCompare(y, 'fr', { sensitivity: 'base' })),
    );

    const someone = waiting.body.items[0];
    const found = await a.get('/referrals', { query: { q: someone.lastName.toUpperCase() } });
    expect(found.body.items.map((r: { id: string }) => r.id)).toContain(someone.id);
  });

  it('sorts by assignee name, the unassigned last in both directions', async () => {
    const a = await agent(ELAN.coordinator);
    const team = (await a.get('/team')).body as {
      id: string;
      firstName: string;
      lastName: string;
    }[];
    const nameOf = (id: string | null) => {
      const m = team.find((u) => u.id === id);
      return m ? `${m.firstName} ${m.lastName}` : null;
    };
    for (const sort of ['assignee', '-assignee']) {
      const page = await a.get('/referrals', { query: { sort, pageSize: 200 } });
      expect(page.status).toBe(200);
      const names = page.body.items.map((r: { assigneeId: string | null }) => nameOf(r.assigneeId));
      const named = names.filter((n: string | null) => n !== null);
      const ordered = [...named].sort((x: string, y: string) => x.localeCompare(y, 'fr'));
      expect(named).toEqual(sort === 'assignee' ? ordered : ordered.reverse());
      expect(names.slice(named.length).every((n: string | null) => n === null)).toBe(true);
      expect(new Set(named).size).toBeGreaterThan(1);
    }
  });

  it('refuses an unknown filter value or an oversized page with 400', async () => {
    const a = await agent(ELAN.coordinator);
    expect((await a.get('/referrals', { query: { status: 'NOPE' } })).status).toBe(400);
    expect((await a.get('/referrals', { query: { pageSize: 1000 } })).status).toBe(400);
    expect((await a.get('/referrals', { query: { sort: 'password' } })).status).toBe(400);
  });

  it('never lists another association’s referrals', async () => {
    const elan = await (
      await agent(ELAN.coordinator)
    ).get('/referrals', { query: { pageSize: 200 } });
    const nord = await (
      await agent(PASSERELLES.coordinator)
    ).get('/referrals', { query: { pageSize: 200 } });
    const elanIds = new Set(elan.body.items.map((r: { id: string }) => r.id));
    expect(nord.body.items.some((r: { id: string }) => elanIds.has(r.id))).toBe(false);
  });
});

describe('GET /referrals/{id}', () => {
  it('answers 404 for another association’s referral, as if it did not exist', async () => {
    const elan = await agent(ELAN.coordinator);
    const id = (await elan.get('/referrals', { query: { pageSize: 1 } })).body.items[0].id;
    expect((await elan.get('/referrals/{id}', { params: { id } })).status).toBe(200);
    const nord = await agent(PASSERELLES.admin);
    const reply = await nord.get('/referrals/{id}', { params: { id } });
    expect(reply.status).toBe(404);
    expect(
      (await nord.get('/referrals/{id}', { params: { id: 'ref_does_not_exist' } })).body,
    ).toEqual(reply.body);
  });
});

describe('POST /referrals/{id}/transitions', () => {
  async function referralIn(status: string) {
    const a = await agent(ELAN.coordinator);
    const list = await a.get('/referrals', { query: { status, pageSize: 1 } });
    return { a, referral: list.body.items[0] };
  }

  it('moves a referral along its lifecycle and records it on the timeline', async () => {
    const { a, referral } = await referralIn('TO_CONTACT');
    const reply = await a.post('/referrals/{id}/transitions', {
      params: { id: referral.id },
      headers: { 'If-Match': `"${referral.version}"` },
      body: { to: 'QUALIFIED' },
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ status: 'QUALIFIED', version: referral.version + 1 });
    const timeline = await a.get('/referrals/{id}/timeline', { params: { id: referral.id } });
    expect(timeline.body[0]).toMatchObject({
      kind: 'STATUS_CHANGED',
      from: 'TO_CONTACT',
      to: 'QUALIFIED',
      actorName: 'Sophie Marchand',
    });
  });

  it('refuses a transition the lifecycle does not allow, pointing at the field', async () => {
    const { a, referral } = await referralIn('RECEIVED');
    const reply = await a.post('/referrals/{id}/transitions', {
      params: { id: referral.id },
      headers: { 'If-Match': `"${referral.version}"` },
      body: { to: 'MATCHED' },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.errors).toEqual([expect.objectContaining({ pointer: '/to' })]);
  });

  it('needs a reason to mark a referral not eligible', async () => {
    const { a, referral } = await referralIn('TO_CONTACT');
    const reply = await a.post('/referrals/{id}/transitions', {
      params: { id: referral.id },
      headers: { 'If-Match': `"${referral.version}"` },
      body: { to: 'NOT_ELIGIBLE' },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.errors[0].pointer).toBe('/reason');
  });

  it('keeps an under-15 without a guardian’s consent out of matching, saying why, until it is recorded', async () => {
    const { a, referral } = await referralIn('QUALIFIED');
    const born = new Date();
    born.setUTCFullYear(born.getUTCFullYear() - 13, born.getUTCMonth() - 1);
    const young = await a.patch('/referrals/{id}', {
      params: { id: referral.id },
      headers: { 'If-Match': `"${referral.version}"` },
      body: { birthDate: born.toISOString().slice(0, 10), legalGuardian: null },
    });
    expect(young.status).toBe(200);
    const refused = await a.post('/referrals/{id}/transitions', {
      params: { id: referral.id },
      headers: { 'If-Match': `"${young.body.version}"` },
      body: { to: 'AWAITING_MATCH' },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        pointer: '/to',
        message: expect.stringMatching(/^Moins de 15 ans/),
      }),
    ]);
    const bulk = await a.post('/referrals/bulk', {
      body: { action: 'TRANSITION', to: 'AWAITING_MATCH', ids: [referral.id] },
    });
    expect(bulk.body).toMatchObject({
      succeeded: 0,
      failed: [{ id: referral.id, reason: expect.stringMatching(/^Moins de 15 ans/) }],
    });

    const consented = await a.patch('/referrals/{id}', {
      params: { id: referral.id },
      headers: { 'If-Match': `"${young.body.version}"` },
      body: {
        legalGuardian: { name: 'Awa Diallo', email: null, phone: null, consentDate: '2026-01-15' },
      },
    });
    expect(consented.status).toBe(200);
    expect(consented.body.legalGuardian).toMatchObject({
      name: 'Awa Diallo',
      consentDate: '2026-01-15',
    });
    const moved = await a.post('/referrals/{id}/transitions', {
      params: { id: referral.id },
      headers: { 'If-Match': `"${consented.body.version}"` },
      body: { to: 'AWAITING_MATCH' },
    });
    expect(moved.status).toBe(200);
  });

  it('needs If-Match (428) and refuses a stale version with the current record (409)', async () => {
    const { a, referral } = await referralIn('TO_CONTACT');
    const missing = await a.post('/referrals/{id}/transitions', {
      params: { id: referral.id },
      body: { to: 'QUALIFIED' },
    });
    expect(missing.status).toBe(428);

    const stale = await a.post('/referrals/{id}/transitions', {
      params: { id: referral.id },
      headers: { 'If-Match': `"${referral.version + 5}"` },
      body: { to: 'QUALIFIED' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({
      id: referral.id,
      version: referral.version,
      status: 'TO_CONTACT',
    });
  });

  it('is refused to mentors (403) and to another association (404)', async () => {
    const { referral } = await referralIn('TO_CONTACT');
    const request = {
      params: { id: referral.id },
      headers: { 'If-Match': `"${referral.version}"` },
      body: { to: 'QUALIFIED' },
    };
    expect(
      (await (await agent(ELAN.mentor)).post('/referrals/{id}/transitions', request)).status,
    ).toBe(403);
    expect(
      (await (await agent(PASSERELLES.coordinator)).post('/referrals/{id}/transitions', request))
        .status,
    ).toBe(404);
  });
});

describe('contact attempts and notes', () => {
  it('counts an unanswered call, then records the first contact when reached, on the timeline', async () => {
    const a = await agent(ELAN.coordinator);
    const all = (await a.get('/referrals', { query: { status: 'TO_CONTACT', pageSize: 100 } })).body
      .items;
    const never = all.find((r: { firstContactAt: string | null }) => !r.firstContactAt);
    const missed = await a.post('/referrals/{id}/contact-attempts', {
      params: { id: never.id },
      body: { channel: 'PHONE', reached: false },
    });
    expect(missed.status).toBe(201);
    expect(missed.body).toMatchObject({
      contactAttempts: never.contactAttempts + 1,
      firstContactAt: null,
      version: never.version + 1,
    });
    const reached = await a.post('/referrals/{id}/contact-attempts', {
      params: { id: never.id },
      body: { channel: 'SMS', reached: true, note: 'Rappeler mardi' },
    });
    expect(reached.body.firstContactAt).toEqual(expect.any(String));
    expect(reached.body.lastContactAt).toBe(reached.body.firstContactAt);
    const timeline = (await a.get('/referrals/{id}/timeline', { params: { id: never.id } })).body;
    expect(timeline[0]).toMatchObject({
      kind: 'CONTACT_ATTEMPT',
      channel: 'SMS',
      reached: true,
      body: 'Rappeler mardi',
    });
    expect(timeline[1]).toMatchObject({
      kind: 'CONTACT_ATTEMPT',
      channel: 'PHONE',
      reached: false,
    });
  });

  it('refuses an attempt on a closed referral, and an unknown channel', async () => {
    const a = await agent(ELAN.coordinator);
    const matched = (await a.get('/referrals', { query: { status: 'MATCHED', pageSize: 1 } })).body
      .items[0];
    expect(
      (
        await a.post('/referrals/{id}/contact-attempts', {
          params: { id: matched.id },
          body: { channel: 'PHONE', reached: false },
        })
      ).status,
    ).toBe(409);
    const bad = await a.post('/referrals/{id}/contact-attempts', {
      params: { id: matched.id },
      body: { channel: 'PIGEON', reached: 'yes' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '/channel',
      '/reached',
    ]);
  });

  it('adds a note to the timeline, not across associations, not for mentors', async () => {
    const a = await agent(ELAN.coordinator);
    const id = (await a.get('/referrals', { query: { pageSize: 1 } })).body.items[0].id;
    const note = await a.post('/referrals/{id}/notes', {
      params: { id },
      body: { body: 'Préfère être appelé après 17 h.' },
    });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({
      kind: 'NOTE',
      body: 'Préfère être appelé après 17 h.',
      actorName: 'Sophie Marchand',
    });
    expect(
      (await a.post('/referrals/{id}/notes', { params: { id }, body: { body: '   ' } })).status,
    ).toBe(422);
    expect(
      (
        await (
          await agent(PASSERELLES.coordinator)
        ).post('/referrals/{id}/notes', { params: { id }, body: { body: 'x' } })
      ).status,
    ).toBe(404);
    expect(
      (
        await (
          await agent(ELAN.mentor)
        ).post('/referrals/{id}/notes', { params: { id }, body: { body: 'x' } })
      ).status,
    ).toBe(403);
  });
});

describe('PATCH /referrals/{id}', () => {
  it('changes the fields sent, bumps the version and keeps the search and department in step', async () => {
    const a = await agent(ELAN.coordinator);
    const referral = (await a.get('/referrals', { query: { status: 'TO_CONTACT', pageSize: 1 } }))
      .body.items[0];
    const reply = await a.patch('/referrals/{id}', {
      params: { id: referral.id },
      headers: { 'If-Match': `"${referral.version}"` },
      body: {
        lastName: 'Zéphyrin',
        postalCode: '42000',
        commune: 'Saint-Étienne',
        phone: '07 01 02 03 04',
      },
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      lastName: 'Zéphyrin',
      department: '42',
      version: referral.version + 1,
    });
    const found = await a.get('/referrals', { query: { q: 'zephyrin' } });
    expect(found.body.items.map((r: { id: string }) => r.id)).toEqual([referral.id]);
    expect((await a.get('/referrals', { query: { q: '0701020304' } })).body.total).toBe(1);
  });

  it('points at each invalid field, including a birth date outside the association’s age range', async () => {
    const a = await agent(ELAN.coordinator);
    const referral = (await a.get('/referrals', { query: { pageSize: 1 } })).body.items[0];
    const invalid = await a.patch('/referrals/{id}', {
      params: { id: referral.id },
      headers: { 'If-Match': `"${referral.version}"` },
      body: { email: 'x@', phone: '12', postalCode: 'ABCDE' },
    });
    expect(invalid.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '/email',
      '/phone',
      '/postalCode',
    ]);
    const nowhere = await a.patch('/referrals/{id}', {
      params: { id: referral.id },
      headers: { 'If-Match': `"${referral.version}"` },
      body: { postalCode: '69999' },
    });
    expect(nowhere.body.errors).toEqual([
      expect.objectContaining({ pointer: '/postalCode', message: 'Ce code postal n’existe pas' }),
    ]);
    const tooOld = await a.patch('/referrals/{id}', {
      params: { id: referral.id },
      headers: { 'If-Match': `"${referral.version}"` },
      body: { birthDate: '1980-01-01' },
    });
    expect(tooOld.status).toBe(422);
    expect(tooOld.body.errors).toEqual([expect.objectContaining({ pointer: '/birthDate' })]);
  });

  it('gives the second of two editors a 409 with the record as it is now', async () => {
    const a = await agent(ELAN.coordinator);
    const b = await agent(ELAN.admin);
    const referral = (await a.get('/referrals', { query: { pageSize: 1 } })).body.items[0];
    const version = { 'If-Match': `"${referral.version}"` };
    expect(
      (
        await a.patch('/referrals/{id}', {
          params: { id: referral.id },
          headers: version,
          body: { firstName: 'Anne' },
        })
      ).status,
    ).toBe(200);
    const late = await b.patch('/referrals/{id}', {
      params: { id: referral.id },
      headers: version,
      body: { commune: 'Lyon' },
    });
    expect(late.status).toBe(409);
    expect(late.body.current).toMatchObject({ firstName: 'Anne', version: referral.version + 1 });
  });
});
