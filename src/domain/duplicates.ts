import type { DuplicateQuery } from './queries';
import { digitsOf, searchKey } from './search';

export type DuplicateReason = 'NAME_BIRTHDATE' | 'EMAIL' | 'PHONE';

/** The national part of a French number: "+33 6 12…" and "06 12…" are the same phone. */
export const phoneKey = (phone: string | null | undefined) => {
  const digits = digitsOf(phone);
  return digits.length >= 9 ? digits.slice(-9) : '';
};

export const emailKey = (email: string | null | undefined) => (email ?? '').trim().toLowerCase();

/** The keys a duplicate query compares, or null for a criterion not typed in full yet. */
export function duplicateKeys(query: DuplicateQuery) {
  const { firstName, lastName, birthDate } = query;
  return {
    name:
      firstName && lastName && birthDate
        ? { firstName: searchKey(firstName), lastName: searchKey(lastName), birthDate }
        : null,
    email: emailKey(query.email).includes('@') ? emailKey(query.email) : null,
    phone: phoneKey(query.phone) || null,
  };
}

/** Why a referral is a probable duplicate of what is being entered: same name and birth date, same email, or same phone. */
export function duplicateReasons(
  keys: ReturnType<typeof duplicateKeys>,
  referral: {
    firstName: string;
    lastName: string;
    birthDate: string;
    email: string | null;
    phone: string | null;
  },
): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  if (
    keys.name &&
    keys.name.birthDate === referral.birthDate &&
    keys.name.lastName === searchKey(referral.lastName) &&
    keys.name.firstName === searchKey(referral.firstName)
  )
    reasons.push('NAME_BIRTHDATE');
  if (keys.email && keys.email === emailKey(referral.email)) reasons.push('EMAIL');
  if (keys.phone && keys.phone === phoneKey(referral.phone)) reasons.push('PHONE');
  return reasons;
}

/** At most this many candidates are shown: more would mean the criteria are too loose. */
export const DUPLICATES_MAX = 5;

/** The candidates to show, best first: the most reasons, then the latest received, then by id. */
export function probableDuplicates<
  R extends Parameters<typeof duplicateReasons>[1] & { id: string; receivedAt: string },
>(keys: ReturnType<typeof duplicateKeys>, referrals: Iterable<R>) {
  const found: (R & { matchedOn: DuplicateReason[] })[] = [];
  for (const referral of referrals) {
    const matchedOn = duplicateReasons(keys, referral);
    if (matchedOn.length) found.push({ ...referral, matchedOn });
  }
  return found
    .sort(
      (a, b) =>
        b.matchedOn.length - a.matchedOn.length ||
        b.receivedAt.localeCompare(a.receivedAt) ||
        (a.id < b.id ? -1 : 1),
    )
    .slice(0, DUPLICATES_MAX);
}
