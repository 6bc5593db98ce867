import { http, HttpResponse } from 'msw';
import { planCohort, suggest } from '../../src/domain/cohort';
import { loadGazetteer } from '../../src/domain/gazetteer';
import { checkMentorshipTransition, checkReferralTransition } from '../../src/domain/lifecycle';
import {
  firstUnmet,
  hardConstraints,
  hasFreePlace,
  statusForLoad,
} from '../../src/domain/matching';
import { mentorshipMove } from '../../src/domain/meetings';
import { checkIfMatch, fail, parseOr, refused } from '../../src/domain/problem';
import {
  CohortPublish,
  CohortRequest,
  MentorSummary,
  MentorshipTransition,
  PairScoreRequest,
  ReferralSummary,
  SuggestionQuery,
} from '../../src/domain/schemas';
import { explainPair, prepareMentee, prepareMentor } from '../../src/domain/scoring';
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
import { type MentorRecord } from '../store';
import { proposePair } from './pairing';

const name = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

/** Mentors who can be offered: not archived nor inactive (a full one shows, greyed, with why). */
const OFFERED: MentorRecord['status'][] = ['AVAILABLE', 'FULL'];

/** Suggestions, cohort planning and publishing, and a pair's status changes. */
export function matchingHandlers(db: MockDb, base: string) {
  const { store } = db;
  const settingsOf = (caller: Caller) => store.get('settings', caller.association.id)!;
  const mine = <T extends { associationId: string }>(rows: T[], caller: Caller) =>
    rows.filter((r) => r.associationId === caller.association.id);

  return [
    http.get(
      `${base}/referrals/:id/suggestions`,
      authed<{ id: string }>(db, 'matching.use', async ({ params, url, caller }) => {
        const referral = owned(store.get('referrals', params.id), caller);
        const { limit } = parseOr(SuggestionQuery, Object.fromEntries(url.searchParams), 400);
        const settings = settingsOf(caller);
        const gazetteer = await loadGazetteer();
        const today = db.now();
        const mentee = prepareMentee(referral, gazetteer, today);
        const ranked = suggest(
          mine(store.all('mentors'), caller)
            .filter((m) => OFFERED.includes(m.status))
            .map((m) => ({
              item: m,
              pair: explainPair(
                mentee,
                prepareMentor(m, gazetteer, settings, today),
                settings,
                today,
              ),
            })),
          limit,
        );
        return HttpResponse.json(
          ranked.map(({ item, pair }) => ({ mentor: MentorSummary.parse(item), ...pair })),
        );
      }),
    ),

    http.get(
      `${base}/mentors/:id/suggestions`,
      authed<{ id: string }>(db, 'matching.use', async ({ params, url, caller }) => {
        const mentor = owned(store.get('mentors', params.id), caller);
        const { limit } = parseOr(SuggestionQuery, Object.fromEntries(url.searchParams), 400);
        const settings = settingsOf(caller);
        const gazetteer = await loadGazetteer();
        const today = db.now();
        const prepared = prepareMentor(mentor, gazetteer, settings, today);
        const ranked = suggest(
          mine(store.all('referrals'), caller)
            .filter((r) => r.status === 'AWAITING_MATCH')
            .map((r) => ({
              item: r,
              pair: explainPair(prepareMentee(r, gazetteer, today), prepared, settings, today),
            })),
          limit,
        );
        return HttpResponse.json(
          ranked.map(({ item, pair }) => ({ referral: ReferralSummary.parse(item), ...pair })),
        );
      }),
    ),

    http.post(
      `${base}/matching/cohort`,
      authed(db, 'matching.use', async ({ request, caller }) => {
        const body = await readBody(request, CohortRequest);
        const referrals = mine(store.all('referrals'), caller).filter(
          (r) =>
            r.status === 'AWAITING_MATCH' && (!body.referralIds || body.referralIds.includes(r.id)),
        );
        const mentors = mine(store.all('mentors'), caller).filter(
          (m) => hasFreePlace(m) && (!body.mentorIds || body.mentorIds.includes(m.id)),
        );
        const plan = planCohort(
          referrals,
          mentors,
          settingsOf(caller),
          await loadGazetteer(),
          db.now(),
        );
        return HttpResponse.json({
          pairs: plan.pairs.map(({ referral, mentor, pair }) => ({
            referralId: referral.id,
            mentorId: mentor.id,
            menteeName: name(referral),
            mentorName: name(mentor),
            score: pair.score,
            criteria: pair.criteria,
          })),
          unmatched: plan.unmatched.map(({ referral, reason }) => ({
            referralId: referral.id,
            menteeName: name(referral),
            reason,
          })),
          totalScore: plan.totalScore,
          greedyScore: plan.greedyScore,
          computedAt: db.now().toISOString(),
        });
      }),
    ),

    http.post(
      `${base}/matching/score`,
      authed(db, 'matching.use', async ({ request, caller }) => {
        const body = await readBody(request, PairScoreRequest);
        const settings = settingsOf(caller);
        const gazetteer = await loadGazetteer();
        const today = db.now();
        return HttpResponse.json(
          body.pairs.map(({ referralId, mentorId }) => {
            const referral = owned(store.get('referrals', referralId), caller);
            const mentor = owned(store.get('mentors', mentorId), caller);
            return {
              referralId,
              mentorId,
              ...explainPair(
                prepareMentee(referral, gazetteer, today),
                prepareMentor(mentor, gazetteer, settings, today),
                settings,
                today,
              ),
            };
          }),
        );
      }),
    ),

    http.post(
      `${base}/matching/cohort/publish`,
      authed(db, 'matching.use', async ({ request, caller }) => {
        const body = await readBody(request, CohortPublish);
        const settings = settingsOf(caller);
        const now = db.now();
        // Everything is checked before anything is written: all pairs or none.
        const load = new Map<string, number>();
        const seen = new Set<string>();
        const plan = body.pairs.map(({ referralId, mentorId }, index) => {
          const referral = owned(store.get('referrals', referralId), caller);
          const mentor = owned(store.get('mentors', mentorId), caller);
          const conflict = (detail: string) =>
            fail(409, detail, { errors: [{ pointer: `/pairs/${index}`, message: detail }] });
          if (referral.status !== 'AWAITING_MATCH' || seen.has(referralId))
            conflict(`${name(referral)} n’est plus en attente de binôme.`);
          seen.add(referralId);
          const taken = load.get(mentorId) ?? mentor.activePairs;
          const unmet = firstUnmet(
            hardConstraints(referral, { ...mentor, activePairs: taken }, settings, now),
          );
          if (unmet?.constraint === 'FREE_CAPACITY') conflict(`${name(mentor)} : ${unmet.detail}`);
          if (unmet)
            fail(422, unmet.detail, {
              errors: [{ pointer: `/pairs/${index}`, message: unmet.detail }],
            });
          load.set(mentorId, taken + 1);
          return { referral, mentorId };
        });
        const at = now.toISOString();
        const ids = plan.map(
          ({ referral, mentorId }) =>
            proposePair(db, caller, referral, store.get('mentors', mentorId)!, at).id,
        );
        audit(db, caller, 'matching.publish', {
          type: 'mentorship',
          id: null,
          associationId: caller.association.id,
        });
        return HttpResponse.json({ created: ids.length, mentorshipIds: ids }, { status: 201 });
      }),
    ),

    http.post(
      `${base}/mentorships/:id/transitions`,
      authed<{ id: string }>(db, 'mentorships.write', async ({ request, params, caller }) => {
        const pair = owned(store.get('mentorships', params.id), caller);
        const body = await readBody(request, MentorshipTransition);
        checkIfMatch(request.headers.get('If-Match'), publicRecord(pair));
        const check = checkMentorshipTransition(pair.status, body.to, body);
        if (!check.ok) return refused(check);
        const at = db.now().toISOString();
        const move = mentorshipMove(
          pair.status,
          body.to,
          body,
          at,
          settingsOf(caller).plannedDurationMonths,
        );
        const next = store.put('mentorships', {
          ...pair,
          ...move.pair,
          version: pair.version + 1,
          updatedAt: at,
        });
        const referral = store.get('referrals', pair.referralId)!;
        if (move.referralTo) {
          const allowed = checkReferralTransition(referral.status, move.referralTo, undefined, {
            viaPairing: true,
          });
          if (!allowed.ok) return refused(allowed);
          store.put('referrals', {
            ...referral,
            status: move.referralTo,
            version: referral.version + 1,
            updatedAt: at,
          });
          referralEvent(db, caller, caller.association.id, referral.id, at, {
            kind: 'STATUS_CHANGED',
            from: referral.status,
            to: move.referralTo,
            body: body.reason ?? null,
          });
        }
        if (move.loadDelta) {
          const mentor = store.get('mentors', pair.mentorId)!;
          const load = Math.max(0, mentor.activePairs + move.loadDelta);
          store.put('mentors', {
            ...mentor,
            activePairs: load,
            status: statusForLoad(mentor, load),
            version: mentor.version + 1,
            updatedAt: at,
          });
        }
        audit(
          db,
          caller,
          'mentorship.transition',
          { type: 'mentorship', id: pair.id, associationId: caller.association.id },
          ['status'],
        );
        const mentor = store.get('mentors', pair.mentorId)!;
        return HttpResponse.json({
          ...publicRecord(next),
          mentee: {
            firstName: referral.firstName,
            lastName: referral.lastName,
            needs: referral.needs,
            email: referral.email,
            phone: referral.phone,
          },
          mentor: { firstName: mentor.firstName, lastName: mentor.lastName },
          meetingsCount: store.all('meetings').filter((m) => m.mentorshipId === pair.id).length,
          lastMeetingAt:
            store
              .all('meetings')
              .filter((m) => m.mentorshipId === pair.id && m.attendance === 'HELD')
              .map((m) => m.date)
              .sort()
              .pop() ?? null,
        });
      }),
    ),
  ];
}
