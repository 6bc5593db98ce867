import { departmentOf } from './geography';
import type { Referral } from './types';
import type { z } from 'zod';
import type { IntakeReferral, ReferralInput } from './schemas';

/**
 * A new referral as it starts its life in the association: received. The platform's come
 * unassigned; one a coordinator enters is theirs.
 */
export function newReferral(
  input: z.infer<typeof IntakeReferral> | z.infer<typeof ReferralInput>,
  id: string,
  now: string,
  assigneeId: string | null,
): Referral {
  return {
    externalId: null,
    receivedAt: now,
    ...input,
    id,
    version: 1,
    status: 'RECEIVED',
    department: departmentOf(input.postalCode),
    assigneeId,
    contactAttempts: 0,
    firstContactAt: null,
    lastContactAt: null,
    statusReason: null,
    redirectedTo: null,
    updatedAt: now,
    anonymisedAt: null,
  };
}

export const PLATFORM_ACTOR = 'Plateforme 1jeune1solution';
