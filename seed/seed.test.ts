import { describe, expect, it } from 'vitest';
import { MENTORSHIP_STATUSES, MENTOR_STATUSES, REFERRAL_STATUSES } from '../src/domain/enums';
import { Meeting, Mentor, Referral } from '../src/domain/schemas';
import { seed } from './seed';

const NOW = new Date('2026-11-27T10:00:00Z');
const data = seed('demo', NOW);

describe('demo seed', () => {
  it('is deterministic for a given day', () => {
    expect(JSON.stringify(seed('demo', NOW))).toBe(JSON.stringify(data));
  });

  it('seeds two associations of the expected size', () => {
    for (const { id } of data.associations) {
      const mine = <T extends { associationId: string }>(rows: T[]) =>
        rows.filter((r) => r.associationId === id);
      expect(mine(data.referrals)).toHaveLength(400);
      expect(mine(data.mentors)).toHaveLength(150);
      expect(mine(data.mentorships)).toHaveLength(200);
      expect(mine(data.meetings).length).toBeGreaterThan(2500);
      expect(new Set(mine(data.referrals).map((r) => r.status))).toEqual(
        new Set(REFERRAL_STATUSES),
      );
      expect(new Set(mine(data.mentors).map((m) => m.status))).toEqual(new Set(MENTOR_STATUSES));
      expect(new Set(mine(data.mentorships).map((m) => m.status))).toEqual(
        new Set(MENTORSHIP_STATUSES),
      );
    }
  });

  it('produces records that satisfy the contract', () => {
    for (const r of data.referrals) expect(Referral.safeParse(r).error).toBeUndefined();
    for (const m of data.mentors) expect(Mentor.safeParse(m).error).toBeUndefined();
    for (const m of data.meetings.slice(0, 500)) expect(Meeting.safeParse(m).error).toBeUndefined();
  });

  it('tells a coherent story: channel and first event, guardians, messages by situation', () => {
    const created = new Map(
      data.timeline
        .filter((e) => e.entityType === 'referral' && e.kind === 'CREATED')
        .map((e) => [e.entityId, e.actorName]),
    );
    for (const r of data.referrals) {
      const platform = r.channel === '1J1S' || r.channel === '1J1M_DIRECT';
      expect(r.externalId !== null, r.id).toBe(platform);
      expect(created.get(r.id) === 'Plateforme 1jeune1solution', r.id).toBe(r.channel === '1J1S');
      if (r.legalGuardian) expect(r.legalGuardian.name).not.toBe(`${r.firstName} ${r.lastName}`);
      if (r.situation === 'MIDDLE_SCHOOL' || r.situation === 'HIGH_SCHOOL')
        expect(r.message).not.toMatch(/fac|master|alternance|travail|embauche/);
    }
  });

  it('keeps pairs consistent with their referral and mentor', () => {
    const referrals = new Map(data.referrals.map((r) => [r.id, r]));
    const mentors = new Map(data.mentors.map((m) => [m.id, m]));
    const open = new Map<string, number>();
    for (const pair of data.mentorships) {
      const referral = referrals.get(pair.referralId)!;
      const mentor = mentors.get(pair.mentorId)!;
      expect(referral.associationId).toBe(pair.associationId);
      expect(mentor.associationId).toBe(pair.associationId);
      expect(referral.status).toBe(pair.status === 'PROPOSED' ? 'MATCH_PROPOSED' : 'MATCHED');
      if (pair.status !== 'CLOSED') open.set(mentor.id, (open.get(mentor.id) ?? 0) + 1);
    }
    for (const mentor of data.mentors) {
      expect(mentor.activePairs).toBe(open.get(mentor.id) ?? 0);
      expect(mentor.activePairs).toBeLessThanOrEqual(mentor.capacity);
    }
  });

  it('dates everything within the last 18 months and never in the future', () => {
    const oldest = NOW.getTime() - 19 * 30 * 86_400_000;
    for (const r of data.referrals) {
      expect(Date.parse(r.receivedAt)).toBeGreaterThan(oldest);
      expect(Date.parse(r.receivedAt)).toBeLessThanOrEqual(NOW.getTime());
    }
    for (const m of data.meetings) expect(Date.parse(m.date)).toBeLessThanOrEqual(NOW.getTime());
    for (const r of data.referrals) {
      const consent = r.legalGuardian?.consentDate;
      if (consent) expect(Date.parse(consent)).toBeLessThanOrEqual(NOW.getTime());
    }
  });

  it('gives every role a demo account in each association', () => {
    for (const { id } of data.associations) {
      const roles = data.users.filter((u) => u.associationId === id).map((u) => u.role);
      expect(new Set(roles)).toEqual(new Set(['admin', 'coordinator', 'mentor']));
    }
    const mentorUser = data.users.find((u) => u.email === 'mentor@elan.test')!;
    expect(data.mentors.find((m) => m.id === mentorUser.mentorId)?.userId).toBe(mentorUser.id);
  });
});
