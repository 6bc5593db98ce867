import { describe, expect, it } from 'vitest';
import { agent, ELAN, ELAN_INTAKE_KEY, PASSERELLES } from './setup';

describe('users, settings and indicators', () => {
  it('lists the association’s accounts to admins only, never with a password', async () => {
    const reply = await (await agent(ELAN.admin)).get('/users');
    expect(reply.status).toBe(200);
    expect(reply.body.items.every((u: { email: string }) => u.email.endsWith('@elan.test'))).toBe(
      true,
    );
    for (const user of reply.body.items) expect(user).not.toHaveProperty('password');
    expect((await (await agent(ELAN.coordinator)).get('/users')).status).toBe(403);
  });

  it('shows the settings with only a hint of the intake key', async () => {
    const reply = await (await agent(PASSERELLES.coordinator)).get('/settings');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      firstContactDelayDays: 7,
      maxContactAttempts: 3,
      menteeAgeMin: 13,
      menteeAgeMax: 25,
    });
    expect(reply.body.intakeKeyHint).toMatch(/^….{4}$/);
    expect(JSON.stringify(reply.body)).not.toContain(ELAN_INTAKE_KEY);
  });

  it('computes indicators for staff, not for mentors', async () => {
    // The seed spreads 400 referrals over the 18 months before today, whatever today is.
    const day = (daysAgo: number) =>
      new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    const reply = await (
      await agent(ELAN.coordinator)
    ).get('/dashboard/indicators', { query: { from: day(548), to: day(0) } });
    expect(reply.status).toBe(200);
    expect(reply.body.referralsReceived).toBeGreaterThan(300);
    expect((await (await agent(ELAN.mentor)).get('/dashboard/indicators')).status).toBe(403);
  });

  it('refuses a malformed period with 400', async () => {
    const reply = await (
      await agent(ELAN.coordinator)
    ).get('/dashboard/indicators', { query: { from: '27/11/2026' } });
    expect(reply.status).toBe(400);
  });
});

describe('GET /team', () => {
  it('lists the association’s staff to coordinators, without mentors or anything private', async () => {
    const reply = await (await agent(ELAN.coordinator)).get('/team');
    expect(reply.status).toBe(200);
    expect(reply.body.map((m: { role: string }) => m.role).sort()).toEqual([
      'admin',
      'coordinator',
      'coordinator',
      'coordinator',
    ]);
    expect(Object.keys(reply.body[0]).sort()).toEqual(['firstName', 'id', 'lastName', 'role']);
    expect((await (await agent(ELAN.mentor)).get('/team')).status).toBe(403);
  });
});
