import type { Settings } from './types';

/** An association's settings before an admin changes any (DOMAIN.md proposals). */
export const DEFAULT_SETTINGS: Omit<
  Settings,
  'version' | 'intakeKeyHint' | 'previousIntakeKeyUntil' | 'associationName' | 'departments'
> = {
  menteeAgeMin: 13,
  menteeAgeMax: 25,
  firstContactDelayDays: 7,
  maxContactAttempts: 3,
  honorabilityValidityYears: 3,
  honorabilityWarningDays: 60,
  plannedDurationMonths: 6,
  checkInDays: 21,
  atRiskDays: 45,
  meetingsPerMonth: 2,
  retentionYears: 2,
  inactivityTimeoutMinutes: 60,
  matchingWeights: {
    needs: 3,
    sector: 1,
    proximity: 2,
    availability: 1,
    language: 1,
    preferences: 1,
    loadBalance: 1,
  },
};

const DAY = 86_400_000;

/** A referral not yet contacted past the association's delay. */
export function isFirstContactOverdue(
  referral: { receivedAt: string; firstContactAt: string | null; status: string },
  delayDays: number,
  now: Date,
): boolean {
  if (referral.firstContactAt || !['RECEIVED', 'TO_CONTACT'].includes(referral.status))
    return false;
  return now.getTime() - Date.parse(referral.receivedAt) > delayDays * DAY;
}

export function daysBetween(fromIso: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(fromIso)) / DAY);
}
