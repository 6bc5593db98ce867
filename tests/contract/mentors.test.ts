import { describe, expect, it } from 'vitest';
import { candidate } from './bodies';
import { ELAN, PASSERELLES, agent } from './setup';

// Response bodies are checked against the contract by the agent; here only their fields matter.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;

/** The default settings' rule, written out: valid 3 years, expiring within 60 days of the end. */
function honorabilityOf(check: Row | null, today: Date) {
  if (!check || check.result !== 'VALID') return 'MISSING';
  const end = new Date(`${check.date}T00:00:00Z`);
  end.setUTCFullYear(end.getUTCFullYear() + 3);
  if (end <= today) return 'EXPIRED';
  return end.getTime() - today.getTime() <= 60 * 86_400_000 ? 'EXPIRING' : 'VALID';
}
const ids = (items: Row[]) => items.map((m) => m.id);

describe('GET /mentors', () => {
  it('needs a session, and is for staff only', async () => {
    expect((await (await agent()).get('/mentors')).status).toBe(401);
    expect((await (await agent(ELAN.mentor)).get('/mentors')).status).toBe(403);
  });

  it('pages the association’s mentors by last name, never another association’s', async () => {
    const a = await agent(ELAN.coordinator);
    const page = await a.get('/mentors', { query: { pageSize: 200 } });
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(150);
    const names = page.body.items.map((m: Row) => m.lastName);
    expect(names).toEqual(
      [...names].sort((x: string, y: string) => x.localeCompare(y, 'fr', { sensitivity: 'base' })),
    );
    const nord = await (
      await agent(PASSERELLES.coordinator)
    ).get('/mentors', {
      query: { pageSize: 200 },
    });
    const elan = new Set(ids(page.body.items));
    expect(nord.body.items.some((m: Row) => elan.has(m.id))).toBe(false);
  });

  it('filters by free capacity, training and honorability as the domain rules say', async () => {
    const a = await agent(ELAN.coordinator);
    const free = await a.get('/mentors', { query: { freeCapacity: 'true', pageSize: 200 } });
    expect(free.body.total).toBeGreaterThan(0);
    for (const m of free.body.items) {
      expect(m.status).toBe('AVAILABLE');
      expect(m.activePairs).toBeLessThan(m.capacity);
    }
    const untrained = await a.get('/mentors', { query: { trained: 'false', pageSize: 200 } });
    expect(untrained.body.total).toBeGreaterThan(0);
    for (const m of untrained.body.items) expect(m.training).toBeNull();

    const today = new Date();
    let seen = 0;
    for (const state of ['VALID', 'EXPIRING', 'EXPIRED', 'MISSING'] as const) {
      const page = await a.get('/mentors', { query: { honorability: state, pageSize: 200 } });
      seen += page.body.total;
      for (const m of page.body.items)
        expect(honorabilityOf(m.honorabilityCheck, today)).toBe(state);
    }
    expect(seen).toBe(150);
  });

  it('filters by expertise, modality, language, department and sector, and finds by email', async () => {
    const a = await agent(ELAN.coordinator);
    const page = await a.get('/mentors', {
      query: { expertise: ['INTERNSHIP'], modality: ['REMOTE'], department: ['69'], pageSize: 200 },
    });
    expect(page.body.total).toBeGreaterThan(0);
    for (const m of page.body.items) {
      expect(m.expertise).toContain('INTERNSHIP');
      expect(m.modalities).toContain('REMOTE');
      expect(m.department).toBe('69');
    }
    const english = await a.get('/mentors', { query: { language: ['en'], pageSize: 200 } });
    for (const m of english.body.items) expect(m.languages).toContain('en');

    const created = (await a.post('/mentors', { body: candidate() })).body;
    expect(
      (await a.get('/mentors', { query: { sector: 'sante' } })).body.items.map((m: Row) => m.id),
    ).toContain(created.id);
    expect(ids((await a.get('/mentors', { query: { q: 'HELENE.ECUYER@' } })).body.items)).toEqual([
      created.id,
    ]);
    expect((await a.get('/mentors', { query: { honorability: 'NOPE' } })).status).toBe(400);
  });
});

