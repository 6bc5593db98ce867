import { describe, expect, it } from 'vitest';
import type { Agent } from './http';
import { ELAN, PASSERELLES, agent } from './setup';

async function awaitingReferral(a: Agent, adult = true) {
  const list = await a.get('/referrals', {
    query: {
      status: 'AWAITING_MATCH',
      ageBand: adult ? ['18_20', '21_25'] : ['15_17'],
      pageSize: 1,
    },
  });
  return list.body.items[0];
}

/** A mentor who can take an adult now: available, with a place, remote-capable. */
async function availableMentor(a: Agent) {
  const pairs = await a.get('/mentorships', { query: { status: ['ACTIVE'], pageSize: 1 } });
  return pairs.body.items[0].mentorId as string;
}

describe('POST /mentorships (proposal)', () => {
  it('proposes a pair: the referral moves to MATCH_PROPOSED and the pair starts as PROPOSED', async () => {
    const a = await agent(ELAN.coordinator);
    const referral = await awaitingReferral(a);
    const mentors = (await a.get('/mentorships', { query: { pageSize: 200 } })).body.items.map(
      (p: { mentorId: string }) => p.mentorId,
    );
    let created;
    for (const mentorId of new Set<string>(mentors)) {
      const reply = await a.post('/mentorships', { body: { referralId: referral.id, mentorId } });
      if (reply.status === 201) {
        created = reply.body;
        break;
      }
      expect([409, 422]).toContain(reply.status);
    }
    expect(created).toMatchObject({
      status: 'PROPOSED',
      referralId: referral.id,
      meetingsCount: 0,
    });
    const after = await a.get('/referrals/{id}', { params: { id: referral.id } });
    expect(after.body).toMatchObject({ status: 'MATCH_PROPOSED', version: referral.version + 1 });
    const again = await a.post('/mentorships', {
      body: { referralId: referral.id, mentorId: created.mentorId },
    });
    expect(again.status).toBe(409);
  });

  it('is for staff only, inside the association', async () => {
    const a = await agent(ELAN.coordinator);
    const referral = await awaitingReferral(a);
    const mentorId = await availableMentor(a);
    expect(
      (
        await (
          await agent(ELAN.mentor)
        ).post('/mentorships', { body: { referralId: referral.id, mentorId } })
      ).status,
    ).toBe(403);
    expect(
      (
        await (
          await agent(PASSERELLES.coordinator)
        ).post('/mentorships', { body: { referralId: referral.id, mentorId } })
      ).status,
    ).toBe(404);
  });

  it('points at the missing field', async () => {
    const reply = await (
      await agent(ELAN.coordinator)
    ).post('/mentorships', { body: { referralId: 'x' } });
    expect(reply.status).toBe(422);
    expect(reply.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/mentorId']);
  });
});

describe('POST /mentorships/{id}/meetings', () => {
  const meeting = {
    date: '2026-11-20',
    durationMinutes: 60,
    modality: 'PUBLIC_PLACE',
    topics: ['ORIENTATION'],
    notes: 'Point sur le CV.',
    attendance: 'HELD',
    concern: false,
  };

  it('lets a mentor log a meeting of their own pair, and nobody else’s', async () => {
    const mentor = await agent(ELAN.mentor);
    const own = (await mentor.get('/mentorships', { query: { status: 'ACTIVE', pageSize: 1 } }))
      .body.items[0];
    const reply = await mentor.post('/mentorships/{id}/meetings', {
      params: { id: own.id },
      body: { ...meeting, date: new Date().toISOString().slice(0, 10) },
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ mentorshipId: own.id, attendance: 'HELD', version: 1 });
    const after = await mentor.get('/mentorships/{id}', { params: { id: own.id } });
    expect(after.body.meetingsCount).toBe(own.meetingsCount + 1);

    const coordinator = await agent(ELAN.coordinator);
    const mentorId = (await mentor.get('/auth/session')).body.user.mentorId;
    const others = (
      await coordinator.get('/mentorships', { query: { status: 'ACTIVE', pageSize: 50 } })
    ).body.items;
    const notOwn = others.find((p: { mentorId: string }) => p.mentorId !== mentorId);
    expect(
      (
        await mentor.post('/mentorships/{id}/meetings', {
          params: { id: notOwn.id },
          body: meeting,
        })
      ).status,
    ).toBe(404);
  });

  it('makes an accepted pair active with its first meeting held', async () => {
    const a = await agent(ELAN.coordinator);
    const accepted = (await a.get('/mentorships', { query: { status: 'ACCEPTED', pageSize: 1 } }))
      .body.items[0];
    expect(
      (await a.post('/mentorships/{id}/meetings', { params: { id: accepted.id }, body: meeting }))
        .status,
    ).toBe(201);
    const after = await a.get('/mentorships/{id}', { params: { id: accepted.id } });
    expect(after.body).toMatchObject({ status: 'ACTIVE', version: accepted.version + 1 });
    expect(after.body.startedAt).toEqual(expect.any(String));
  });

  it('refuses a meeting in the future, and one for a closed pair', async () => {
    const a = await agent(ELAN.coordinator);
    const active = (await a.get('/mentorships', { query: { status: 'ACTIVE', pageSize: 1 } })).body
      .items[0];
    const future = await a.post('/mentorships/{id}/meetings', {
      params: { id: active.id },
      body: { ...meeting, date: '2099-01-01' },
    });
    expect(future.status).toBe(422);
    expect(future.body.errors[0].pointer).toBe('/date');
    const closed = (await a.get('/mentorships', { query: { status: 'CLOSED', pageSize: 1 } })).body
      .items[0];
    expect(
      (await a.post('/mentorships/{id}/meetings', { params: { id: closed.id }, body: meeting }))
        .status,
    ).toBe(409);
    const invalid = await a.post('/mentorships/{id}/meetings', {
      params: { id: active.id },
      body: { ...meeting, durationMinutes: 0, attendance: 'MAYBE' },
    });
    expect(invalid.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '/attendance',
      '/durationMinutes',
    ]);
  });
});

