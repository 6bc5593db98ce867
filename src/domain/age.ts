import type { AgeBand } from './enums';

/** Whole years between an ISO birth date and a day, as a French form would count them. */
export function ageOn(birthDate: string, on: Date): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  let age = on.getUTCFullYear() - y;
  const month = on.getUTCMonth() + 1;
  if (month < m || (month === m && on.getUTCDate() < d)) age -= 1;
  return age;
}

export function ageBand(age: number): AgeBand {
  if (age < 15) return 'UNDER_15';
  if (age < 18) return '15_17';
  if (age < 21) return '18_20';
  if (age < 26) return '21_25';
  if (age <= 30) return '26_30';
  return 'OVER_30';
}

export type ConsentFlag = 'MINOR' | 'UNDER_15_WITHOUT_GUARDIAN_CONSENT';

/** Under 15, processing needs a parental-authority holder's consent too (GDPR, DOMAIN.md). */
export function consentFlags(
  birthDate: string,
  guardianConsentDate: string | null | undefined,
  on: Date,
): ConsentFlag[] {
  const age = ageOn(birthDate, on);
  const flags: ConsentFlag[] = [];
  if (age < 18) flags.push('MINOR');
  if (age < 15 && !guardianConsentDate) flags.push('UNDER_15_WITHOUT_GUARDIAN_CONSENT');
  return flags;
}

export const UNDER_15_BLOCKER =
  'Moins de 15 ans : enregistrez d’abord le consentement du représentant légal';

/**
 * Why a young person cannot wait for a mentor yet, or null: under 15, no pair is proposed before
 * a parental-authority holder has consented (DOMAIN.md, Matching).
 */
export function pairingBlocker(
  referral: { birthDate: string; legalGuardian: { consentDate: string | null } | null },
  on: Date,
): string | null {
  const flags = consentFlags(referral.birthDate, referral.legalGuardian?.consentDate, on);
  return flags.includes('UNDER_15_WITHOUT_GUARDIAN_CONSENT') ? UNDER_15_BLOCKER : null;
}

/**
 * A birth date that says no more than the age on a day: that day, so many years before (28
 * February for a 29th). Anonymisation keeps the age at receipt, and with it the statistics.
 */
export function birthDateKeepingAge(birthDate: string, on: Date): string {
  const age = ageOn(birthDate, on);
  const year = String(on.getUTCFullYear() - age).padStart(4, '0');
  const month = String(on.getUTCMonth() + 1).padStart(2, '0');
  const day = on.getUTCDate();
  const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const safeDay = month === '02' && day === 29 && !leap(Number(year)) ? 28 : day;
  return `${year}-${month}-${String(safeDay).padStart(2, '0')}`;
}
