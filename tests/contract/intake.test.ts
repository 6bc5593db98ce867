import { describe, expect, it } from 'vitest';
import { ELAN, agent } from './setup';

const KEY = { 'X-API-Key': 'demo-intake-key-elan.test' };
const youngPerson = (externalId: string) => ({
  externalId,
  channel: '1J1S',
  receivedAt: '2026-11-26T08:30:00Z',
  firstName: 'Yanis',
  lastName: 'Belkacem',
  birthDate: '2007-04-12',
  gender: 'MALE',
  email: 'yanis.belkacem@exemple.fr',
  phone: '06 11 22 33 44',
  postalCode: '69120',
  commune: 'Vaulx-en-Velin',
  situation: 'JOB_SEEKER',
  needs: ['JOB_READINESS'],
  message: 'Je cherche un premier emploi.',
  priorityPublics: ['QPV'],
  accommodationNeeded: false,
  preferences: { mentorGender: 'ANY', modality: 'ANY', languages: ['fr'] },
  legalGuardian: null,
  consents: { processing: true, transmission: true, version: '2025-01', date: '2026-11-26' },
});

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
});
