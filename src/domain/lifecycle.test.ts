import { afterContactAttempt, canLogContact, shouldProposeUnreachable } from './contact';
import { describe, expect, it } from 'vitest';
import { MENTORSHIP_STATUSES, MENTOR_STATUSES, REFERRAL_STATUSES } from './enums';
import {
  MENTORSHIP_TRANSITIONS,
  MENTOR_TRANSITIONS,
  REFERRAL_TRANSITIONS,
  checkMentorTransition,
  checkMentorshipTransition,
  checkReferralTransition,
} from './lifecycle';

// Every pair of statuses, allowed or refused, as DOMAIN.md draws the lifecycles.
const referralAllowed = new Set([
  'RECEIVED>TO_CONTACT',
  'RECEIVED>NOT_ELIGIBLE',
  'RECEIVED>WITHDRAWN',
  'TO_CONTACT>QUALIFIED',
  'TO_CONTACT>UNREACHABLE',
  'TO_CONTACT>NOT_ELIGIBLE',
  'TO_CONTACT>WITHDRAWN',
  'QUALIFIED>AWAITING_MATCH',
  'QUALIFIED>NOT_ELIGIBLE',
  'QUALIFIED>WITHDRAWN',
  'AWAITING_MATCH>MATCH_PROPOSED',
  'AWAITING_MATCH>WITHDRAWN',
  'MATCH_PROPOSED>MATCHED',
  'MATCH_PROPOSED>AWAITING_MATCH',
  'MATCH_PROPOSED>WITHDRAWN',
]);

describe('referral lifecycle', () => {
  for (const from of REFERRAL_STATUSES) {
    for (const to of REFERRAL_STATUSES) {
      const allowed = referralAllowed.has(`${from}>${to}`);
      it(`${allowed ? 'allows' : 'refuses'} ${from} → ${to}`, () => {
        const result = checkReferralTransition(from, to, 'motif', { viaPairing: true });
        expect(result.ok).toBe(allowed);
        expect(REFERRAL_TRANSITIONS[from].includes(to)).toBe(allowed);
      });
    }
  }

  it('needs a reason to mark a referral not eligible or withdrawn', () => {
    expect(checkReferralTransition('TO_CONTACT', 'NOT_ELIGIBLE')).toEqual({
      ok: false,
      reason: 'Indiquez un motif',
      field: 'reason',
    });
    expect(checkReferralTransition('QUALIFIED', 'WITHDRAWN', '   ')).toMatchObject({
      ok: false,
      field: 'reason',
    });
    expect(checkReferralTransition('QUALIFIED', 'WITHDRAWN', 'Déménagement')).toEqual({ ok: true });
  });

  it('keeps a young person who cannot be paired out of the matching path, saying why', () => {
    const blocker = 'Moins de 15 ans : consentement manquant';
    expect(checkReferralTransition('QUALIFIED', 'AWAITING_MATCH', undefined, { blocker })).toEqual({
      ok: false,
      reason: blocker,
      field: 'to',
    });
    expect(
      checkReferralTransition('AWAITING_MATCH', 'MATCH_PROPOSED', undefined, {
        viaPairing: true,
        blocker,
      }),
    ).toMatchObject({ ok: false, reason: blocker });
    // Leaving the path stays possible: a refused proposal, a withdrawal.
    expect(
      checkReferralTransition('MATCH_PROPOSED', 'AWAITING_MATCH', undefined, {
        viaPairing: true,
        blocker,
      }),
    ).toEqual({ ok: true });
    expect(checkReferralTransition('QUALIFIED', 'WITHDRAWN', 'Déménagement', { blocker })).toEqual({
      ok: true,
    });
  });

  it('moves a referral into and out of a proposal only together with its pair', () => {
    expect(checkReferralTransition('AWAITING_MATCH', 'MATCH_PROPOSED')).toMatchObject({
      ok: false,
      field: 'to',
    });
    expect(checkReferralTransition('MATCH_PROPOSED', 'MATCHED')).toMatchObject({ ok: false });
    expect(checkReferralTransition('MATCH_PROPOSED', 'WITHDRAWN', 'Déménagement')).toMatchObject({
      ok: false,
    });
    expect(
      checkReferralTransition('MATCH_PROPOSED', 'AWAITING_MATCH', undefined, { viaPairing: true }),
    ).toEqual({ ok: true });
  });

  it('has no way out of a final status', () => {
    for (const status of ['MATCHED', 'UNREACHABLE', 'NOT_ELIGIBLE', 'WITHDRAWN'] as const) {
      expect(REFERRAL_TRANSITIONS[status]).toEqual([]);
    }
  });
});

const mentorshipAllowed = new Set([
  'PROPOSED>ACCEPTED',
  'PROPOSED>CLOSED',
  'ACCEPTED>ACTIVE',
  'ACCEPTED>CLOSED',
  'ACTIVE>PAUSED',
  'ACTIVE>CLOSED',
  'PAUSED>ACTIVE',
  'PAUSED>CLOSED',
]);

