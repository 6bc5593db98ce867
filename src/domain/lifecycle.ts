import type { MentorStatus, MentorshipStatus, ReferralStatus } from './enums';
import type { Mentor } from './types';

// The only transitions allowed (DOMAIN.md, Lifecycles). Both backends enforce them; the UI
// offers only these.

const OPEN_REFERRAL: ReferralStatus[] = [
  'RECEIVED',
  'TO_CONTACT',
  'QUALIFIED',
  'AWAITING_MATCH',
  'MATCH_PROPOSED',
];

export const REFERRAL_TRANSITIONS: Record<ReferralStatus, readonly ReferralStatus[]> = {
  RECEIVED: ['TO_CONTACT', 'NOT_ELIGIBLE', 'WITHDRAWN'],
  TO_CONTACT: ['QUALIFIED', 'UNREACHABLE', 'NOT_ELIGIBLE', 'WITHDRAWN'],
  QUALIFIED: ['AWAITING_MATCH', 'NOT_ELIGIBLE', 'WITHDRAWN'],
  AWAITING_MATCH: ['MATCH_PROPOSED', 'WITHDRAWN'],
  // A refused proposal sends the young person back to AWAITING_MATCH.
  MATCH_PROPOSED: ['MATCHED', 'AWAITING_MATCH', 'WITHDRAWN'],
  MATCHED: [],
  UNREACHABLE: [],
  NOT_ELIGIBLE: [],
  WITHDRAWN: [],
};

export const MENTORSHIP_TRANSITIONS: Record<MentorshipStatus, readonly MentorshipStatus[]> = {
  PROPOSED: ['ACCEPTED', 'CLOSED'],
  ACCEPTED: ['ACTIVE', 'CLOSED'],
  ACTIVE: ['PAUSED', 'CLOSED'],
  PAUSED: ['ACTIVE', 'CLOSED'],
  CLOSED: [],
};

export const MENTOR_TRANSITIONS: Record<MentorStatus, readonly MentorStatus[]> = {
  APPLICANT: ['INTERVIEWED', 'INACTIVE', 'ARCHIVED'],
  INTERVIEWED: ['SCREENED', 'INACTIVE', 'ARCHIVED'],
  SCREENED: ['TRAINED', 'INACTIVE', 'ARCHIVED'],
  TRAINED: ['AVAILABLE', 'INACTIVE', 'ARCHIVED'],
  AVAILABLE: ['FULL', 'INACTIVE'],
  FULL: ['AVAILABLE', 'INACTIVE'],
  INACTIVE: ['AVAILABLE', 'ARCHIVED'],
  ARCHIVED: [],
};

export function isOpenReferral(status: ReferralStatus): boolean {
  return OPEN_REFERRAL.includes(status);
}

/** A refused transition names the request field at fault, for the problem's pointer. */
export type TransitionCheck = { ok: true } | { ok: false; reason: string; field: string };

const refuse = (reason: string, field = 'to'): TransitionCheck => ({ ok: false, reason, field });

function check<S extends string>(table: Record<S, readonly S[]>, from: S, to: S): TransitionCheck {
  return table[from].includes(to)
    ? { ok: true }
    : refuse('Transition impossible depuis le statut actuel');
}

/**
 * A referral's status changed by hand. Proposing, accepting and refusing a pair move the referral
 * together with its mentorship (`viaPairing`), never on their own. `blocker` (see
 * `pairingBlocker`) keeps the young person out of the matching path, with its reason.
 */
export function checkReferralTransition(
  from: ReferralStatus,
  to: ReferralStatus,
  reason?: string,
  { viaPairing = false, blocker = null as string | null } = {},
): TransitionCheck {
  const base = check(REFERRAL_TRANSITIONS, from, to);
  if (!base.ok) return base;
  if (blocker && from !== 'MATCH_PROPOSED' && (to === 'AWAITING_MATCH' || to === 'MATCH_PROPOSED'))
    return refuse(blocker);
  if (!viaPairing && (from === 'MATCH_PROPOSED' || to === 'MATCH_PROPOSED' || to === 'MATCHED')) {
    return refuse('Ce changement se fait depuis la proposition de binôme');
  }
  if ((to === 'NOT_ELIGIBLE' || to === 'WITHDRAWN') && !reason?.trim()) {
    return refuse('Indiquez un motif', 'reason');
  }
  return base;
}

/** A mentor's status moves along the onboarding pipeline; each step needs what it certifies. */
export function checkMentorTransition(
  from: MentorStatus,
  to: MentorStatus,
  mentor: Pick<Mentor, 'honorabilityCheck' | 'training' | 'activePairs' | 'capacity'>,
): TransitionCheck {
  const base = check(MENTOR_TRANSITIONS, from, to);
  if (!base.ok) return base;
  if (to === 'SCREENED' && mentor.honorabilityCheck?.result !== 'VALID')
    return refuse('Enregistrez d’abord un contrôle d’honorabilité valide');
  if ((to === 'TRAINED' || to === 'AVAILABLE') && !mentor.training)
    return refuse('Enregistrez d’abord la formation suivie');
  if (to === 'AVAILABLE' && mentor.activePairs >= mentor.capacity)
    return refuse('Plus de place libre : augmentez la capacité ou clôturez un binôme');
  return base;
}

export function checkMentorshipTransition(
  from: MentorshipStatus,
  to: MentorshipStatus,
  details: {
    reason?: string | undefined;
    closureReason?: string | undefined;
    exitSituation?: string | undefined;
  },
): TransitionCheck {
  const base = check(MENTORSHIP_TRANSITIONS, from, to);
  if (!base.ok) return base;
  if (to === 'CLOSED' && from === 'PROPOSED' && !details.reason?.trim()) {
    return refuse('Indiquez le motif du refus', 'reason');
  }
  if (to === 'CLOSED' && from !== 'PROPOSED') {
    if (!details.closureReason) return refuse('Indiquez le motif de clôture', 'closureReason');
    if (!details.exitSituation) return refuse('Indiquez la situation de sortie', 'exitSituation');
  }
  return base;
}