describe('POST /mentors', () => {
  it('creates an applicant, once per email', async () => {
    const a = await agent(ELAN.coordinator);
    const reply = await a.post('/mentors', { body: candidate() });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      status: 'APPLICANT',
      activePairs: 0,
      department: '69',
      userId: null,
      version: 1,
    });
    const again = await a.post('/mentors', {
      body: candidate({ email: 'HELENE.ECUYER@exemple.fr' }),
    });
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual([expect.objectContaining({ pointer: '/email' })]);
    // Another association may have the same person.
    expect(
      (await (await agent(PASSERELLES.coordinator)).post('/mentors', { body: candidate() })).status,
    ).toBe(201);
  });

  it('points at each invalid field: a postal code that does not exist, an age range upside down', async () => {
    const a = await agent(ELAN.coordinator);
    const reply = await a.post('/mentors', {
      body: candidate({
        postalCode: '69999',
        email: 'x@',
        modalities: [],
        menteeAgeMin: 20,
        menteeAgeMax: 16,
      }),
    });
    expect(reply.status).toBe(422);
    expect(reply.body.errors.map((e: Row) => e.pointer).sort()).toEqual([
      '/email',
      '/menteeAgeMax',
      '/modalities',
      '/postalCode',
    ]);
    const upsideDown = await a.post('/mentors', {
      body: candidate({ menteeAgeMin: 20, menteeAgeMax: 16 }),
    });
    expect(upsideDown.body.errors).toEqual([expect.objectContaining({ pointer: '/menteeAgeMax' })]);
    expect((await (await agent(ELAN.mentor)).post('/mentors', { body: candidate() })).status).toBe(
      403,
    );
  });
});

