import { ageOn } from './age';
import type { Mentor, Referral, Settings } from './types';

// Hard constraints of a pair (DOMAIN.md, Matching): each one blocks a proposal and says why.
// Matching is a proposal to a person, never an automatic decision about a minor.

/** "1 place libre", "3 places libres". */
export const placesLeft = (n: number) => `${n} place${n > 1 ? 's' : ''} libre${n > 1 ? 's' : ''}`;

export type HonorabilityStatus = 'VALID' | 'EXPIRING' | 'EXPIRED' | 'MISSING';

/** The day a check stops being valid: its date plus the association's validity period. */
export function honorabilityEnd(
  check: { date: string },
  settings: Pick<Settings, 'honorabilityValidityYears'>,
): string {
  const end = new Date(`${check.date}T00:00:00Z`);
  end.setUTCFullYear(end.getUTCFullYear() + settings.honorabilityValidityYears);
  return end.toISOString().slice(0, 10);
}

/** A valid check lasts `validityYears`; within `warningDays` of the end it is expiring. */
export function honorabilityStatus(
  check: Mentor['honorabilityCheck'],
  settings: Pick<Settings, 'honorabilityValidityYears' | 'honorabilityWarningDays'>,
  today: Date,
): HonorabilityStatus {
  if (!check || check.result !== 'VALID') return 'MISSING';
  const end = new Date(`${honorabilityEnd(check, settings)}T00:00:00Z`);
  if (end.getTime() <= today.getTime()) return 'EXPIRED';
  return end.getTime() - today.getTime() <= settings.honorabilityWarningDays * 86_400_000
    ? 'EXPIRING'
    : 'VALID';
}

/** Can take one more young person now: available, with fewer pairs than places. */
export const hasFreePlace = (mentor: Pick<Mentor, 'status' | 'capacity' | 'activePairs'>) =>
  mentor.status === 'AVAILABLE' && mentor.activePairs < mentor.capacity;

export type Constraint =
  'HONORABILITY_FOR_MINOR' | 'FREE_CAPACITY' | 'GUARDIAN_CONSENT' | 'SHARED_MODALITY';
export interface ConstraintCheck {
  constraint: Constraint;
  met: boolean;
  detail: string;
}

type MenteeFacts = Pick<Referral, 'birthDate' | 'legalGuardian' | 'preferences'>;
type MentorFacts = Pick<
  Mentor,
  'status' | 'capacity' | 'activePairs' | 'honorabilityCheck' | 'modalities'
>;

export function hardConstraints(
  mentee: MenteeFacts,
  mentor: MentorFacts,
  settings: Pick<Settings, 'honorabilityValidityYears' | 'honorabilityWarningDays'>,
  today: Date,
): ConstraintCheck[] {
  const age = ageOn(mentee.birthDate, today);
  const honorability = honorabilityStatus(mentor.honorabilityCheck, settings, today);
  const checkOk = honorability === 'VALID' || honorability === 'EXPIRING';
  const free = hasFreePlace(mentor);
  const wanted = mentee.preferences.modality;
  const remote = mentor.modalities.includes('REMOTE');
  const inPerson = mentor.modalities.some((m) => m !== 'REMOTE');
  const shared =
    wanted === 'REMOTE' ? remote : wanted === 'IN_PERSON' ? inPerson : mentor.modalities.length > 0;
  return [
    {
      constraint: 'HONORABILITY_FOR_MINOR',
      met: age >= 18 || checkOk,
      detail:
        age >= 18
          ? 'Jeune majeur·e'
          : checkOk
            ? 'Honorabilité vérifiée et valide'
            : honorability === 'EXPIRED'
              ? 'Contrôle d’honorabilité expiré, obligatoire pour un·e mineur·e'
              : 'Contrôle d’honorabilité manquant, obligatoire pour un·e mineur·e',
    },
    {
      constraint: 'FREE_CAPACITY',
      met: free,
      detail: free
        ? placesLeft(mentor.capacity - mentor.activePairs)
        : mentor.status !== 'AVAILABLE' && mentor.status !== 'FULL'
          ? 'Mentor non disponible'
          : 'Plus de place libre',
    },
    {
      constraint: 'GUARDIAN_CONSENT',
      met: age >= 15 || !!mentee.legalGuardian?.consentDate,
      detail:
        age >= 15
          ? 'Sans objet (15 ans ou plus)'
          : mentee.legalGuardian?.consentDate
            ? 'Consentement du représentant légal recueilli'
            : 'Consentement du représentant légal manquant (moins de 15 ans)',
    },
    {
      constraint: 'SHARED_MODALITY',
      met: shared,
      detail: shared
        ? 'Modalité compatible'
        : wanted === 'REMOTE'
          ? 'Le mentor ne propose pas la distance'
          : 'Le mentor ne propose que la distance',
    },
  ];
}

/** The first unmet constraint, as a refusal for a proposal. */
export function firstUnmet(checks: ConstraintCheck[]): ConstraintCheck | undefined {
  return checks.find((c) => !c.met);
}

/** A mentor's status follows their load: AVAILABLE while a place is free, FULL when none is. */
export function statusForLoad(
  mentor: Pick<Mentor, 'status' | 'capacity'>,
  activePairs: number,
): Mentor['status'] {
  if (mentor.status === 'AVAILABLE' && activePairs >= mentor.capacity) return 'FULL';
  if (mentor.status === 'FULL' && activePairs < mentor.capacity) return 'AVAILABLE';
  return mentor.status;
}
