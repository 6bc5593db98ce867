import { isOpenReferral } from './lifecycle';
import type { Referral } from './types';

// Contact attempts with a young person (DOMAIN.md: contact attempts; UNREACHABLE after N).

/** What a logged attempt changes on the referral: the counter, and the first and last contact. */
export function afterContactAttempt(
  referral: Pick<Referral, 'contactAttempts' | 'firstContactAt'>,
  reached: boolean,
  at: string,
) {
  return {
    contactAttempts: referral.contactAttempts + 1,
    ...(reached ? { firstContactAt: referral.firstContactAt ?? at, lastContactAt: at } : {}),
  };
}

/** Contact attempts belong to the triage: an open referral. */
export const canLogContact = (referral: Pick<Referral, 'status'>) =>
  isOpenReferral(referral.status);

/** Never reached after the association's number of attempts: time to propose "unreachable". */
export function shouldProposeUnreachable(
  referral: Pick<Referral, 'status' | 'contactAttempts' | 'firstContactAt'>,
  maxAttempts: number,
) {
  return (
    referral.status === 'TO_CONTACT' &&
    !referral.firstContactAt &&
    referral.contactAttempts >= maxAttempts
  );
}
