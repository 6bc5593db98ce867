import { describe, expect, it } from 'vitest';
import { ELAN, PASSERELLES, agent } from './setup';

describe('GET /search (command palette)', () => {
  it('finds a referral by name without accents, by email and by phone', async () => {
    const a = await agent(ELAN.coordinator);
    const referral = (await a.get('/referrals', { query: { pageSize: 1 } })).body.items[0];
    const full = (await a.get('/referrals/{id}', { params: { id: referral.id } })).body;
    const name = `${full.firstName} ${full.lastName}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toUpperCase();
    const byName = await a.get('/search', { query: { q: name } });
    expect(byName.status).toBe(200);
    expect(byName.body).toContainEqual(expect.objectContaining({ kind: 'referral', id: full.id }));
    if (full.email)
      expect(
        (await a.get('/search', { query: { q: full.email } })).body.map(
          (h: { id: string }) => h.id,
        ),
      ).toContain(full.id);
    if (full.phone)
      expect(
        (await a.get('/search', { query: { q: full.phone.replace(/\s/g, '') } })).body.map(
          (h: { id: string }) => h.id,
        ),
      ).toContain(full.id);
  });

  it('finds mentors and pairs too, at most twenty hits, never another association’s', async () => {
    const a = await agent(ELAN.coordinator);
    const pair = (await a.get('/mentorships', { query: { pageSize: 1 } })).body.items[0];
    const mentorHits = (
      await a.get('/search', { query: { q: `${pair.mentor.firstName} ${pair.mentor.lastName}` } })
    ).body;
    expect(mentorHits).toContainEqual(
      expect.objectContaining({ kind: 'mentor', id: pair.mentorId }),
    );
    const menteeName = `${pair.mentee.firstName} ${pair.mentee.lastName}`;
    const hits = (await a.get('/search', { query: { q: menteeName } })).body;
    expect(hits).toContainEqual(expect.objectContaining({ kind: 'mentorship', id: pair.id }));
    expect((await a.get('/search', { query: { q: 'an' } })).body.length).toBeLessThanOrEqual(20);
    const other = (
      await (await agent(PASSERELLES.coordinator)).get('/search', { query: { q: menteeName } })
    ).body;
    expect(other.map((h: { id: string }) => h.id)).not.toContain(pair.id);
  });

  it('needs two characters, and staff', async () => {
    expect(
      (await (await agent(ELAN.coordinator)).get('/search', { query: { q: 'a' } })).status,
    ).toBe(400);
    expect((await (await agent(ELAN.mentor)).get('/search', { query: { q: 'lyon' } })).status).toBe(
      403,
    );
  });
});
