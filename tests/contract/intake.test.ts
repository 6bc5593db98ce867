import { describe, expect, it } from 'vitest';
import { byPhone, youngPerson } from './bodies';
import { agent, ELAN, ELAN_INTAKE_KEY, PASSERELLES } from './setup';

const KEY = { 'X-API-Key': ELAN_INTAKE_KEY };
async function total() {
  return (await (await agent(ELAN.coordinator)).get('/referrals', { query: { pageSize: 1 } })).body
    .total as number;
}

describe('POST /intake/referrals (the platform)', () => {
  it('creates a received referral in the key’s association, once per platform id', async () => {
    const a = await agent();
    const before = await total();
    const first = await a.post('/intake/referrals', {
      headers: KEY,
      body: youngPerson('1J1S-900001'),
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      status: 'RECEIVED',
      externalId: '1J1S-900001',
      department: '69',
      assigneeId: null,
      version: 1,
    });
    const again = await a.post('/intake/referrals', {
      headers: KEY,
      body: youngPerson('1J1S-900001'),
    });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(await total()).toBe(before + 1);
    const coordinator = await agent(ELAN.coordinator);
    expect(
      (await coordinator.get('/referrals/{id}', { params: { id: first.body.id } })).body.lastName,
    ).toBe('Belkacem');
  });

  it('refuses a missing or wrong key with 401, and a session cookie is no key', async () => {
    expect(
      (await (await agent()).post('/intake/referrals', { body: youngPerson('1J1S-900002') }))
        .status,
    ).toBe(401);
    expect(
      (
        await (
          await agent()
        ).post('/intake/referrals', {
          headers: { 'X-API-Key': 'nope' },
          body: youngPerson('1J1S-900002'),
        })
      ).status,
    ).toBe(401);
    expect(
      (
        await (
          await agent(ELAN.admin)
        ).post('/intake/referrals', { body: youngPerson('1J1S-900002') })
      ).status,
    ).toBe(401);
  });

  it('stops a client address guessing keys after ten wrong ones', async () => {
    const a = await agent();
    const push = (key: string, id: string) =>
      a.post('/intake/referrals', { headers: { 'X-API-Key': key }, body: youngPerson(id) });
    // The right key, any number of times, is not guessing.
    for (let i = 0; i < 12; i++)
      expect((await push(KEY['X-API-Key'], `1J1S-91000${i}`)).status).toBe(201);
    for (let i = 0; i < 10; i++) expect((await push(`guess-${i}`, '1J1S-910100')).status).toBe(401);
    const blocked = await push('guess-10', '1J1S-910100');
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('Retry-After')).toBe('900');
    expect((await push(KEY['X-API-Key'], '1J1S-910101')).status).toBe(429);
  });

  it('lists every problem of a bad payload and stores nothing', async () => {
    const before = await total();
    const bad = {
      ...youngPerson('1J1S-900003'),
      postalCode: '6912',
      email: 'pas-un-email',
      needs: [],
      birthDate: '2007-02-30',
    };
    const reply = await (await agent()).post('/intake/referrals', { headers: KEY, body: bad });
    expect(reply.status).toBe(422);
    expect(reply.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '/birthDate',
      '/email',
      '/needs',
      '/postalCode',
    ]);
    expect(await total()).toBe(before);
  });

  it('refuses a postal code that does not exist and an age outside the association’s range, together', async () => {
    const reply = await (
      await agent()
    ).post('/intake/referrals', {
      headers: KEY,
      body: { ...youngPerson('1J1S-900004'), postalCode: '69999', birthDate: '1990-01-01' },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.errors).toEqual([
      expect.objectContaining({
        pointer: '/birthDate',
        message: expect.stringMatching(/13 et 25/),
      }),
      expect.objectContaining({ pointer: '/postalCode', message: 'Ce code postal n’existe pas' }),
    ]);
  });

  it('refuses a commune its postal code does not serve, and stores nothing', async () => {
    const before = await total();
    const reply = await (
      await agent()
    ).post('/intake/referrals', {
      headers: KEY,
      body: { ...youngPerson('1J1S-900005'), postalCode: '69120', commune: 'Lyon' },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.errors).toEqual([
      expect.objectContaining({
        pointer: '/commune',
        message: 'Cette commune n’a pas ce code postal',
      }),
    ]);
    expect(await total()).toBe(before);
  });
});