describe('POST /referrals/bulk', () => {
  it('applies what the lifecycle allows row by row and says why the others failed', async () => {
    const a = await agent(ELAN.coordinator);
    const toContact = (await a.get('/referrals', { query: { status: 'TO_CONTACT', pageSize: 2 } }))
      .body.items;
    const matched = (await a.get('/referrals', { query: { status: 'MATCHED', pageSize: 1 } })).body
      .items;
    const ids = [...toContact, ...matched].map((r: { id: string }) => r.id);
    const reply = await a.post('/referrals/bulk', {
      body: { action: 'TRANSITION', to: 'QUALIFIED', ids },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.succeeded).toBe(2);
    expect(reply.body.failed).toEqual([
      expect.objectContaining({
        id: matched[0].id,
        reason: expect.stringContaining('Transition impossible'),
      }),
    ]);
    for (const r of toContact) {
      expect((await a.get('/referrals/{id}', { params: { id: r.id } })).body).toMatchObject({
        status: 'QUALIFIED',
        version: r.version + 1,
      });
    }
  });

  it('acts on every row matching the filters once the count is confirmed, and refuses a stale count', async () => {
    const a = await agent(ELAN.coordinator);
    const query = 'status=RECEIVED&assigneeId=none';
    const count = (
      await a.get('/referrals', { query: { status: 'RECEIVED', assigneeId: 'none', pageSize: 1 } })
    ).body.total;
    expect(count).toBeGreaterThan(0);
    const stale = await a.post('/referrals/bulk', {
      body: { action: 'ASSIGN', assigneeId: 'usr_ela_coord2', query, expectedCount: count + 1 },
    });
    expect(stale.status).toBe(409);
    const reply = await a.post('/referrals/bulk', {
      body: { action: 'ASSIGN', assigneeId: 'usr_ela_coord2', query, expectedCount: count },
    });
    expect(reply.body).toEqual({ succeeded: count, failed: [] });
    expect(
      (await a.get('/referrals', { query: { status: 'RECEIVED', assigneeId: 'none' } })).body.total,
    ).toBe(0);
  });

  it('refuses an assignee from outside the team, and a body without rows', async () => {
    const a = await agent(ELAN.coordinator);
    const id = (await a.get('/referrals', { query: { pageSize: 1 } })).body.items[0].id;
    const outsider = await a.post('/referrals/bulk', {
      body: { action: 'ASSIGN', assigneeId: 'usr_pas_coord1', ids: [id] },
    });
    expect(outsider.status).toBe(422);
    expect(outsider.body.errors[0].pointer).toBe('/assigneeId');
    expect(
      (await a.post('/referrals/bulk', { body: { action: 'ASSIGN', assigneeId: null } })).status,
    ).toBe(422);
  });
});

describe('GET /exports/meetings', () => {
  it('streams a CSV for French spreadsheets, without names', async () => {
    const a = await agent(ELAN.coordinator);
    const reply = await a.get('/exports/{kind}', {
      params: { kind: 'meetings' },
      query: { format: 'csv' },
    });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('Content-Type')).toMatch(/^text\/csv/);
    expect(reply.headers.get('Content-Disposition')).toContain('attachment');
    expect(reply.body.charCodeAt(0)).toBe(0xfeff);
    const lines = reply.body.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Identifiant;Binôme;Date;Durée (min);Modalité;Présence;Thèmes;Difficulté signalée',
    );
    expect(lines.length).toBeGreaterThan(2500);
    expect(lines[1]!.split(';')).toHaveLength(8);
  });

  it('keeps the meetings of the period, and refuses a period that is not one', async () => {
    const a = await agent(ELAN.coordinator);
    const exported = (query: Record<string, string>) =>
      a.get('/exports/{kind}', { params: { kind: 'meetings' }, query });
    const september = await exported({ from: '2026-09-01', to: '2026-09-30' });
    const dates = september.body
      .slice(1)
      .split('\r\n')
      .slice(1, -1)
      .map((line: string) => line.split(';')[2]);
    expect(dates.length).toBeGreaterThan(10);
    for (const date of dates) expect(date).toMatch(/^\d{2}\/09\/2026$/);
    expect((await exported({ from: 'notadate' })).status).toBe(400);
    expect((await exported({ from: '2026-10-01', to: '2026-09-01' })).status).toBe(400);
  });

  it('is not for mentors', async () => {
    expect(
      (await (await agent(ELAN.mentor)).get('/exports/{kind}', { params: { kind: 'meetings' } }))
        .status,
    ).toBe(403);
  });
});
