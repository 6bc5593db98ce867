// Dates and numbers as French users write them: 27/11/2026, "il y a 3 j", 1 234,5.
import { clockNow } from './clock';

const dateFormat = new Intl.DateTimeFormat('fr-FR', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Europe/Paris',
});
const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});
const relative = new Intl.RelativeTimeFormat('fr-FR', { numeric: 'auto', style: 'short' });
const numberFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat('fr-FR', {
  style: 'percent',
  maximumFractionDigits: 0,
});

/** A date-only ISO string is a calendar day, not an instant: format it without time zones. */
export function formatDate(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    const [y, m, d] = iso.split('-');
    return `${d}/${m}/${y}`;
  }
  return dateFormat.format(new Date(iso));
}

export const formatDateTime = (iso: string) => dateTimeFormat.format(new Date(iso));

/** Past a week, "il y a 454 j" says less than the date. */
const RELATIVE_DAYS = 7;

/** An instant as people say it: "à l’instant", "il y a 3 h", "hier"; past a week, its date. */
export function formatRelative(iso: string, now: Date = clockNow()): string {
  const days = Math.round((Date.parse(iso) - now.getTime()) / 86_400_000);
  if (Math.abs(days) >= RELATIVE_DAYS) return formatDate(iso);
  if (Math.abs(days) >= 1) return relative.format(days, 'day');
  const hours = Math.round((Date.parse(iso) - now.getTime()) / 3_600_000);
  return hours === 0 ? 'à l’instant' : relative.format(hours, 'hour');
}

/** A calendar day (no time of day): "aujourd’hui", "hier", "il y a 3 j"; past a week, its date. */
export function formatRelativeDay(day: string, now: Date = clockNow()): string {
  const days = Math.round(
    (Date.parse(day) - Date.parse(now.toISOString().slice(0, 10))) / 86_400_000,
  );
  return Math.abs(days) >= RELATIVE_DAYS ? formatDate(day) : relative.format(days, 'day');
}

export const formatNumber = (n: number) => numberFormat.format(n);
export const formatPercent = (ratio: number) => percentFormat.format(ratio);
