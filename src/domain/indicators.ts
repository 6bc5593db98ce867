import type { ReferralStatus } from './enums';

// The figures funders and the State look at (DOMAIN.md): what each one counts, over which
// period, and which list shows the records behind it. The database computes them
// (server/routes/reporting.ts) with these definitions; days are UTC days, both ends included.

/** A pair closed before this many days after its acceptance is an early rupture. */
export const EARLY_RUPTURE_DAYS = 182;
/** Average month length, to express a number of pair-days as pair-months. */
export const DAYS_PER_MONTH = 30.44;

/** Statuses a referral reaches once qualified. */
export const QUALIFIED_OR_BEYOND: readonly ReferralStatus[] = [
  'QUALIFIED',
  'AWAITING_MATCH',
  'MATCH_PROPOSED',
  'MATCHED',
];
/** Statuses where qualification is decided, one way or the other. */
export const QUALIFICATION_DECIDED: readonly ReferralStatus[] = [
  ...QUALIFIED_OR_BEYOND,
  'NOT_ELIGIBLE',
  'UNREACHABLE',
  'WITHDRAWN',
];

export interface Period {
  from: string;
  to: string;
}

export type PeriodKind = 'month' | 'quarter' | 'year' | 'custom';

const iso = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);

/** The calendar month, quarter or year that contains `day`. */
export function periodContaining(kind: Exclude<PeriodKind, 'custom'>, day: string): Period {
  const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1];
  const first = kind === 'year' ? 0 : kind === 'quarter' ? month - (month % 3) : month;
  const length = kind === 'year' ? 12 : kind === 'quarter' ? 3 : 1;
  return { from: iso(year, first, 1), to: iso(year, first + length, 0) };
}

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Days in a period, both ends included. */
export const periodDays = ({ from, to }: Period) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;

/**
 * The period just before, to compare with: the same number of whole months when the period is
 * made of whole months (so a quarter compares with the previous quarter), else as many days.
 */
export function previousPeriod(period: Period): Period {
  const { from, to } = period;
  const wholeMonths = from.endsWith('-01') && addDays(to, 1).endsWith('-01');
  if (wholeMonths) {
    const months =
      (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
      Number(to.slice(5, 7)) -
      Number(from.slice(5, 7)) +
      1;
    const [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1];
    return { from: iso(year, month - months, 1), to: addDays(from, -1) };
  }
  return { from: addDays(from, -periodDays(period)), to: addDays(from, -1) };
}

/** The months a period touches, as YYYY-MM, in order. */
export function monthsOf({ from, to }: Period): string[] {
  const months: string[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

/** The list that shows the records a figure counts, as a path and its query. */
export interface IndicatorLink {
  path: '/referrals' | '/mentorships' | '/mentors';
  query: Record<string, string | string[]>;
}

/** Figures that count records of a list; the others (medians, rates) have no link. */
export const LINKED_FIGURES = [
  'referralsReceived',
  'referralsWithoutContact',
  'pairsFormed',
  'pairsActive',
  'pairsClosed',
  'earlyRuptures',
  'mentorsRecruited',
] as const;
export type LinkedFigure = (typeof LINKED_FIGURES)[number];

/** Breakdowns whose every line is a list filter of referrals received in the period. */
export const LINKED_BREAKDOWNS = {
  referralsByChannel: 'channel',
  menteesBySituation: 'situation',
  menteesByNeed: 'need',
} as const;

/** Priority publics as the indicators group them, and the list filter of each. */
export const PRIORITY_SHARES = {
  QPV: { priorityPublic: ['QPV'] },
  FRR: { priorityPublic: ['FRR'] },
  DISABILITY: { priorityPublic: ['DISABILITY'] },
  ASE_PJJ: { priorityPublic: ['ASE', 'PJJ'] },
  NEET: { situation: ['NEET'] },
} as const;
export type PriorityShare = keyof typeof PRIORITY_SHARES;

/**
 * The filtered list behind a figure, over `period` and, when given, one coordinator's records
 * (referrals assigned to them, pairs they follow). Mentors belong to the whole association.
 */
export function indicatorLink(
  figure: LinkedFigure,
  period: Period,
  coordinatorId?: string,
): IndicatorLink {
  const received = { receivedFrom: period.from, receivedTo: period.to };
  const mine: Record<string, string> = coordinatorId ? { assigneeId: coordinatorId } : {};
  const pairs: Record<string, string> = coordinatorId ? { coordinatorId } : {};
  switch (figure) {
    case 'referralsReceived':
      return { path: '/referrals', query: { ...received, ...mine } };
    case 'referralsWithoutContact':
      return { path: '/referrals', query: { ...received, ...mine, contacted: 'false' } };
    case 'pairsFormed':
      return {
        path: '/mentorships',
        query: { acceptedFrom: period.from, acceptedTo: period.to, ...pairs },
      };
    case 'pairsActive':
      return { path: '/mentorships', query: { activeOn: period.to, ...pairs } };
    case 'pairsClosed':
      return {
        path: '/mentorships',
        query: { closedFrom: period.from, closedTo: period.to, ...pairs },
      };
    case 'earlyRuptures':
      return {
        path: '/mentorships',
        query: { closedFrom: period.from, closedTo: period.to, earlyRupture: 'true', ...pairs },
      };
    case 'mentorsRecruited':
      return { path: '/mentors', query: { createdFrom: period.from, createdTo: period.to } };
  }
}

/** The referrals received in the period with one value of a breakdown or a priority public. */
export function referralsLink(
  filter: Record<string, readonly string[]>,
  period: Period,
  coordinatorId?: string,
): IndicatorLink {
  const base = indicatorLink('referralsReceived', period, coordinatorId);
  const extra = Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, [...v]]));
  return { path: base.path, query: { ...base.query, ...extra } };
}

/** A link as an address of the app. */
export function linkHref({ path, query }: IndicatorLink): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  return `${path}?${params}`;
}
