import { describe, expect, it } from 'vitest';
import { ELAN, PASSERELLES, agent } from './setup';

describe('saved views', () => {
  it('lists the team’s shared views with their live counts', async () => {
    const a = await agent(ELAN.coordinator);
    const views = (await a.get('/saved-views', { query: { resource: 'referrals' } })).body;
    const overdue = views.find((v: { name: string }) => v.name === 'À contacter > 7 j');
    expect(overdue).toMatchObject({
      shared: true,
      resource: 'referrals',
      query: 'status=RECEIVED&status=TO_CONTACT&overdue=true',
    });
    const listed = await a.get('/referrals', {
      query: { status: ['RECEIVED', 'TO_CONTACT'], overdue: true, pageSize: 1 },
    });
    expect(overdue.count).toBe(listed.body.total);
    expect((await (await agent(ELAN.mentor)).get('/saved-views')).status).toBe(403);
  });

  it('keeps a private view to its owner, and shows a shared one to the team', async () => {
    const sophie = await agent(ELAN.coordinator);
    const mine = await sophie.post('/saved-views', {
      body: { name: 'Mes QPV', resource: 'referrals', query: 'priorityPublic=QPV', shared: false },
    });
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({
      name: 'Mes QPV',
      shared: false,
      version: 1,
      count: expect.any(Number),
    });
    const team = await sophie.post('/saved-views', {
      body: {
        name: 'Lycéens',
        resource: 'referrals',
        query: 'situation=HIGH_SCHOOL',
        shared: true,
      },
    });

    const admin = await agent(ELAN.admin);
    const seen = (await admin.get('/saved-views')).body.map((v: { id: string }) => v.id);
    expect(seen).toContain(team.body.id);
    expect(seen).not.toContain(mine.body.id);
    expect(
      (await (await agent(PASSERELLES.coordinator)).get('/saved-views')).body.map(
        (v: { id: string }) => v.id,
      ),
    ).not.toContain(team.body.id);
  });

  it('lets only the owner change or delete a view', async () => {
    const sophie = await agent(ELAN.coordinator);
    const view = (
      await sophie.post('/saved-views', {
        body: { name: 'Garçons', resource: 'referrals', query: 'need=JOB_START', shared: true },
      })
    ).body;
    const admin = await agent(ELAN.admin);
    expect((await admin.delete('/saved-views/{id}', { params: { id: view.id } })).status).toBe(403);
    const renamed = await sophie.put('/saved-views/{id}', {
      params: { id: view.id },
      headers: { 'If-Match': '"1"' },
      body: { ...view, name: 'Prise de poste' },
    });
    expect(renamed.body).toMatchObject({ name: 'Prise de poste', version: 2 });
    const stale = await sophie.put('/saved-views/{id}', {
      params: { id: view.id },
      headers: { 'If-Match': '"1"' },
      body: { ...view, name: 'Autre' },
    });
    expect(stale.status).toBe(409);
    expect((await sophie.delete('/saved-views/{id}', { params: { id: view.id } })).status).toBe(
      204,
    );
    expect((await sophie.get('/saved-views')).body.map((v: { id: string }) => v.id)).not.toContain(
      view.id,
    );
  });

  it('refuses a view whose filters do not parse, pointing at them', async () => {
    const reply = await (
      await agent(ELAN.coordinator)
    ).post('/saved-views', {
      body: { name: 'Cassée', resource: 'referrals', query: 'status=NOPE', shared: false },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.errors[0].pointer).toBe('/query');
  });

  it('keeps a view of the pairs with its live count, the same as the list', async () => {
    const coordinator = await agent(ELAN.coordinator);
    const me = (await coordinator.get('/auth/session')).body.user.id;
    const query = `health=AT_RISK&health=CHECK_IN&coordinatorId=${me}`;
    const created = await coordinator.post('/saved-views', {
      body: { name: 'Mes binômes à suivre', resource: 'mentorships', query, shared: false },
    });
    expect(created.status).toBe(201);
    const list = await coordinator.get('/mentorships', {
      query: { health: ['AT_RISK', 'CHECK_IN'], coordinatorId: me, pageSize: 1 },
    });
    expect(created.body.count).toBe(list.body.total);
    const views = await coordinator.get('/saved-views', { query: { resource: 'mentorships' } });
    expect(views.body.map((v: { name: string }) => v.name)).toEqual(['Mes binômes à suivre']);
    const broken = await coordinator.post('/saved-views', {
      body: { name: 'Cassée', resource: 'mentorships', query: 'health=NOPE', shared: false },
    });
    expect(broken.status).toBe(422);
    expect(broken.body.errors[0].pointer).toBe('/query');
  });
});
