import { describe, expect, it } from 'vitest';
import { byPhone, candidate, youngPerson } from './bodies';
import type { Reply } from './http';
import { contractOperations } from './openapi';
import { agent, ELAN, ELAN_INTAKE_KEY } from './setup';

// Whatever arrives, the answer is a problem the contract declares (the agent checks that), never
// a server error.
const refusedCleanly = (reply: Reply) => {
  expect(reply.status).toBeGreaterThanOrEqual(400);
  expect(reply.status).toBeLessThan(500);
  expect(reply.headers.get('Content-Type')).toContain('application/problem+json');
};

describe('malformed requests', () => {
  it('login: not JSON, the wrong JSON, wrong types, oversized values', async () => {
    const a = await agent();
    for (const rawBody of [
      'not json',
      '[]',
      'null',
      '{"email":123,"password":true}',
      `{"email":"a@b.fr","password":"${'x'.repeat(5000)}"}`,
    ]) {
      refusedCleanly(await a.post('/auth/login', { rawBody }));
    }
  });

  it('list queries: bad numbers, dates, enums and lengths', async () => {
    const a = await agent(ELAN.coordinator);
    const bad: Record<string, string | number>[] = [
      { page: 'abc' },
      { page: -1 },
      { pageSize: 0 },
      { receivedFrom: '2026-13-45' },
      { ageBand: 'TEEN' },
      { waitingMinDays: -3 },
      { q: 'x'.repeat(101) },
      { overdue: 'maybe' },
      { department: '1' },
      { sort: 'receivedAt;drop table referrals' },
    ];
    for (const query of bad) refusedCleanly(await a.get('/referrals', { query }));
    refusedCleanly(await a.get('/mentorships', { query: { noMeetingSinceDays: 'abc' } }));
    refusedCleanly(
      await a.get('/mentorships/{id}/meetings', {
        params: { id: 'pair_ela_00001' },
        query: { pageSize: 9999 },
      }),
    );
    refusedCleanly(await a.get('/dashboard/indicators', { query: { to: 'demain' } }));
  });

  it('refuses a body over 10 MB without reading it all', async () => {
    const a = await agent();
    const reply = await a.post('/auth/login', {
      rawBody: `{"email":"${'x'.repeat(11 * 1024 * 1024)}"}`,
    });
    expect(reply.status).toBe(413);
  });

  it('odd identifiers are simply not found', async () => {
    const a = await agent(ELAN.coordinator);
    for (const id of ["' or 1=1 --", '..%2F..%2Fetc', 'x'.repeat(300), '%00', 'ref_ela_00001;']) {
      const reply = await a.get('/referrals/{id}', { params: { id: decodeURIComponent(id) } });
      expect(reply.status).toBe(404);
    }
  });

  it('writes: wrong bodies, wrong versions, wrong types', async () => {
    const a = await agent(ELAN.coordinator);
    const referral = (await a.get('/referrals', { query: { status: 'TO_CONTACT', pageSize: 1 } }))
      .body.items[0];
    const transition = (headers: Record<string, string>, rawBody: string) =>
      a.post('/referrals/{id}/transitions', { params: { id: referral.id }, headers, rawBody });
    refusedCleanly(await transition({ 'If-Match': '"1"' }, 'null'));
    // Records whose rules look at several fields at once (postal code and commune).
    for (const body of ['null', '[]', '"x"']) {
      refusedCleanly(
        await a.patch('/referrals/{id}', {
          params: { id: referral.id },
          headers: { 'If-Match': `"${referral.version}"` },
          rawBody: body,
        }),
      );
      refusedCleanly(await a.post('/mentors', { rawBody: body }));
    }
    refusedCleanly(await transition({ 'If-Match': '"1"' }, '{"to":null}'));
    refusedCleanly(await transition({ 'If-Match': 'abc' }, '{"to":"QUALIFIED"}'));
    refusedCleanly(
      await transition({ 'If-Match': '"99999999999999999999"' }, '{"to":"QUALIFIED"}'),
    );
    refusedCleanly(await a.post('/mentorships', { rawBody: '{"referralId":[],"mentorId":{}}' }));
    const active = (await a.get('/mentorships', { query: { status: 'ACTIVE', pageSize: 1 } })).body
      .items[0];
    refusedCleanly(
      await a.post('/mentorships/{id}/meetings', {
        params: { id: active.id },
        body: { date: 'hier', durationMinutes: 1e12, topics: 'x' },
      }),
    );
    refusedCleanly(
      await a.post('/referrals/bulk', { body: { action: 'TRANSITION', to: 'QUALIFIED', ids: [] } }),
    );
    refusedCleanly(
      await a.post('/referrals/bulk', {
        body: {
          action: 'TRANSITION',
          to: 'QUALIFIED',
          ids: Array.from({ length: 5001 }, (_, i) => `r${i}`),
        },
      }),
    );
    refusedCleanly(
      await a.post('/referrals/bulk', { body: { action: 'ASSIGN', query: 'status=NOPE' } }),
    );
  });

  it('paths outside the contract answer 404; every path of the contract is built', async () => {
    const a = await agent(ELAN.coordinator);
    const unknown = await fetch(`${a.baseUrl}/nope`, { headers: { Cookie: a.cookieHeader() } });
    expect(unknown.status).toBe(404);
    expect((await (await agent()).get('/audit-events')).status).toBe(401);
    expect((await (await agent()).post('/users', { body: {} })).status).toBe(401);
    expect((await (await agent(ELAN.mentor)).get('/audit-events')).status).toBe(403);

    const admin = await agent(ELAN.admin);
    for (const { method, template } of contractOperations) {
      const reply = await fetch(a.baseUrl + template.replace(/\{\w+\}/g, 'ref_none'), {
        method,
        headers: {
          Cookie: admin.cookieHeader(),
          'X-CSRF-Token': admin.csrfToken!,
          'Content-Type': 'application/json',
        },
        body: method === 'GET' || method === 'DELETE' ? undefined : '{}',
      });
      expect(reply.status, `${method} ${template}`).not.toBe(501);
    }
  });

  it('refuses a body not sent as JSON with 415', async () => {
    const a = await agent();
    const reply = await a.post('/auth/login', {
      headers: { 'Content-Type': 'text/plain' },
      rawBody: JSON.stringify({ email: ELAN.coordinator, password: 'binome-demo' }),
    });
    expect(reply.status).toBe(415);
  });

  it('refuses control characters in any text or search, on the field, and stores nothing', async () => {
    const a = await agent(ELAN.coordinator);
    const referral = (await a.get('/referrals', { query: { status: 'TO_CONTACT', pageSize: 1 } }))
      .body.items[0];
    const before = (await a.get('/referrals', { query: { pageSize: 1 } })).body.total;
    // A body's field answers 422; a query's, like any bad query, 400.
    const fieldAtFault = (reply: Reply, pointer: string, status = 422) => {
      refusedCleanly(reply);
      expect(reply.status).toBe(status);
      expect(reply.body.errors).toContainEqual(
        expect.objectContaining({ pointer, message: 'Caractère de contrôle non autorisé' }),
      );
    };
    fieldAtFault(
      await a.post('/referrals', { body: { ...byPhone(), firstName: 'Nul\u0000Byte' } }),
      '/firstName',
    );
    fieldAtFault(
      await a.post('/referrals/{id}/notes', {
        params: { id: referral.id },
        body: { body: 'Appel\u0000' },
      }),
      '/body',
    );
    fieldAtFault(
      await a.post('/referrals/{id}/contact-attempts', {
        params: { id: referral.id },
        body: { channel: 'PHONE', reached: false, note: '\u0007' },
      }),
      '/note',
    );
    fieldAtFault(
      await a.post('/mentors', { body: candidate({ employer: 'A\u0000B' }) }),
      '/employer',
    );
    fieldAtFault(
      await a.post('/saved-views', {
        body: { name: 'Vue\u0000', resource: 'referrals', query: '', shared: false },
      }),
      '/name',
    );
    fieldAtFault(
      await a.post('/intake/referrals', {
        headers: { 'X-API-Key': ELAN_INTAKE_KEY },
        body: { ...youngPerson('1J1S-NUL'), message: 'Bonjour\u0000' },
      }),
      '/message',
    );
    for (const path of ['/referrals', '/mentors', '/search'])
      fieldAtFault(await a.get(path, { query: { q: '\u0000' } }), '/q', 400);
    // Line breaks are text: a note keeps them.
    expect(
      (
        await a.post('/referrals/{id}/notes', {
          params: { id: referral.id },
          body: { body: 'Ligne 1\r\n\tLigne 2' },
        })
      ).status,
    ).toBe(201);
    expect((await a.get('/referrals', { query: { pageSize: 1 } })).body.total).toBe(before);
  });

  it('a name made only of invisible characters is no name', async () => {
    const a = await agent(ELAN.coordinator);
    const reply = await a.post('/referrals', {
      body: { ...byPhone(), firstName: '\u200B\u200B', lastName: '\u00A0\uFEFF' },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: '/firstName', message: 'Indiquez le prénom' }),
        expect.objectContaining({ pointer: '/lastName', message: 'Indiquez le nom' }),
      ]),
    );
  });
});
