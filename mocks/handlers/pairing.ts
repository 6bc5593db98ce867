import { http, HttpResponse } from 'msw';
import { checkReferralTransition } from '../../src/domain/lifecycle';
import { firstUnmet, hardConstraints, statusForLoad } from '../../src/domain/matching';
import { MEETING_STATUSES, plannedEnd, startsPair } from '../../src/domain/meetings';
import { fail, refused } from '../../src/domain/problem';
import { MeetingInput, MentorshipProposal } from '../../src/domain/schemas';
import {
  audit,
  authed,
  owned,
  publicRecord,
  readBody,
  referralEvent,
  type Caller,
  type MockDb,
} from '../http';
import { newId, type MentorRecord, type ReferralRecord } from '../store';

/** Proposes a pair: the pair, the referral and the mentor's load move together. */
export function proposePair(
  db: MockDb,
  caller: Caller,
  referral: ReferralRecord,
  mentor: MentorRecord,
  at: string,
) {
  const { store } = db;
  const pair = store.put('mentorships', {
    id: newId('pair'),
    associationId: caller.association.id,
    version: 1,
    status: 'PROPOSED',
    referralId: referral.id,
    mentorId: mentor.id,
    coordinatorId: caller.user.role === 'mentor' ? null : caller.user.id,
    goals: [],
    proposedAt: at,
    acceptedAt: null,
    startedAt: null,
    plannedEndAt: null,
    closedAt: null,
    refusalReason: null,
    closureReason: null,
    exitSituation: null,
    updatedAt: at,
  });
  referralEvent(db, caller, caller.association.id, referral.id, at, {
    kind: 'STATUS_CHANGED',
    from: referral.status,
    to: 'MATCH_PROPOSED',
  });
  store.put('referrals', {
    ...referral,
    status: 'MATCH_PROPOSED',
    version: referral.version + 1,
    updatedAt: at,
  });
  const load = mentor.activePairs + 1;
  store.put('mentors', {
    ...mentor,
    activePairs: load,
    status: statusForLoad(mentor, load),
    version: mentor.version + 1,
    updatedAt: at,
  });
  return pair;
}

/** Proposing a pair and logging meetings: the moves that change a pair, its referral and its mentor together. */
export function pairingHandlers(db: MockDb, base: string) {
  const { store } = db;

  return [
    http.post(
      `${base}/mentorships`,
      authed(db, 'mentorships.write', async ({ request, caller }) => {
        const body = await readBody(request, MentorshipProposal);
        const referral = owned(store.get('referrals', body.referralId), caller);
        const mentor = owned(store.get('mentors', body.mentorId), caller);
        const settings = store.get('settings', caller.association.id)!;
        const now = db.now();
        const at = now.toISOString();
        if (referral.status !== 'AWAITING_MATCH')
          return fail(409, 'Ce jeune n’est plus en attente de binôme.');
        const check = checkReferralTransition(referral.status, 'MATCH_PROPOSED', undefined, {
          viaPairing: true,
        });
        if (!check.ok) return refused(check);
        const unmet = firstUnmet(hardConstraints(referral, mentor, settings, now));
        // No free place is a race lost to another proposal (409); the other constraints are the pair's (422).
        if (unmet?.constraint === 'FREE_CAPACITY') return fail(409, unmet.detail);
        if (unmet)
          return fail(422, unmet.detail, {
            errors: [{ pointer: '/mentorId', message: unmet.detail }],
          });

        const pair = proposePair(db, caller, referral, mentor, at);
        audit(db, caller, 'mentorship.propose', {
          type: 'mentorship',
          id: pair.id,
          associationId: caller.association.id,
        });
        return HttpResponse.json(
          {
            ...publicRecord(pair),
            mentee: {
              firstName: referral.firstName,
              lastName: referral.lastName,
              needs: referral.needs,
              email: referral.email,
              phone: referral.phone,
            },
            mentor: { firstName: mentor.firstName, lastName: mentor.lastName },
            meetingsCount: 0,
            lastMeetingAt: null,
          },
          { status: 201 },
        );
      }),
    ),

    http.post(
      `${base}/mentorships/:id/meetings`,
      authed<{ id: string }>(db, 'meetings.log', async ({ request, params, caller }) => {
        const pair = owned(store.get('mentorships', params.id), caller);
        if (caller.user.role === 'mentor' && pair.mentorId !== caller.user.mentorId)
          return fail(404, 'Introuvable.');
        const body = await readBody(request, MeetingInput);
        const now = db.now();
        if (body.date > now.toISOString().slice(0, 10)) {
          return fail(422, 'Une rencontre à venir ne se consigne pas encore.', {
            errors: [{ pointer: '/date', message: 'La date ne peut pas être dans le futur' }],
          });
        }
        if (!MEETING_STATUSES.includes(pair.status))
          return fail(409, 'Ce binôme n’accepte pas de rencontre dans son état actuel.');
        const at = now.toISOString();
        const meeting = store.put('meetings', {
          id: newId('meet'),
          associationId: caller.association.id,
          version: 1,
          mentorshipId: pair.id,
          ...body,
          loggedById: caller.user.id,
          loggedAt: at,
        });
        if (startsPair(pair.status, body.attendance)) {
          const settings = store.get('settings', caller.association.id)!;
          store.put('mentorships', {
            ...pair,
            status: 'ACTIVE',
            startedAt: at,
            plannedEndAt: plannedEnd(at, settings.plannedDurationMonths),
            version: pair.version + 1,
            updatedAt: at,
          });
        }
        audit(db, caller, 'meeting.create', {
          type: 'meeting',
          id: meeting.id,
          associationId: caller.association.id,
        });
        return HttpResponse.json(publicRecord(meeting), { status: 201 });
      }),
    ),
  ];
}