describe('GET and PATCH /mentors/{id}', () => {
  it('answers 404 for another association’s mentor', async () => {
    const nord = (
      await (await agent(PASSERELLES.coordinator)).get('/mentors', { query: { pageSize: 1 } })
    ).body.items[0];
    const a = await agent(ELAN.coordinator);
    expect((await a.get('/mentors/{id}', { params: { id: nord.id } })).status).toBe(404);
    expect((await a.get('/mentors/{id}/timeline', { params: { id: nord.id } })).status).toBe(404);
  });

  it('updates with the version read, and gives a stale editor 409 with the current record', async () => {
    const a = await agent(ELAN.coordinator);
    const m = (await a.post('/mentors', { body: candidate() })).body;
    expect(
      (await a.patch('/mentors/{id}', { params: { id: m.id }, body: { capacity: 3 } })).status,
    ).toBe(428);
    const ok = await a.patch('/mentors/{id}', {
      params: { id: m.id },
      headers: { 'If-Match': `"${m.version}"` },
      body: { capacity: 3, postalCode: '59000', commune: 'Lille' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ capacity: 3, department: '59', version: m.version + 1 });
    const stale = await a.patch('/mentors/{id}', {
      params: { id: m.id },
      headers: { 'If-Match': `"${m.version}"` },
      body: { capacity: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ capacity: 3 });
  });
});

describe('POST /mentors/{id}/transitions', () => {
  it('moves along the pipeline, refuses a step without what it certifies, and keeps a timeline', async () => {
    const a = await agent(ELAN.coordinator);
    const m = (await a.post('/mentors', { body: candidate() })).body;
    const move = (version: number, to: string) =>
      a.post('/mentors/{id}/transitions', {
        params: { id: m.id },
        headers: { 'If-Match': `"${version}"` },
        body: { to },
      });
    const interviewed = await move(m.version, 'INTERVIEWED');
    expect(interviewed.status).toBe(200);
    expect(interviewed.body.status).toBe('INTERVIEWED');
    const refused = await move(interviewed.body.version, 'SCREENED');
    expect(refused.status).toBe(422);
    expect(refused.body.detail).toMatch(/honorabilité valide/);
    expect((await move(interviewed.body.version, 'AVAILABLE')).status).toBe(422);

    const timeline = await a.get('/mentors/{id}/timeline', { params: { id: m.id } });
    expect(timeline.body.map((e: Row) => [e.kind, e.to])).toEqual([
      ['STATUS_CHANGED', 'INTERVIEWED'],
      ['CREATED', null],
    ]);
  });
});

describe('POST /mentors/import', () => {
  const rows = [
    candidate({ email: 'a.martin@exemple.fr', firstName: 'Amélie', lastName: 'Martin' }),
    candidate({ email: 'pas-un-email' }),
    candidate({ email: 'b.nord@exemple.fr', postalCode: '00000' }),
    candidate({ email: 'c.durand@exemple.fr', firstName: '' }),
    candidate({ email: 'A.Martin@exemple.fr' }),
    candidate({ email: 'd.roux@exemple.fr', firstName: 'Denis', lastName: 'Roux' }),
  ];

  it('validates without creating anything on a dry run, then creates exactly the good rows', async () => {
    const a = await agent(ELAN.coordinator);
    const total = async () => (await a.get('/mentors', { query: { pageSize: 1 } })).body.total;
    const before = await total();
    const dry = await a.post('/mentors/import', { body: { rows, dryRun: true } });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ valid: 2, created: 0, duplicates: [] });
    expect(dry.body.errors.map((e: Row) => [e.row, e.pointer])).toEqual([
      [2, '/email'],
      [3, '/postalCode'],
      [4, '/firstName'],
      [5, '/email'],
    ]);
    expect(await total()).toBe(before);

    const real = await a.post('/mentors/import', { body: { rows, dryRun: false } });
    expect(real.body).toMatchObject({ valid: 2, created: 2 });
    expect(await total()).toBe(before + 2);
    const found = await a.get('/mentors', { query: { q: 'a.martin@exemple.fr' } });
    expect(found.body.items).toHaveLength(1);
    expect(found.body.items[0]).toMatchObject({ firstName: 'Amélie', status: 'APPLICANT' });

    // Again: the same emails are reported, not doubled.
    const again = await a.post('/mentors/import', { body: { rows, dryRun: false } });
    expect(again.body).toMatchObject({ valid: 0, created: 0 });
    expect(again.body.duplicates.map((d: Row) => d.row)).toEqual([1, 5, 6]);
    expect(again.body.duplicates[0].existingId).toBe(found.body.items[0].id);
    expect(await total()).toBe(before + 2);
  });

  it('refuses an empty or oversized file, and mentors', async () => {
    const a = await agent(ELAN.coordinator);
    expect((await a.post('/mentors/import', { body: { rows: [], dryRun: true } })).status).toBe(
      422,
    );
    expect(
      (await a.post('/mentors/import', { body: { rows: Array(5001).fill({}), dryRun: true } }))
        .status,
    ).toBe(422);
    expect(
      (await (await agent(ELAN.mentor)).post('/mentors/import', { body: { rows, dryRun: true } }))
        .status,
    ).toBe(403);
  });
});

