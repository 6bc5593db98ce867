import { describe, expect, it } from 'vitest';
import type { Agent } from './http';
import { ELAN, PASSERELLES, agent } from './setup';

// A difficulty a mentor flags with a meeting must reach the staff at once: the pair may be a
// minor's. It stays open until acknowledged, and the acknowledgement is for staff only.

async function flag(mentor: Agent, notes: string) {
  const pair = (await mentor.get('/mentorships', { query: { status: 'ACTIVE', pageSize: 1 } })).body
    .items[0];
  const meeting = await mentor.post('/mentorships/{id}/meetings', {
    params: { id: pair.id },
    body: {
      date: new Date().toISOString().slice(0, 10),
      durationMinutes: 45,
      modality: 'PUBLIC_PLACE',
      topics: ['ORIENTATION'],
      notes,
      attendance: 'HELD',
      concern: true,
    },
  });
  expect(meeting.status).toBe(201);
  return { pair, meeting: meeting.body };
}

describe('concerns', () => {
  it('reach the staff at once, stay open until acknowledged with a note, and keep who and when', async () => {
    const mentor = await agent(ELAN.mentor);
    const { pair, meeting } = await flag(mentor, 'Il m’a dit ne plus pouvoir rentrer chez lui.');

    const coordinator = await agent(ELAN.coordinator);
    const open = await coordinator.get('/concerns', { query: { pageSize: 200 } });
    expect(open.status).toBe(200);
    const listed = open.body.items.find((c: { meetingId: string }) => c.meetingId === meeting.id);
    expect(listed).toMatchObject({
      mentorshipId: pair.id,
      notes: 'Il m’a dit ne plus pouvoir rentrer chez lui.',
      mentor: { id: pair.mentorId },
      youngPerson: { id: pair.referralId },
      acknowledgedAt: null,
      acknowledgement: null,
    });

    const acknowledged = await coordinator.post('/meetings/{id}/concern-acknowledgement', {
      params: { id: meeting.id },
      body: { note: 'Appelé le jeune ; signalement à l’ASE fait.' },
    });
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body).toMatchObject({
      acknowledgedBy: 'Sophie Marchand',
      acknowledgedAt: expect.any(String),
      acknowledgement: 'Appelé le jeune ; signalement à l’ASE fait.',
    });
    const stillOpen = await coordinator.get('/concerns', { query: { pageSize: 200 } });
    expect(stillOpen.body.total).toBe(open.body.total - 1);
    const done = await coordinator.get('/concerns', { query: { status: 'ACKNOWLEDGED' } });
    expect(done.body.items[0]).toMatchObject({ meetingId: meeting.id });

    // Once only: the second sees the first one's note.
    const again = await (
      await agent(ELAN.admin)
    ).post('/meetings/{id}/concern-acknowledgement', {
      params: { id: meeting.id },
      body: { note: 'Vu aussi.' },
    });
    expect(again.status).toBe(409);
    expect(again.body.current.acknowledgement).toBe('Appelé le jeune ; signalement à l’ASE fait.');
  });

  it('are for staff only: the mentor never reads the acknowledgement', async () => {
    const mentor = await agent(ELAN.mentor);
    const { pair, meeting } = await flag(mentor, 'Difficulté');
    await (
      await agent(ELAN.coordinator)
    ).post('/meetings/{id}/concern-acknowledgement', {
      params: { id: meeting.id },
      body: { note: 'Note interne' },
    });
    expect((await mentor.get('/concerns')).status).toBe(403);
    expect(
      (
        await mentor.post('/meetings/{id}/concern-acknowledgement', {
          params: { id: meeting.id },
          body: { note: 'x' },
        })
      ).status,
    ).toBe(403);
    const own = await mentor.get('/mentorships/{id}/meetings', { params: { id: pair.id } });
    const logged = own.body.items.find((m: { id: string }) => m.id === meeting.id);
    expect(logged.concern).toBe(true);
    expect(JSON.stringify(own.body)).not.toContain('Note interne');
  });

  it('of another association are not found; a meeting without one has nothing to acknowledge', async () => {
    const { meeting } = await flag(await agent(ELAN.mentor), 'Difficulté');
    const other = await agent(PASSERELLES.coordinator);
    const acknowledge = (a: Agent, id: string, note = 'Vu') =>
      a.post('/meetings/{id}/concern-acknowledgement', { params: { id }, body: { note } });
    expect((await acknowledge(other, meeting.id)).status).toBe(404);
    const theirs = await other.get('/concerns', { query: { pageSize: 200 } });
    expect(theirs.body.items.map((c: { meetingId: string }) => c.meetingId)).not.toContain(
      meeting.id,
    );

    const coordinator = await agent(ELAN.coordinator);
    const pair = (
      await coordinator.get('/mentorships', { query: { status: 'ACTIVE', pageSize: 1 } })
    ).body.items[0];
    const quiet = (
      await coordinator.get('/mentorships/{id}/meetings', { params: { id: pair.id } })
    ).body.items.find((m: { concern: boolean }) => !m.concern);
    expect((await acknowledge(coordinator, quiet.id)).status).toBe(404);
    const blank = await acknowledge(coordinator, meeting.id, '\u200B ');
    expect(blank.status).toBe(422);
    expect(blank.body.errors[0].pointer).toBe('/note');
  });
});