describe('POST /referrals (a coordinator enters one)', () => {
  it('creates a received referral assigned to whoever entered it, with its timeline and audit', async () => {
    const a = await agent(ELAN.coordinator);
    const me = (await a.get('/auth/session')).body.user;
    const before = await total();
    const reply = await a.post('/referrals', { body: byPhone() });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      status: 'RECEIVED',
      channel: 'MISSION_LOCALE',
      externalId: null,
      assigneeId: me.id,
      department: '69',
      receivedAt: expect.any(String),
      version: 1,
    });
    expect(await total()).toBe(before + 1);
    const timeline = await a.get('/referrals/{id}/timeline', { params: { id: reply.body.id } });
    expect(timeline.body.map((e: { kind: string }) => e.kind)).toEqual(['CREATED']);
  });

  it('lists every invalid field in one 422 and stores nothing', async () => {
    const a = await agent(ELAN.coordinator);
    const before = await total();
    const reply = await a.post('/referrals', {
      body: {
        ...byPhone(),
        email: 'ines@',
        postalCode: '00000',
        birthDate: '2020-05-01',
        needs: [],
      },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '/birthDate',
      '/email',
      '/needs',
      '/postalCode',
    ]);
    const unknown = await a.post('/referrals', { body: { ...byPhone(), postalCode: '69999' } });
    expect(unknown.body.errors).toEqual([
      expect.objectContaining({ pointer: '/postalCode', message: 'Ce code postal n’existe pas' }),
    ]);
    expect(await total()).toBe(before);
  });

  it('is for coordinators and admins only', async () => {
    expect((await (await agent()).post('/referrals', { body: byPhone() })).status).toBe(401);
    expect((await (await agent(ELAN.mentor)).post('/referrals', { body: byPhone() })).status).toBe(
      403,
    );
  });
});

describe('GET /referrals/duplicates', () => {
  it('finds the same person by name and birth date, by email, or by phone, best match first', async () => {
    const a = await agent(ELAN.coordinator);
    const existing = (await a.post('/referrals', { body: byPhone() })).body;
    const sameName = await a.get('/referrals/duplicates', {
      query: { firstName: 'INES', lastName: 'garnier', birthDate: '2007-04-12' },
    });
    expect(sameName.status).toBe(200);
    expect(sameName.body).toEqual([
      {
        id: existing.id,
        firstName: 'Inès',
        lastName: 'Garnier',
        birthDate: '2007-04-12',
        status: 'RECEIVED',
        matchedOn: ['NAME_BIRTHDATE'],
      },
    ]);
    const all = await a.get('/referrals/duplicates', {
      query: {
        firstName: 'Inès',
        lastName: 'Garnier',
        birthDate: '2007-04-12',
        email: 'YANIS.BELKACEM@exemple.fr',
        phone: '+33 6 11 22 33 44',
      },
    });
    expect(all.body[0]).toMatchObject({
      id: existing.id,
      matchedOn: ['NAME_BIRTHDATE', 'EMAIL', 'PHONE'],
    });
  });

  it('needs every part of a criterion, and never shows another association’s people', async () => {
    const a = await agent(ELAN.coordinator);
    await a.post('/referrals', { body: byPhone() });
    const partial = await a.get('/referrals/duplicates', {
      query: { firstName: 'Inès', lastName: 'Garnier' },
    });
    expect(partial.body).toEqual([]);
    const other = await (
      await agent(PASSERELLES.coordinator)
    ).get('/referrals/duplicates', { query: { email: 'yanis.belkacem@exemple.fr' } });
    expect(other.body).toEqual([]);
    expect((await (await agent(ELAN.mentor)).get('/referrals/duplicates')).status).toBe(403);
    expect(
      (await a.get('/referrals/duplicates', { query: { birthDate: '2007-02-30' } })).status,
    ).toBe(400);
  });
});

describe('GET /geography/communes', () => {
  it('lists the communes of a postal code, and none for a code that does not exist', async () => {
    expect(
      (await (await agent()).get('/geography/communes', { query: { postalCode: '69003' } })).status,
    ).toBe(401);
    const a = await agent(ELAN.mentor);
    const lyon = await a.get('/geography/communes', { query: { postalCode: '69003' } });
    expect(lyon.status).toBe(200);
    expect(lyon.body).toEqual([{ insee: '69123', name: 'Lyon', department: '69' }]);
    const several = await a.get('/geography/communes', { query: { postalCode: '01190' } });
    expect(several.body.length).toBeGreaterThan(1);
    expect((await a.get('/geography/communes', { query: { postalCode: '69999' } })).body).toEqual(
      [],
    );
    expect((await a.get('/geography/communes', { query: { postalCode: '6900' } })).status).toBe(
      400,
    );
  });
});
