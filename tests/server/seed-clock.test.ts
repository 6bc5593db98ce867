import { describe, expect, it } from 'vitest';
import { seed } from '../../seed/seed';

// The demo and the contract suite seed on the real clock: at no hour may a seeded record be
// dated after the moment it is read (a test reading "the latest event" would then fail at night).
describe('the seed at any hour', () => {
  for (const at of ['00:05', '08:59', '09:00', '09:30', '23:59']) {
    it(`dates nothing after ${at} UTC`, () => {
      const now = new Date(`2026-12-02T${at}:00Z`);
      const data = seed('demo', now);
      const dates = [
        ...data.timeline.map((e) => e.at),
        ...data.referrals.map((r) => r.receivedAt),
        ...data.meetings.map((m) => m.loggedAt),
        ...data.mentorships.map((p) => p.updatedAt),
        ...data.audit.map((a) => a.at),
      ];
      expect(dates.filter((date) => Date.parse(date) > now.getTime())).toEqual([]);
    });
  }
});