describe('POST /mentors/{id}/invite', () => {
  it('creates the mentor’s account, which logs in with the temporary password, once', async () => {
    const a = await agent(ELAN.coordinator);
    const m = (await a.post('/mentors', { body: candidate() })).body;
    const reply = await a.post('/mentors/{id}/invite', { params: { id: m.id } });
    expect(reply.status).toBe(201);
    expect(reply.body.user).toMatchObject({
      email: 'helene.ecuyer@exemple.fr',
      role: 'mentor',
      mentorId: m.id,
      active: true,
    });
    expect(reply.body.temporaryPassword).toMatch(/^[A-Za-z0-9]{14}$/);
    expect((await a.get('/mentors/{id}', { params: { id: m.id } })).body.userId).toBe(
      reply.body.user.id,
    );

    const mentor = await agent();
    await mentor.login('helene.ecuyer@exemple.fr', reply.body.temporaryPassword);
    const session = await mentor.get('/auth/session');
    expect(session.body.user).toMatchObject({ role: 'mentor', mentorId: m.id });
    expect((await mentor.get('/mentorships')).body.total).toBe(0);

    expect((await a.post('/mentors/{id}/invite', { params: { id: m.id } })).status).toBe(409);
  });

  it('invites an address another association uses, without a word about it; the password picks the account', async () => {
    const a = await agent(PASSERELLES.coordinator);
    const m = (await a.post('/mentors', { body: { ...candidate(), email: ELAN.coordinator } }))
      .body;
    const reply = await a.post('/mentors/{id}/invite', { params: { id: m.id } });
    expect(reply.status).toBe(201);

    const asMentor = await agent();
    await asMentor.login(ELAN.coordinator, reply.body.temporaryPassword);
    expect((await asMentor.get('/auth/session')).body).toMatchObject({
      user: { role: 'mentor', mentorId: m.id },
      association: { shortName: 'Passerelles' },
    });
    const asCoordinator = await agent(ELAN.coordinator);
    expect((await asCoordinator.get('/auth/session')).body).toMatchObject({
      user: { role: 'coordinator' },
      association: { name: 'Élan Mentorat Rhône' },
    });
  });

  it('is for staff, within the association', async () => {
    const nord = (
      await (await agent(PASSERELLES.coordinator)).get('/mentors', { query: { pageSize: 1 } })
    ).body.items[0];
    expect(
      (
        await (
          await agent(ELAN.coordinator)
        ).post('/mentors/{id}/invite', { params: { id: nord.id } })
      ).status,
    ).toBe(404);
    expect(
      (await (await agent(ELAN.mentor)).post('/mentors/{id}/invite', { params: { id: nord.id } }))
        .status,
    ).toBe(403);
  });
});

describe('/me/mentor', () => {
  it('lets a mentor change their own phone, availability and places, never below their pairs', async () => {
    const mentor = await agent(ELAN.mentor);
    const own = await mentor.get('/me/mentor');
    expect(own.status).toBe(200);
    expect(own.body.id).toBe((await mentor.get('/auth/session')).body.user.mentorId);
    const changed = await mentor.patch('/me/mentor', {
      body: {
        phone: '06 12 34 56 78',
        hoursPerMonth: 6,
        preferredSlots: ['WEEKDAY_EVENING'],
        capacity: 5,
      },
      headers: { 'If-Match': `"${own.body.version}"` },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      phone: '06 12 34 56 78',
      hoursPerMonth: 6,
      preferredSlots: ['WEEKDAY_EVENING'],
      capacity: 5,
      version: own.body.version + 1,
    });
    expect(own.body.activePairs, 'the demo mentor has several pairs').toBeGreaterThan(1);
    const fewer = await mentor.patch('/me/mentor', {
      body: { capacity: own.body.activePairs - 1 },
      headers: { 'If-Match': `"${changed.body.version}"` },
    });
    expect(fewer.status).toBe(422);
    expect(fewer.body.errors[0].pointer).toBe('/capacity');
    const stale = await mentor.patch('/me/mentor', {
      body: { hoursPerMonth: 8 },
      headers: { 'If-Match': `"${own.body.version}"` },
    });
    expect(stale.status).toBe(409);
    const other = await mentor.patch('/me/mentor', {
      body: { firstName: 'Autre', capacity: 5 },
      headers: { 'If-Match': `"${changed.body.version}"` },
    });
    expect(other.status).toBe(200);
    expect(other.body.firstName).toBe(own.body.firstName);
  });

  it('is for mentors only', async () => {
    expect((await (await agent(ELAN.coordinator)).get('/me/mentor')).status).toBe(403);
    expect((await (await agent()).get('/me/mentor')).status).toBe(401);
  });
});
