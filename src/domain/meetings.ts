import type { MentorshipStatus } from './enums';

/** Pairs that meet: accepted (first meeting to come), active or paused. */
export const MEETING_STATUSES: readonly MentorshipStatus[] = ['ACCEPTED', 'ACTIVE', 'PAUSED'];

/** The first meeting held makes an accepted pair active (DOMAIN.md, Mentorship lifecycle). */
export function startsPair(status: MentorshipStatus, attendance: string): boolean {
  return status === 'ACCEPTED' && attendance === 'HELD';
}

/** A planned end `months` after the start, as a calendar day. */
export function plannedEnd(startedAt: string, months: number): string {
  const end = new Date(startedAt);
  end.setUTCMonth(end.getUTCMonth() + months);
  return end.toISOString().slice(0, 10);
}
