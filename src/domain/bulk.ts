import { checkReferralTransition } from './lifecycle';
import type { ReferralStatus } from './enums';

/** What one row of a bulk action changes, or why it cannot. */
export type BulkOutcome =
  | {
      ok: true;
      changes: { status?: ReferralStatus; statusReason?: string; assigneeId?: string | null };
    }
  | { ok: false; reason: string };

export interface BulkAction {
  action: 'ASSIGN' | 'TRANSITION' | 'NOT_ELIGIBLE';
  to?: ReferralStatus | undefined;
  reason?: string | undefined;
  assigneeId?: string | null | undefined;
}

/** Each row succeeds or fails on its own, by the same lifecycle rules as a single change. */
export function bulkOutcome(
  action: BulkAction,
  row: { status: ReferralStatus; blocker?: string | null },
): BulkOutcome {
  if (action.action === 'ASSIGN')
    return { ok: true, changes: { assigneeId: action.assigneeId ?? null } };
  const to = action.action === 'NOT_ELIGIBLE' ? 'NOT_ELIGIBLE' : action.to;
  if (!to) return { ok: false, reason: 'Statut cible manquant' };
  const check = checkReferralTransition(row.status, to, action.reason, {
    blocker: row.blocker ?? null,
  });
  if (!check.ok) return { ok: false, reason: check.reason };
  return {
    ok: true,
    changes: { status: to, ...(action.reason ? { statusReason: action.reason } : {}) },
  };
}

export const BULK_MAX_ROWS = 5000;
