import {
  INTERVIEW_KINDS,
  type Attendance,
  type InterviewKind,
  type MentorshipStatus,
} from './enums';

const DAY = 86_400_000;

/** The association's follow-up settings (DOMAIN.md: several meetings a month, six months at least). */
export interface FollowUpRules {
  checkInDays: number;
  atRiskDays: number;
  meetingsPerMonth: number;
}

export const HEALTH_LEVELS = ['ON_TRACK', 'CHECK_IN', 'AT_RISK'] as const;
export type HealthLevel = (typeof HEALTH_LEVELS)[number];

/** Health is followed while a pair is expected to meet: accepted (first meeting to come) or active. */
export const FOLLOWED_STATUSES: readonly MentorshipStatus[] = ['ACCEPTED', 'ACTIVE'];

export interface PairHealth {
  level: HealthLevel;
  /** The rule that set the level: days without a held meeting, or two no-shows in a row. */
  rule: 'NO_MEETING' | 'TWO_NO_SHOWS';
  /** Days since the last held meeting (or since acceptance when none was held yet). */
  days: number;
}

export interface HealthInput {
  status: MentorshipStatus;
  /** The day health counts from: the last held meeting, else the day the pair was accepted. */
  sinceDay: string | null;
  /** Attendance of the latest meetings that were not cancelled, newest first. */
  latestAttendances: readonly Attendance[];
}

/** Whole days from a calendar day (`YYYY-MM-DD`, or a timestamp's day) to `now`'s day, in UTC. */
export function daysSince(day: string, now: Date): number {
  const today = Date.parse(now.toISOString().slice(0, 10));
  return Math.round((today - Date.parse(day.slice(0, 10))) / DAY);
}

/**
 * On track; needs a check-in (no meeting held for `checkInDays`); at risk (none for `atRiskDays`,
 * or two no-shows in a row). Null for a pair not followed (proposed, paused or closed).
 * The server's list filter states the same rules in SQL (server/routes/mentorships.ts).
 */
export function pairHealth(
  pair: HealthInput,
  rules: Pick<FollowUpRules, 'checkInDays' | 'atRiskDays'>,
  now: Date,
): PairHealth | null {
  if (!FOLLOWED_STATUSES.includes(pair.status) || !pair.sinceDay) return null;
  const days = daysSince(pair.sinceDay, now);
  const [last, before] = pair.latestAttendances;
  if (last === 'NO_SHOW' && before === 'NO_SHOW')
    return { level: 'AT_RISK', rule: 'TWO_NO_SHOWS', days };
  if (days >= rules.atRiskDays) return { level: 'AT_RISK', rule: 'NO_MEETING', days };
  if (days >= rules.checkInDays) return { level: 'CHECK_IN', rule: 'NO_MEETING', days };
  return { level: 'ON_TRACK', rule: 'NO_MEETING', days };
}

export const EARLY_RUPTURE_MONTHS = 6;

/** A pair closed less than six months after it started (or closed without ever starting, once accepted). */
export function isEarlyRupture(pair: {
  status: MentorshipStatus;
  acceptedAt: string | null;
  startedAt: string | null;
  closedAt: string | null;
}): boolean {
  if (pair.status !== 'CLOSED' || !pair.closedAt || !pair.acceptedAt) return false;
  const start = new Date(pair.startedAt ?? pair.acceptedAt);
  start.setUTCMonth(start.getUTCMonth() + EARLY_RUPTURE_MONTHS);
  return Date.parse(pair.closedAt) < start.getTime();
}

/** Would closing now be an early rupture? Said before the coordinator confirms. */
export const wouldBeEarlyRupture = (
  pair: { acceptedAt: string | null; startedAt: string | null },
  now: Date,
) => isEarlyRupture({ ...pair, status: 'CLOSED', closedAt: now.toISOString() });

export const MID_INTERVIEW_MONTHS = 3;

/**
 * The next follow-up interview a pair needs and the day it is due: the start interview after
 * the first meeting, mid-term three months in, closing at the planned end. Null when all are
 * done or the pair has not started.
 */
export function nextInterview(
  pair: { status: MentorshipStatus; startedAt: string | null; plannedEndAt: string | null },
  done: readonly InterviewKind[],
): { kind: InterviewKind; dueDay: string } | null {
  if (!pair.startedAt || pair.status === 'CLOSED' || pair.status === 'PROPOSED') return null;
  const start = pair.startedAt.slice(0, 10);
  const mid = new Date(start);
  mid.setUTCMonth(mid.getUTCMonth() + MID_INTERVIEW_MONTHS);
  const due: Record<InterviewKind, string> = {
    START: start,
    MID: mid.toISOString().slice(0, 10),
    CLOSING: pair.plannedEndAt ?? mid.toISOString().slice(0, 10),
  };
  const kind = INTERVIEW_KINDS.find((k) => !done.includes(k));
  return kind ? { kind, dueDay: due[kind] } : null;
}

/** Held meetings in the 30 days up to `now` against the expected cadence. */
export const belowCadence = (
  heldLast30Days: number,
  rules: Pick<FollowUpRules, 'meetingsPerMonth'>,
) => heldLast30Days < rules.meetingsPerMonth;

/** What "À faire" lists besides concerns, most urgent first (the order of this list). */
export const TASK_KINDS = [
  'AT_RISK',
  'FIRST_CONTACT_OVERDUE',
  'CHECK_IN',
  'INTERVIEW_DUE',
  'PLANNED_END',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** A pair is listed from 14 days before its planned end, to prepare the closing. */
export const PLANNED_END_NOTICE_DAYS = 14;

export interface PairTask {
  kind: TaskKind;
  /** The day it became due: the last meeting held, the interview's day, the planned end. */
  dueDay: string;
  interviewKind: InterviewKind | null;
}

const addDays = (day: string, days: number) =>
  new Date(Date.parse(day) + days * DAY).toISOString().slice(0, 10);

/** What a pair asks of its coordinator today, from its health, next interview and planned end. */
export function pairTasks(
  pair: {
    status: MentorshipStatus;
    health: PairHealth | null;
    nextInterview: { kind: InterviewKind; dueDay: string } | null;
    plannedEndAt: string | null;
  },
  now: Date,
): PairTask[] {
  const today = now.toISOString().slice(0, 10);
  const tasks: PairTask[] = [];
  if (pair.health && pair.health.level !== 'ON_TRACK')
    tasks.push({
      kind: pair.health.level,
      dueDay: addDays(today, -pair.health.days),
      interviewKind: null,
    });
  if (pair.nextInterview && pair.nextInterview.dueDay <= today)
    tasks.push({
      kind: 'INTERVIEW_DUE',
      dueDay: pair.nextInterview.dueDay,
      interviewKind: pair.nextInterview.kind,
    });
  const open = pair.status === 'ACTIVE' || pair.status === 'PAUSED';
  if (open && pair.plannedEndAt && pair.plannedEndAt <= addDays(today, PLANNED_END_NOTICE_DAYS))
    tasks.push({ kind: 'PLANNED_END', dueDay: pair.plannedEndAt, interviewKind: null });
  return tasks;
}

/** Most urgent first: by kind, then the longest waiting. */
export const byUrgency = (
  a: { kind: TaskKind; dueDay: string },
  b: { kind: TaskKind; dueDay: string },
) => TASK_KINDS.indexOf(a.kind) - TASK_KINDS.indexOf(b.kind) || a.dueDay.localeCompare(b.dueDay);
