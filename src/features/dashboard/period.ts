import {
  periodContaining,
  previousPeriod,
  type Period,
  type PeriodKind,
} from '../../domain/indicators';
import { today } from '../../lib/clock';

// The period the reporting screens show, kept in the address (?from=…&to=…) so that a figure's
// link, Back and a shared address all show the same period.

export type PeriodChoice = 'last12' | PeriodKind;

const DAY = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Dates chosen by hand stay "custom" even when they happen to make a whole month. */
export const CUSTOM = { key: 'periode', value: 'dates' } as const;

/** The address's parameters for a period (others, such as the coordinator, are kept). */
export function withPeriod(params: URLSearchParams, period: Period, kind: PeriodChoice) {
  const next = new URLSearchParams(params);
  next.set('from', period.from);
  next.set('to', period.to);
  if (kind === 'custom') next.set(CUSTOM.key, CUSTOM.value);
  else next.delete(CUSTOM.key);
  return next;
}

export const lastTwelveMonths = (day: string): Period => ({
  from: new Date(Date.parse(day) - 364 * DAY).toISOString().slice(0, 10),
  to: day,
});

/** The period in the address, or the last twelve months; and which kind of period it is. */
export function periodFromSearch(params: URLSearchParams): Period & { kind: PeriodChoice } {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (!ISO_DAY.test(from) || !ISO_DAY.test(to) || from > to)
    return { ...lastTwelveMonths(today()), kind: 'last12' };
  if (params.get(CUSTOM.key) === CUSTOM.value) return { from, to, kind: 'custom' };
  for (const kind of ['month', 'quarter', 'year'] as const) {
    const whole = periodContaining(kind, from);
    if (whole.from === from && whole.to === to) return { from, to, kind };
  }
  const last12 = lastTwelveMonths(today());
  if (last12.from === from && last12.to === to) return { from, to, kind: 'last12' };
  return { from, to, kind: 'custom' };
}

/** The period of a kind that contains `day` (custom keeps the current dates). */
export function periodOfKind(kind: PeriodChoice, day: string, current: Period): Period {
  if (kind === 'last12') return lastTwelveMonths(day);
  if (kind === 'custom') return current;
  return periodContaining(kind, day);
}

const MONTH = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The months, quarters or years a user may pick, the latest first. */
export function periodOptions(kind: 'month' | 'quarter' | 'year', day: string) {
  const count = { month: 24, quarter: 8, year: 5 }[kind];
  const options: { value: string; label: string }[] = [];
  let period = periodContaining(kind, day);
  for (let i = 0; i < count; i += 1) {
    const start = new Date(`${period.from}T00:00:00Z`);
    const label =
      kind === 'month'
        ? MONTH.format(start)
        : kind === 'quarter'
          ? `T${Math.floor(start.getUTCMonth() / 3) + 1} ${start.getUTCFullYear()}`
          : String(start.getUTCFullYear());
    options.push({ value: period.from, label: label.charAt(0).toUpperCase() + label.slice(1) });
    period = previousPeriod(period);
  }
  return options;
}
