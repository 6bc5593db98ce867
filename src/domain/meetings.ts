import type { MentorshipStatus } from './enums';
import type { Mentorship } from './types';

/** Pairs that meet: accepted (first meeting to come), active or paused. */
export const MEETING_STATUSES: readonly MentorshipStatus[] = ['ACCEPTED', 'ACTIVE', 'PAUSED'];

/** The first meeting held makes an accepted pair active (DOMAIN.md, Mentorship lifecycle). */
export function startsPair(status: MentorshipStatus, attendance: string): boolean {
  return status === 'ACCEPTED' && attendance === 'HELD';
}

export const CORRECTION_DAYS = 7;

/**
 * Who may correct a logged meeting: staff at any time, its author for seven days after logging it.
 * A concern, once flagged, stays until a coordinator acknowledges it: a correction cannot withdraw it.
 */
export function correctionRefusal(
  meeting: { loggedById: string; loggedAt: string; concern: boolean },
  caller: { id: string; role: string },
  patch: { concern?: boolean | undefined },
  now: Date,
): { status: 403 | 422; detail: string; pointer?: string } | null {
  if (caller.role === 'mentor') {
    if (meeting.loggedById !== caller.id)
      return {
        status: 403,
        detail: 'Seule la personne qui a consigné cette rencontre peut la corriger.',
      };
    if (now.getTime() - Date.parse(meeting.loggedAt) > CORRECTION_DAYS * 86_400_000)
      return {
        status: 403,
        detail: `Une rencontre se corrige dans les ${CORRECTION_DAYS} jours qui suivent sa saisie ; au-delà, demandez à votre coordinateur·rice.`,
      };
  }
  if (meeting.concern && patch.concern === false)
    return {
      status: 422,
      detail:
        'Une difficulté signalée reste ouverte jusqu’à sa prise en charge par la coordination.',
      pointer: '/concern',
    };
  return null;
}

/** A planned end `months` after the start, as a calendar day. */
export function plannedEnd(startedAt: string, months: number): string {
  const end = new Date(startedAt);
  end.setUTCMonth(end.getUTCMonth() + months);
  return end.toISOString().slice(0, 10);
}

/**
 * What a pair's status change does besides the status: its dates and reasons, the young
 * person's status, and the mentor's load (a refused or closed pair frees a place).
 */
export function mentorshipMove(
  from: MentorshipStatus,
  to: MentorshipStatus,
  details: {
    reason?: string | undefined;
    closureReason?: Mentorship['closureReason'] | undefined;
    exitSituation?: Mentorship['exitSituation'] | undefined;
  },
  now: string,
  plannedDurationMonths: number,
) {
  const refused = from === 'PROPOSED' && to === 'CLOSED';
  return {
    pair: {
      status: to,
      ...(to === 'ACCEPTED' ? { acceptedAt: now } : {}),
      ...(to === 'ACTIVE' && from === 'ACCEPTED'
        ? { startedAt: now, plannedEndAt: plannedEnd(now, plannedDurationMonths) }
        : {}),
      ...(to === 'CLOSED'
        ? refused
          ? { closedAt: now, refusalReason: details.reason ?? null }
          : {
              closedAt: now,
              closureReason: details.closureReason ?? null,
              exitSituation: details.exitSituation ?? null,
            }
        : {}),
    },
    /** Accepted: the young person has a pair; refused: they wait for another. */
    referralTo:
      to === 'ACCEPTED' ? ('MATCHED' as const) : refused ? ('AWAITING_MATCH' as const) : null,
    loadDelta: to === 'CLOSED' ? -1 : 0,
  };
}
