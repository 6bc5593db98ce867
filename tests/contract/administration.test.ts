import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { youngPerson } from './bodies';
import type { Agent } from './http';
import { agent, backend, ELAN, ELAN_INTAKE_KEY, PASSERELLES } from './setup';

const newcomer = {
  email: 'lea.martin@elan.test',
  firstName: 'Léa',
  lastName: 'Martin',
  role: 'coordinator',
};

async function userByEmail(admin: Agent, email: string) {
  const reply = await admin.get('/users', { query: { q: email } });
  return reply.body.items[0] as { id: string; version: number; role: string; active: boolean };
}

async function auditOf(admin: Agent, query: Record<string, string>) {
  const reply = await admin.get('/audit-events', { query });
  expect(reply.status).toBe(200);
  return reply.body.items as {
    action: string;
    actorName: string;
    fields: string[];
    changes: { field: string; before: unknown; after: unknown }[];
    details: Record<string, unknown> | null;
  }[];
}

describe('accounts', () => {
  it('invites a coordinator with a temporary password to change at first login', async () => {
    const admin = await agent(ELAN.admin);
    const invited = await admin.post('/users', { body: newcomer });
    expect(invited.status).toBe(201);
    expect(invited.body.user).toMatchObject({
      ...newcomer,
      active: true,
      mustChangePassword: true,
    });
    const password = invited.body.temporaryPassword as string;
    expect(password.length).toBeGreaterThanOrEqual(12);

    const lea = await agent();
    const session = await lea.login(newcomer.email, password);
    expect(session.body.user.mustChangePassword).toBe(true);
    const changed = await lea.post('/auth/password', {
      body: { currentPassword: password, newPassword: 'un mot de passe à moi' },
    });
    expect(changed.status).toBe(204);
    expect((await lea.get('/auth/session')).body.user.mustChangePassword).toBe(false);

    const [created] = await auditOf(admin, { entityId: invited.body.user.id, action: 'user' });
    expect(created).toMatchObject({ action: 'user.create', actorName: 'Nadia Benali' });
    expect(created!.changes).toContainEqual({ field: 'role', before: null, after: 'coordinator' });
    expect(JSON.stringify(await auditOf(admin, {}))).not.toContain(password);
  });

  it('refuses an email the association already uses, on its field', async () => {
    const reply = await (
      await agent(ELAN.admin)
    ).post('/users', { body: { ...newcomer, email: 'Coordination@Elan.test' } });
    expect(reply.status).toBe(409);
    expect(reply.body.errors[0].pointer).toBe('/email');
  });

  it('changes a role with the version read, and logs it before and after', async () => {
    const admin = await agent(ELAN.admin);
    const sophie = await userByEmail(admin, ELAN.coordinator);
    expect(
      (await admin.patch('/users/{id}', { params: { id: sophie.id }, body: { role: 'admin' } }))
        .status,
    ).toBe(428);
    const promoted = await admin.patch('/users/{id}', {
      params: { id: sophie.id },
      headers: { 'If-Match': `"${sophie.version}"` },
      body: { role: 'admin' },
    });
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({ role: 'admin', version: sophie.version + 1 });
    const stale = await admin.patch('/users/{id}', {
      params: { id: sophie.id },
      headers: { 'If-Match': `"${sophie.version}"` },
      body: { role: 'coordinator' },
    });
    expect(stale.status).toBe(409);

    const [entry] = await auditOf(admin, { entityId: sophie.id });
    expect(entry).toMatchObject({
      action: 'user.role',
      fields: ['role'],
      changes: [{ field: 'role', before: 'coordinator', after: 'admin' }],
    });
  });

  it('ends a deactivated account’s sessions at once, and lets it back in once reactivated', async () => {
    const admin = await agent(ELAN.admin);
    const coordinator = await agent(ELAN.coordinator);
    expect((await coordinator.get('/referrals')).status).toBe(200);
    const sophie = await userByEmail(admin, ELAN.coordinator);
    const off = await admin.patch('/users/{id}', {
      params: { id: sophie.id },
      headers: { 'If-Match': `"${sophie.version}"` },
      body: { active: false },
    });
    expect(off.status).toBe(200);
    expect((await coordinator.get('/referrals')).status).toBe(401);
    expect((await coordinator.get('/auth/session')).status).toBe(204);
    const refused = await (
      await agent()
    ).post('/auth/login', { body: { email: ELAN.coordinator, password: 'binome-demo' } });
    expect(refused.status).toBe(401);
    // Gone from the team one assigns referrals to.
    const team = (await admin.get('/team')).body as { id: string }[];
    expect(team.map((m) => m.id)).not.toContain(sophie.id);

    await admin.patch('/users/{id}', {
      params: { id: sophie.id },
      headers: { 'If-Match': `"${off.body.version}"` },
      body: { active: true },
    });
    expect((await agent(ELAN.coordinator)).csrfToken).toBeTruthy();
    const actions = (await auditOf(admin, { entityId: sophie.id, action: 'user' })).map(
      (e) => e.action,
    );
    expect(actions.slice(0, 2)).toEqual(['user.reactivate', 'user.deactivate']);
  });

  it('keeps an active admin: of two admins demoting each other at once, one only succeeds', async () => {
    const nadia = await agent(ELAN.admin);
    const sophie = await userByEmail(nadia, ELAN.coordinator);
    await nadia.patch('/users/{id}', {
      params: { id: sophie.id },
      headers: { 'If-Match': `"${sophie.version}"` },
      body: { role: 'admin' },
    });
    const sophieAgent = await agent(ELAN.coordinator);
    const nadiaUser = await userByEmail(nadia, ELAN.admin);
    const sophieNow = await userByEmail(nadia, ELAN.coordinator);
    const replies = await Promise.all([
      nadia.patch('/users/{id}', {
        params: { id: sophieNow.id },
        headers: { 'If-Match': `"${sophieNow.version}"` },
        body: { active: false },
      }),
      sophieAgent.patch('/users/{id}', {
        params: { id: nadiaUser.id },
        headers: { 'If-Match': `"${nadiaUser.version}"` },
        body: { role: 'coordinator' },
      }),
    ]);
    // Whichever goes first wins; the other is refused: no longer an admin's (403), its session
    // ended (401), or the last admin kept (409).
    expect(replies.filter((r) => r.status === 200)).toHaveLength(1);
    expect(replies.map((r) => r.status).sort()[1]).toBeOneOf([401, 403, 409]);
    const admins = (await agent(ELAN.admin)).get('/users', { query: { role: 'admin' } });
    const active = ((await admins).body.items as { active: boolean }[]).filter((u) => u.active);
    expect(active).toHaveLength(1);
  });

  it('ends a session left unused past the inactivity timeout', async () => {
    const idle = await agent(ELAN.coordinator);
    const busy = await agent(ELAN.admin);
    const unusedFor = (email: string, minutes: number) =>
      backend
        .database()
        .db.execute(
          sql`update sessions set last_seen_at = now() - make_interval(mins => ${minutes}) where user_id = (select id from users where email = ${email})`,
        );
    await unusedFor(ELAN.coordinator, 61);
    await unusedFor(ELAN.admin, 30);
    expect((await idle.get('/referrals')).status).toBe(401);
    expect((await busy.get('/referrals')).status).toBe(200);
    // A request counts as activity: the admin's session starts a new hour.
    await unusedFor(ELAN.admin, 45);
    expect((await busy.get('/referrals')).status).toBe(200);
  });

  it('refuses an admin removing their own access', async () => {
    const admin = await agent(ELAN.admin);
    const me = await userByEmail(admin, ELAN.admin);
    const reply = await admin.patch('/users/{id}', {
      params: { id: me.id },
      headers: { 'If-Match': `"${me.version}"` },
      body: { active: false },
    });
    expect(reply.status).toBe(409);
    expect(reply.body.detail).toMatch(/autre administrateur/);
  });

  it('resets another’s password: their sessions end, the new one is temporary', async () => {
    const admin = await agent(ELAN.admin);
    const coordinator = await agent(ELAN.coordinator);
    const sophie = await userByEmail(admin, ELAN.coordinator);
    const reset = await admin.post('/users/{id}/password-reset', { params: { id: sophie.id } });
    expect(reset.status).toBe(200);
    expect(reset.body.user.mustChangePassword).toBe(true);
    expect((await coordinator.get('/referrals')).status).toBe(401);
    const again = await agent();
    expect(
      (
        await again.post('/auth/login', {
          body: { email: ELAN.coordinator, password: 'binome-demo' },
        })
      ).status,
    ).toBe(401);
    await again.login(ELAN.coordinator, reset.body.temporaryPassword);
    const [entry] = await auditOf(admin, { entityId: sophie.id, action: 'user' });
    expect(entry).toMatchObject({ action: 'user.password_reset', fields: ['password'] });
    expect(entry!.changes).toEqual([]);
  });

  it('answers 403 to coordinators and mentors, 404 for another association’s account', async () => {
    const other = await userByEmail(await agent(PASSERELLES.admin), PASSERELLES.coordinator);
    const admin = await agent(ELAN.admin);
    for (const email of [ELAN.coordinator, ELAN.mentor]) {
      const a = await agent(email);
      expect((await a.get('/users')).status).toBe(403);
      expect((await a.post('/users', { body: newcomer })).status).toBe(403);
      expect(
        (
          await a.patch('/users/{id}', {
            params: { id: other.id },
            headers: { 'If-Match': '"1"' },
            body: { active: false },
          })
        ).status,
      ).toBe(403);
      expect(
        (await a.post('/users/{id}/password-reset', { params: { id: other.id } })).status,
      ).toBe(403);
      expect((await a.get('/audit-events')).status).toBe(403);
      expect((await a.post('/settings/intake-key')).status).toBe(403);
    }
    expect(
      (
        await admin.patch('/users/{id}', {
          params: { id: other.id },
          headers: { 'If-Match': `"${other.version}"` },
          body: { active: false },
        })
      ).status,
    ).toBe(404);
    expect(
      (await admin.post('/users/{id}/password-reset', { params: { id: other.id } })).status,
    ).toBe(404);
  });
});