describe('mentorship lifecycle', () => {
  const complete = {
    reason: 'Indisponible',
    closureReason: 'GOALS_MET',
    exitSituation: 'EMPLOYMENT',
  };
  for (const from of MENTORSHIP_STATUSES) {
    for (const to of MENTORSHIP_STATUSES) {
      const allowed = mentorshipAllowed.has(`${from}>${to}`);
      it(`${allowed ? 'allows' : 'refuses'} ${from} → ${to}`, () => {
        expect(checkMentorshipTransition(from, to, complete).ok).toBe(allowed);
        expect(MENTORSHIP_TRANSITIONS[from].includes(to)).toBe(allowed);
      });
    }
  }

  it('needs the refusal reason when a proposal is declined', () => {
    expect(checkMentorshipTransition('PROPOSED', 'CLOSED', {})).toMatchObject({
      ok: false,
      field: 'reason',
    });
  });

  it('needs a closure reason and an exit situation to close a started pair', () => {
    expect(checkMentorshipTransition('ACTIVE', 'CLOSED', {})).toMatchObject({
      ok: false,
      field: 'closureReason',
    });
    expect(
      checkMentorshipTransition('ACTIVE', 'CLOSED', { closureReason: 'MISMATCH' }),
    ).toMatchObject({ ok: false, field: 'exitSituation' });
  });
});

const mentorAllowed = new Set([
  'APPLICANT>INTERVIEWED',
  'APPLICANT>INACTIVE',
  'APPLICANT>ARCHIVED',
  'INTERVIEWED>SCREENED',
  'INTERVIEWED>INACTIVE',
  'INTERVIEWED>ARCHIVED',
  'SCREENED>TRAINED',
  'SCREENED>INACTIVE',
  'SCREENED>ARCHIVED',
  'TRAINED>AVAILABLE',
  'TRAINED>INACTIVE',
  'TRAINED>ARCHIVED',
  'AVAILABLE>FULL',
  'AVAILABLE>INACTIVE',
  'FULL>AVAILABLE',
  'FULL>INACTIVE',
  'INACTIVE>AVAILABLE',
  'INACTIVE>ARCHIVED',
]);

/** A mentor with everything each step certifies, and room for one more pair. */
const ready = {
  honorabilityCheck: { type: 'B3' as const, date: '2026-01-10', result: 'VALID' as const },
  training: { date: '2026-02-01', format: 'REMOTE' as const },
  activePairs: 0,
  capacity: 2,
};

describe('mentor lifecycle', () => {
  for (const from of MENTOR_STATUSES) {
    for (const to of MENTOR_STATUSES) {
      const allowed = mentorAllowed.has(`${from}>${to}`);
      it(`${allowed ? 'allows' : 'refuses'} ${from} → ${to}`, () => {
        expect(checkMentorTransition(from, to, ready).ok).toBe(allowed);
        expect(MENTOR_TRANSITIONS[from].includes(to)).toBe(allowed);
      });
    }
  }

  it('screens only with a valid honorability check, and trains only with a training recorded', () => {
    const pending = {
      ...ready,
      honorabilityCheck: { ...ready.honorabilityCheck, result: 'PENDING' as const },
    };
    expect(checkMentorTransition('INTERVIEWED', 'SCREENED', pending)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/honorabilité valide/),
    });
    expect(
      checkMentorTransition('INTERVIEWED', 'SCREENED', { ...ready, honorabilityCheck: null }).ok,
    ).toBe(false);
    expect(
      checkMentorTransition('SCREENED', 'TRAINED', { ...ready, training: null }),
    ).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/formation/),
    });
    expect(checkMentorTransition('INACTIVE', 'AVAILABLE', { ...ready, training: null }).ok).toBe(
      false,
    );
  });

  it('makes a mentor available only with a free place', () => {
    expect(checkMentorTransition('FULL', 'AVAILABLE', { ...ready, activePairs: 2 })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Plus de place libre/),
    });
    expect(checkMentorTransition('FULL', 'AVAILABLE', { ...ready, activePairs: 1 }).ok).toBe(true);
  });
});

describe('contact attempts', () => {
  it('counts every attempt and records the first and last contact when reached', () => {
    expect(
      afterContactAttempt(
        { contactAttempts: 1, firstContactAt: null },
        false,
        '2026-11-27T10:00:00Z',
      ),
    ).toEqual({ contactAttempts: 2 });
    expect(
      afterContactAttempt(
        { contactAttempts: 2, firstContactAt: null },
        true,
        '2026-11-27T10:00:00Z',
      ),
    ).toEqual({
      contactAttempts: 3,
      firstContactAt: '2026-11-27T10:00:00Z',
      lastContactAt: '2026-11-27T10:00:00Z',
    });
    expect(
      afterContactAttempt(
        { contactAttempts: 3, firstContactAt: '2026-11-01T10:00:00Z' },
        true,
        '2026-11-27T10:00:00Z',
      ).firstContactAt,
    ).toBe('2026-11-01T10:00:00Z');
  });

  it('proposes "unreachable" after the set number of attempts without ever reaching the person', () => {
    expect(
      shouldProposeUnreachable(
        { status: 'TO_CONTACT', contactAttempts: 3, firstContactAt: null },
        3,
      ),
    ).toBe(true);
    expect(
      shouldProposeUnreachable(
        { status: 'TO_CONTACT', contactAttempts: 2, firstContactAt: null },
        3,
      ),
    ).toBe(false);
    expect(
      shouldProposeUnreachable(
        { status: 'TO_CONTACT', contactAttempts: 5, firstContactAt: '2026-11-01T10:00:00Z' },
        3,
      ),
    ).toBe(false);
    expect(
      shouldProposeUnreachable({ status: 'RECEIVED', contactAttempts: 5, firstContactAt: null }, 3),
    ).toBe(false);
  });

  it('is only for referrals still open', () => {
    expect(canLogContact({ status: 'TO_CONTACT' })).toBe(true);
    expect(canLogContact({ status: 'MATCHED' })).toBe(false);
  });
});
