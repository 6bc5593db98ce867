import { describe, expect, it } from 'vitest';
import { Agent } from './http';
import { ELAN, agent, backend } from './setup';

describe('authentication', () => {
  it('logs in, keeps the session in a cookie and gives a CSRF token', async () => {
    const a = await agent();
    const reply = await a.post('/auth/login', {
      body: { email: 'Coordination@Elan.test', password: 'binome-demo' },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.user).toMatchObject({ email: 'coordination@elan.test', role: 'coordinator' });
    expect(reply.body.user).not.toHaveProperty('password');
    expect(reply.body.association.name).toBe('Élan Mentorat Rhône');
    expect(reply.headers.getSetCookie().join()).toMatch(/binome_session=[^;]+;.*SameSite=Strict/i);

    const session = await a.get('/auth/session');
    expect(session.status).toBe(200);
    // Answers carry minors' data: kept by no cache, never sniffed, never framed.
    expect(session.headers.get('Cache-Control')).toBe('no-store');
    expect(session.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(session.headers.get('Referrer-Policy')).toBe('same-origin');
    expect(session.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(session.body.csrfToken).toBe(reply.body.csrfToken);
  });

  it('answers 204 to a session check without a session', async () => {
    expect((await (await agent()).get('/auth/session')).status).toBe(204);
  });

  it('refuses a wrong password with the same answer as an unknown email', async () => {
    const a = await agent();
    const wrong = await a.post('/auth/login', { body: { email: ELAN.admin, password: 'nope' } });
    const unknown = await a.post('/auth/login', {
      body: { email: 'personne@elan.test', password: 'nope' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
  });

  it('points at each invalid field, and refuses a body that is not JSON', async () => {
    const a = await agent();
    const invalid = await a.post('/auth/login', { body: { email: 'pas-un-email' } });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '/email',
      '/password',
    ]);

    const malformed = await a.post('/auth/login', { rawBody: '{"email":' });
    expect(malformed.status).toBe(400);
  });

  it('stops password guessing after five failures', async () => {
    const a = await agent();
    for (let i = 0; i < 5; i++) {
      expect(
        (await a.post('/auth/login', { body: { email: ELAN.admin, password: `guess-${i}` } }))
          .status,
      ).toBe(401);
    }
    const blocked = await a.post('/auth/login', {
      body: { email: ELAN.admin, password: 'binome-demo' },
    });
    expect(blocked.status).toBe(429);
  });

  it('lets no more than five password checks through, however many logins arrive at once', async () => {
    const a = await agent();
    for (let i = 0; i < 4; i++)
      await a.post('/auth/login', { body: { email: ELAN.admin, password: `guess-${i}` } });
    const racing = await Promise.all(
      Array.from({ length: 31 }, (_, i) =>
        new Agent(backend.baseUrl).post('/auth/login', {
          body: { email: ELAN.admin, password: i === 30 ? 'binome-demo' : `race-${i}` },
        }),
      ),
    );
    // The fifth attempt is the only one checked: whichever it was, every other one is refused.
    expect(racing.filter((r) => r.status !== 429)).toHaveLength(1);
  });

  it('checks five passwords of forty wrong ones sent at once', async () => {
    const flood = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        new Agent(backend.baseUrl).post('/auth/login', {
          body: { email: ELAN.coordinator, password: `flood-${i}` },
        }),
      ),
    );
    expect(flood.filter((r) => r.status === 401)).toHaveLength(5);
    expect(flood.filter((r) => r.status === 429)).toHaveLength(35);
  });

  it('stops one client address trying many accounts, and forgets an address’s successes', async () => {
    const a = await agent();
    // Logging in well does not use up the address's attempts (a whole office behind one address).
    for (let i = 0; i < 35; i++) expect((await agent(ELAN.coordinator)).csrfToken).toBeTruthy();
    for (let i = 0; i < 30; i++) {
      const reply = await a.post('/auth/login', {
        body: { email: `inconnu-${i}@elan.test`, password: 'nope' },
      });
      expect(reply.status).toBe(401);
    }
    const blocked = await a.post('/auth/login', {
      body: { email: ELAN.coordinator, password: 'binome-demo' },
    });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('Retry-After')).toBe('900');
    // 66 password checks, one after the other: a slow machine takes its time.
  }, 60_000);

  it('logs out: the session no longer works', async () => {
    const a = await agent(ELAN.coordinator);
    expect((await a.post('/auth/logout')).status).toBe(204);
    expect((await a.get('/auth/session')).status).toBe(204);
    expect((await a.get('/referrals')).status).toBe(401);
  });

  it('refuses an unsafe request without the CSRF token', async () => {
    const a = await agent(ELAN.coordinator);
    const reply = await a.post('/auth/logout', { noCsrf: true });
    expect(reply.status).toBe(403);
    expect((await a.get('/auth/session')).status).toBe(200);
  });
});

describe('POST /auth/password', () => {
  it('changes one’s own password with the current one and ends the other sessions', async () => {
    const phone = await agent(ELAN.mentor);
    const laptop = await agent(ELAN.mentor);
    const changed = await laptop.post('/auth/password', {
      body: { currentPassword: 'binome-demo', newPassword: 'un nouveau mot de passe' },
    });
    expect(changed.status).toBe(204);
    expect((await laptop.get('/auth/session')).status).toBe(200);
    expect((await phone.get('/auth/session')).status).toBe(204);
    const old = await new Agent(backend.baseUrl).post('/auth/login', {
      body: { email: ELAN.mentor, password: 'binome-demo' },
    });
    expect(old.status).toBe(401);
    await new Agent(backend.baseUrl).login(ELAN.mentor, 'un nouveau mot de passe');
  });

  it('points at a wrong current password, a short or unchanged new one', async () => {
    const coordinator = await agent(ELAN.coordinator);
    const wrong = await coordinator.post('/auth/password', {
      body: { currentPassword: 'pas le bon', newPassword: 'un nouveau mot de passe' },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual([
      '/currentPassword',
    ]);
    const short = await coordinator.post('/auth/password', {
      body: { currentPassword: 'binome-demo', newPassword: 'court' },
    });
    expect(short.status).toBe(422);
    expect(short.body.errors[0]).toMatchObject({
      pointer: '/newPassword',
      message: 'Au moins 12 caractères',
    });
    const same = await coordinator.post('/auth/password', {
      body: { currentPassword: 'binome-demo-long', newPassword: 'binome-demo-long' },
    });
    expect(same.body.errors[0].pointer).toBe('/newPassword');
    expect((await (await agent()).post('/auth/password', { body: {} })).status).toBe(401);
  });
});