describe('settings', () => {
  const settingsOf = async (a: Agent) => (await a.get('/settings')).body;
  const input = (s: Record<string, unknown>) => {
    const { version: _v, intakeKeyHint: _h, previousIntakeKeyUntil: _p, ...rest } = s;
    return rest;
  };

  it('saves with the version read; a threshold changes the lists that use it at once', async () => {
    const admin = await agent(ELAN.admin);
    const coordinator = await agent(ELAN.coordinator);
    const overdue = async () =>
      (await coordinator.get('/referrals', { query: { overdue: true, pageSize: 1 } })).body
        .total as number;
    const current = await settingsOf(admin);
    expect(current.associationName).toBe('Élan Mentorat Rhône');
    expect(current.departments).toContain('69');
    const before = await overdue();

    const saved = await admin.put('/settings', {
      headers: { 'If-Match': `"${current.version}"` },
      body: { ...input(current), firstContactDelayDays: 30, associationName: 'Élan Rhône' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: current.version + 1, firstContactDelayDays: 30 });
    expect(await overdue()).toBeLessThan(before);
    expect((await coordinator.get('/auth/session')).body.association.name).toBe('Élan Rhône');

    const stale = await admin.put('/settings', {
      headers: { 'If-Match': `"${current.version}"` },
      body: input(current),
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current.firstContactDelayDays).toBe(30);

    const [entry] = await auditOf(admin, { entityType: 'settings' });
    expect(entry).toMatchObject({ action: 'settings.update' });
    expect(entry!.changes).toEqual([
      { field: 'associationName', before: 'Élan Mentorat Rhône', after: 'Élan Rhône' },
      { field: 'firstContactDelayDays', before: 7, after: 30 },
    ]);
  });

  it('points at each field that does not hold, and at the one to change when two disagree', async () => {
    const admin = await agent(ELAN.admin);
    const current = await settingsOf(admin);
    const reply = await admin.put('/settings', {
      headers: { 'If-Match': `"${current.version}"` },
      body: {
        ...input(current),
        menteeAgeMin: 20,
        menteeAgeMax: 18,
        departments: ['99'],
        inactivityTimeoutMinutes: 1,
      },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '/departments/0',
      '/inactivityTimeoutMinutes',
      '/menteeAgeMax',
    ]);
    expect((await settingsOf(admin)).version).toBe(current.version);
  });

  it('rotates the intake key: the new one works, the old one still does for a day', async () => {
    const admin = await agent(ELAN.admin);
    const rotated = await admin.post('/settings/intake-key');
    expect(rotated.status).toBe(201);
    const platform = await agent();
    for (const [key, id] of [
      [rotated.body.key, '1J1S-910001'],
      [ELAN_INTAKE_KEY, '1J1S-910002'],
    ])
      expect(
        (
          await platform.post('/intake/referrals', {
            headers: { 'X-API-Key': key },
            body: youngPerson(id),
          })
        ).status,
      ).toBe(201);
    const settings = await settingsOf(admin);
    expect(settings.intakeKeyHint).toBe(`…${rotated.body.key.slice(-4)}`);
    expect(Date.parse(settings.previousIntakeKeyUntil) - Date.now()).toBeGreaterThan(23 * 3.6e6);
    const [entry] = await auditOf(admin, { action: 'settings.intake_key' });
    expect(JSON.stringify(entry)).not.toContain(rotated.body.key);
  });

  it('stops the old key once its day is over', async () => {
    const admin = await agent(ELAN.admin);
    await admin.post('/settings/intake-key');
    await backend
      .database()
      .db.execute(
        sql`update settings set previous_intake_key_until = now() - interval '1 minute' where association_id = 'asso_elan'`,
      );
    const reply = await (
      await agent()
    ).post('/intake/referrals', {
      headers: { 'X-API-Key': ELAN_INTAKE_KEY },
      body: youngPerson('1J1S-910003'),
    });
    expect(reply.status).toBe(401);
    expect((await admin.get('/settings')).body.previousIntakeKeyUntil).toBeNull();
  });

  it('previews other matching weights on a waiting young person without saving them', async () => {
    const admin = await agent(ELAN.admin);
    const before = (await admin.get('/settings')).body;
    const waiting = await admin.get('/referrals', {
      query: { status: 'AWAITING_MATCH', pageSize: 1 },
    });
    const id = waiting.body.items[0].id;
    const saved = await admin.get('/referrals/{id}/suggestions', {
      params: { id },
      query: { limit: 50 },
    });
    const onlyProximity =
      'needs:0,sector:0,proximity:10,availability:0,language:0,preferences:0,loadBalance:0';
    const tried = await admin.get('/referrals/{id}/suggestions', {
      params: { id },
      query: { limit: 50, weights: onlyProximity },
    });
    expect(tried.status).toBe(200);
    const scores = (reply: typeof saved) =>
      Object.fromEntries(
        (reply.body as { mentor: { id: string }; score: number }[]).map((s) => [
          s.mentor.id,
          s.score,
        ]),
      );
    expect(scores(tried)).not.toEqual(scores(saved));
    expect((await admin.get('/settings')).body.version).toBe(before.version);
    const bad = await admin.get('/referrals/{id}/suggestions', {
      params: { id },
      query: { weights: 'needs:11' },
    });
    expect(bad.status).toBe(400);
  });

  it('answers 403 to a coordinator saving them', async () => {
    const coordinator = await agent(ELAN.coordinator);
    const current = await settingsOf(coordinator);
    const reply = await coordinator.put('/settings', {
      headers: { 'If-Match': `"${current.version}"` },
      body: input(current),
    });
    expect(reply.status).toBe(403);
  });
});

describe('the audit log', () => {
  it('keeps each change’s before and after: a referral, its status, a mentor, a pair', async () => {
    const admin = await agent(ELAN.admin);
    const coordinator = await agent(ELAN.coordinator);
    const referral = (await coordinator.get('/referrals', { query: { status: 'TO_CONTACT' } })).body
      .items[0];
    const edited = await coordinator.patch('/referrals/{id}', {
      params: { id: referral.id },
      headers: { 'If-Match': `"${referral.version}"` },
      body: { commune: referral.commune, situation: 'APPRENTICE' },
    });
    await coordinator.post('/referrals/{id}/transitions', {
      params: { id: referral.id },
      headers: { 'If-Match': `"${edited.body.version}"` },
      body: { to: 'QUALIFIED' },
    });
    const entries = await auditOf(admin, { entityId: referral.id, action: 'referral' });
    expect(entries.map((e) => [e.action, e.actorName, e.changes])).toEqual([
      [
        'referral.transition',
        'Sophie Marchand',
        [{ field: 'status', before: 'TO_CONTACT', after: 'QUALIFIED' }],
      ],
      [
        'referral.update',
        'Sophie Marchand',
        [{ field: 'situation', before: referral.situation, after: 'APPRENTICE' }],
      ],
    ]);

    const mentor = (await coordinator.get('/mentors', { query: { status: 'AVAILABLE' } })).body
      .items[0];
    const full = (await coordinator.get('/mentors/{id}', { params: { id: mentor.id } })).body;
    await coordinator.patch('/mentors/{id}', {
      params: { id: mentor.id },
      headers: { 'If-Match': `"${full.version}"` },
      body: { hoursPerMonth: full.hoursPerMonth + 1 },
    });
    const [mentorEntry] = await auditOf(admin, { entityId: mentor.id, action: 'mentor.update' });
    expect(mentorEntry!.changes).toEqual([
      { field: 'hoursPerMonth', before: full.hoursPerMonth, after: full.hoursPerMonth + 1 },
    ]);

    const pair = (await coordinator.get('/mentorships', { query: { status: 'ACTIVE' } })).body
      .items[0];
    await coordinator.post('/mentorships/{id}/transitions', {
      params: { id: pair.id },
      headers: { 'If-Match': `"${pair.version}"` },
      body: { to: 'PAUSED', reason: 'Examens' },
    });
    const [pairEntry] = await auditOf(admin, { entityId: pair.id });
    expect(pairEntry).toMatchObject({ action: 'mentorship.transition' });
    expect(pairEntry!.changes).toContainEqual({
      field: 'status',
      before: 'ACTIVE',
      after: 'PAUSED',
    });
  });

  it('logs logins and failed logins, filtered by action and period, of the association only', async () => {
    await (await agent()).post('/auth/login', { body: { email: ELAN.coordinator, password: 'x' } });
    const admin = await agent(ELAN.admin);
    const sophie = await userByEmail(admin, ELAN.coordinator);
    const today = new Date().toISOString().slice(0, 10);
    const failed = await auditOf(admin, { action: 'auth.login_failed', from: today, to: today });
    expect(failed[0]).toMatchObject({ actorName: 'Système' });
    const page = await admin.get('/audit-events', {
      query: { entityId: sophie.id, pageSize: 50 },
    });
    expect(page.body.items.map((e: { action: string }) => e.action)).toContain('auth.login_failed');
    const others = await auditOf(await agent(PASSERELLES.admin), { entityId: sophie.id });
    expect(others).toEqual([]);
    expect((await admin.get('/audit-events', { query: { from: 'hier' } })).status).toBe(400);
  });

  it('exports the filtered log for admins only, and the export is logged too', async () => {
    const admin = await agent(ELAN.admin);
    const karim = await userByEmail(admin, 'karim.haddad@elan.test');
    await admin.post('/users/{id}/password-reset', { params: { id: karim.id } });
    const csv = await admin.get('/exports/{kind}', {
      params: { kind: 'audit' },
      query: { action: 'user' },
    });
    expect(csv.status).toBe(200);
    const lines = (csv.body as string).slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Date;Auteur;Action;Type;Enregistrement;Modifications');
    expect(lines.slice(1).map((l) => l.split(';')[2])).toEqual(['Mot de passe réinitialisé']);
    const [entry] = await auditOf(admin, { action: 'export.audit' });
    expect(entry!.details).toMatchObject({ rows: 1, filters: { action: 'user' } });
    const refused = await (
      await agent(ELAN.coordinator)
    ).get('/exports/{kind}', { params: { kind: 'audit' } });
    expect(refused.status).toBe(403);
  });

  it('cannot be changed or deleted through the API', async () => {
    const admin = await agent(ELAN.admin);
    const [entry] = await auditOf(admin, {});
    for (const method of ['DELETE', 'PUT', 'PATCH', 'POST'])
      for (const path of ['/audit-events', `/audit-events/${(entry as { id?: string }).id}`]) {
        const reply = await fetch(admin.baseUrl + path, {
          method,
          headers: {
            Cookie: admin.cookieHeader(),
            'X-CSRF-Token': admin.csrfToken!,
            'Content-Type': 'application/json',
          },
          body: method === 'DELETE' ? undefined : '{}',
        });
        expect(reply.status, `${method} ${path}`).toBe(404);
      }
    expect((await auditOf(admin, {}))[0]).toEqual(entry);
  });
});
