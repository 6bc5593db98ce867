import { describe, expect, it } from 'vitest';
import { ELAN, PASSERELLES, agent } from './setup';

describe('GET /mentorships', () => {
  it('shows a mentor only their own pairs, and of the young person no last name', async () => {
    const mentor = await agent(ELAN.mentor);
    const session = await mentor.get('/auth/session');
    const mine = await mentor.get('/mentorships', { query: { pageSize: 200 } });
    expect(mine.status).toBe(200);
    expect(mine.body.total).toBeGreaterThan(0);
    for (const pair of mine.body.items) {
      expect(pair.mentorId).toBe(session.body.user.mentorId);
      expect(pair.mentee.lastName).toBeNull();
    }
  });

  it('shows coordinators every pair of the association, with full names', async () => {
    const all = await (
      await agent(ELAN.coordinator)
    ).get('/mentorships', { query: { pageSize: 200 } });
    expect(all.body.total).toBe(200);
    expect(all.body.items[0].mentee.lastName).toEqual(expect.any(String));
  });

  it('filters by status', async () => {
    const active = await (
      await agent(ELAN.coordinator)
    ).get('/mentorships', { query: { status: 'ACTIVE', pageSize: 200 } });
    expect(active.body.total).toBeGreaterThan(0);
    for (const pair of active.body.items) expect(pair.status).toBe('ACTIVE');
  });
});

describe('GET /mentorships/{id}', () => {
  it('answers 404 to a mentor asking for someone else’s pair, and across associations', async () => {
    const coordinator = await agent(ELAN.coordinator);
    const mentor = await agent(ELAN.mentor);
    const mentorId = (await mentor.get('/auth/session')).body.user.mentorId;
    const all = (await coordinator.get('/mentorships', { query: { pageSize: 200 } })).body.items;
    const theirs = all.find((p: { mentorId: string }) => p.mentorId !== mentorId);
    const own = all.find((p: { mentorId: string }) => p.mentorId === mentorId);

    expect((await mentor.get('/mentorships/{id}', { params: { id: own.id } })).status).toBe(200);
    expect((await mentor.get('/mentorships/{id}', { params: { id: theirs.id } })).status).toBe(404);
    expect(
      (await (await agent(PASSERELLES.admin)).get('/mentorships/{id}', { params: { id: own.id } }))
        .status,
    ).toBe(404);
  });

  it('lists a pair’s meetings, newest first', async () => {
    const coordinator = await agent(ELAN.coordinator);
    const active = (
      await coordinator.get('/mentorships', { query: { status: 'ACTIVE', pageSize: 1 } })
    ).body.items[0];
    const meetings = await coordinator.get('/mentorships/{id}/meetings', {
      params: { id: active.id },
    });
    expect(meetings.status).toBe(200);
    expect(meetings.body.total).toBe(active.meetingsCount);
    const dates = meetings.body.items.map((m: { date: string }) => m.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});
