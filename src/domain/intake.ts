import { departmentOf } from './geography';
import type { Referral } from './types';
import type { z } from 'zod';
import type { IntakeReferral } from './schemas';

/** A referral pushed by the platform, as it starts its life in the association: received, unassigned. */
export function referralFromIntake(
  input: z.infer<typeof IntakeReferral>,
  id: string,
  now: string,
): Omit<Referral, never> {
  return {
    ...input,
    id,
    version: 1,
    status: 'RECEIVED',
    department: departmentOf(input.postalCode),
    assigneeId: null,
    contactAttempts: 0,
    firstContactAt: null,
    lastContactAt: null,
    statusReason: null,
    redirectedTo: null,
    updatedAt: now,
  };
}

export const PLATFORM_ACTOR = 'Plateforme 1jeune1solution';
