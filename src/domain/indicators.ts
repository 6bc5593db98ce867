import { ageBand, ageOn } from './age';
import type { Indicators, Interview, Meeting, Mentor, Mentorship, Referral } from './types';

// The figures funders and the State look at (DOMAIN.md), over a period [from, to].

const DAY = 86_400_000;
const SIX_MONTHS_DAYS = 182;

export interface IndicatorInput {
  referrals: Pick<
    Referral,
    | 'receivedAt'
    | 'channel'
    | 'status'
    | 'firstContactAt'
    | 'birthDate'
    | 'gender'
    | 'situation'
    | 'needs'
    | 'priorityPublics'
  >[];
  mentorships: Pick<
    Mentorship,
    'status' | 'proposedAt' | 'startedAt' | 'closedAt' | 'exitSituation'
  >[];
  meetings: Pick<Meeting, 'date' | 'attendance'>[];
  mentors: Pick<Mentor, 'createdAt' | 'honorabilityCheck' | 'training'>[];
  interviews: Pick<Interview, 'date' | 'menteeSatisfaction' | 'mentorSatisfaction'>[];
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const mean = (values: number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;

function countBy<T>(items: T[], key: (item: T) => string | string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) {
    const keys = key(item);
    for (const k of Array.isArray(keys) ? keys : [keys]) out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

const QUALIFIED_OR_BEYOND = new Set(['QUALIFIED', 'AWAITING_MATCH', 'MATCH_PROPOSED', 'MATCHED']);
const DECIDED = new Set([...QUALIFIED_OR_BEYOND, 'NOT_ELIGIBLE', 'UNREACHABLE', 'WITHDRAWN']);

export function computeIndicators(input: IndicatorInput, from: string, to: string): Indicators {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T23:59:59Z`);
  const within = (iso: string | null) =>
    iso !== null && Date.parse(iso) >= start && Date.parse(iso) <= end;

  const received = input.referrals.filter((r) => within(r.receivedAt));
  const contactDays = received
    .filter((r) => r.firstContactAt)
    .map((r) => (Date.parse(r.firstContactAt!) - Date.parse(r.receivedAt)) / DAY);
  const decided = received.filter((r) => DECIDED.has(r.status));
  const share = (test: (r: (typeof received)[number]) => boolean) =>
    received.length ? received.filter(test).length / received.length : 0;

  const closed = input.mentorships.filter((m) => m.status === 'CLOSED' && within(m.closedAt));
  const durations = closed
    .filter((m) => m.startedAt)
    .map((m) => (Date.parse(m.closedAt!) - Date.parse(m.startedAt!)) / DAY);
  const activeAtEnd = input.mentorships.filter(
    (m) =>
      m.startedAt &&
      Date.parse(m.startedAt) <= end &&
      (!m.closedAt || Date.parse(m.closedAt) > end),
  );
  const months = Math.max(1, (end - start) / (30.44 * DAY));
  const held = input.meetings.filter(
    (m) => m.attendance === 'HELD' && within(`${m.date}T12:00:00Z`),
  );
  const interviews = input.interviews.filter((i) => within(`${i.date}T12:00:00Z`));
  const recruited = input.mentors.filter((m) => within(m.createdAt));

  return {
    from,
    to,
    referralsReceived: received.length,
    referralsByChannel: countBy(received, (r) => r.channel),
    referralsByStatus: countBy(received, (r) => r.status),
    medianDaysToFirstContact: median(contactDays),
    qualificationRate: decided.length
      ? decided.filter((r) => QUALIFIED_OR_BEYOND.has(r.status)).length / decided.length
      : null,
    pairsFormed: input.mentorships.filter((m) => within(m.proposedAt)).length,
    pairsActive: activeAtEnd.length,
    pairsClosed: closed.length,
    medianPairDurationDays: median(durations),
    earlyRuptures: durations.filter((d) => d < SIX_MONTHS_DAYS).length,
    meetingsPerPairPerMonth: activeAtEnd.length ? held.length / activeAtEnd.length / months : null,
    priorityShares: {
      QPV: share((r) => r.priorityPublics.includes('QPV')),
      FRR: share((r) => r.priorityPublics.includes('FRR')),
      DISABILITY: share((r) => r.priorityPublics.includes('DISABILITY')),
      ASE_PJJ: share((r) => r.priorityPublics.includes('ASE') || r.priorityPublics.includes('PJJ')),
      NEET: share((r) => r.situation === 'NEET'),
    },
    menteesByAgeBand: countBy(received, (r) => ageBand(ageOn(r.birthDate, new Date(r.receivedAt)))),
    menteesByGender: countBy(received, (r) => r.gender),
    menteesBySituation: countBy(received, (r) => r.situation),
    menteesByNeed: countBy(received, (r) => r.needs),
    mentorsRecruited: recruited.length,
    mentorsScreened: input.mentors.filter(
      (m) =>
        m.honorabilityCheck?.result === 'VALID' && within(`${m.honorabilityCheck.date}T12:00:00Z`),
    ).length,
    mentorsTrained: input.mentors.filter(
      (m) => m.training && within(`${m.training.date}T12:00:00Z`),
    ).length,
    exitSituations: countBy(closed, (m) => m.exitSituation ?? 'UNKNOWN'),
    satisfaction: {
      mentee: mean(
        interviews.flatMap((i) => (i.menteeSatisfaction === null ? [] : [i.menteeSatisfaction])),
      ),
      mentor: mean(
        interviews.flatMap((i) => (i.mentorSatisfaction === null ? [] : [i.mentorSatisfaction])),
      ),
    },
  };
}
