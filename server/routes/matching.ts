import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { planCohort, suggest } from '../../src/domain/cohort';
import { loadGazetteer } from '../../src/domain/gazetteer';
import { checkMentorshipTransition, checkReferralTransition } from '../../src/domain/lifecycle';
import { firstUnmet, hardConstraints, statusForLoad } from '../../src/domain/matching';
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
import type { MentorshipStatus, ReferralStatus } from '../../src/domain/enums';
import type { Referral, Settings } from '../../src/domain/types';
import { writeAudit } from '../audit';
import type { Db } from '../db/database';
import { byteOrder, fromRow, toRow } from '../db/rows';
import { mentors, mentorships, referrals, settings } from '../db/schema';
import {
  idParam,
  queryObject,
  readBody,
  requireCaller,
  type Deps,
  type Env,
} from '../http/context';
import { referralEvent } from '../timeline';
import { publicMentor } from './mentors';
import { mentorshipView } from './mentorships';
import { proposePair } from './pairing';
import { publicReferral } from './referrals';

const name = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

/** The association's matching settings (weights are a JSON column, typed by the contract). */
async function rulesOf(db: Db, associationId: string) {
  const [row] = await db.select().from(settings).where(eq(settings.associationId, associationId));
  return { ...row!, matchingWeights: row!.matchingWeights as Settings['matchingWeights'] };
}

/** Suggestions, cohort planning and publishing, and a pair's status changes. */
export function matchingRoutes(deps: Deps) {
  const app = new Hono<Env>();

  app.get('/referrals/:id/suggestions', async (c) => {
    const caller = await requireCaller(c, deps, 'matching.use');
    const { limit, weights } = parseOr(SuggestionQuery, queryObject(c), 400);
    const db = deps.db();
    const [row] = await db
      .select()
      .from(referrals)
      .where(and(eq(referrals.id, idParam(c)), eq(referrals.associationId, caller.association.id)));
    if (!row) return fail(404, 'Introuvable.');
    const saved = await rulesOf(db, caller.association.id);
    // Other weights to try (the settings' preview): nothing is saved.
    const rules = weights ? { ...saved, matchingWeights: weights } : saved;
    const gazetteer = await loadGazetteer();
    const today = deps.now();
    const mentee = prepareMentee(publicReferral(row) as Referral, gazetteer, today);
    const pool = await db
      .select()
      .from(mentors)
      .where(
        and(
          eq(mentors.associationId, caller.association.id),
          inArray(mentors.status, ['AVAILABLE', 'FULL']),
        ),
      );
    const ranked = suggest(
      pool.map(publicMentor).map((m) => ({
        item: m,
        pair: explainPair(mentee, prepareMentor(m, gazetteer, rules, today), rules, today),
      })),
      limit,
    );
    return c.json(ranked.map(({ item, pair }) => ({ mentor: MentorSummary.parse(item), ...pair })));
  });

  app.get('/mentors/:id/suggestions', async (c) => {
    const caller = await requireCaller(c, deps, 'matching.use');
    const { limit } = parseOr(SuggestionQuery, queryObject(c), 400);
    const db = deps.db();
    const [row] = await db
      .select()
      .from(mentors)
      .where(and(eq(mentors.id, idParam(c)), eq(mentors.associationId, caller.association.id)));
    if (!row) return fail(404, 'Introuvable.');
    const rules = await rulesOf(db, caller.association.id);
    const gazetteer = await loadGazetteer();
    const today = deps.now();
    const mentor = prepareMentor(publicMentor(row), gazetteer, rules, today);
    const waiting = await db
      .select()
      .from(referrals)
      .where(
        and(
          eq(referrals.associationId, caller.association.id),
          eq(referrals.status, 'AWAITING_MATCH'),
        ),
      );
    const ranked = suggest(
      waiting
        .map((r) => publicReferral(r) as Referral)
        .map((r) => ({
          item: r,
          pair: explainPair(prepareMentee(r, gazetteer, today), mentor, rules, today),
        })),
      limit,
    );
    return c.json(
      ranked.map(({ item, pair }) => ({ referral: ReferralSummary.parse(item), ...pair })),
    );
  });

  app.post('/matching/cohort', async (c) => {
    const caller = await requireCaller(c, deps, 'matching.use');
    const body = await readBody(c, CohortRequest);
    const db = deps.db();
    const mine = caller.association.id;
    const [waiting, pool, rules] = await Promise.all([
      db
        .select()
        .from(referrals)
        .where(
          and(
            eq(referrals.associationId, mine),
            eq(referrals.status, 'AWAITING_MATCH'),
            body.referralIds ? inArray(referrals.id, body.referralIds) : undefined,
          ),
        )
        .orderBy(byteOrder(referrals.id)),
      db
        .select()
        .from(mentors)
        .where(
          and(
            eq(mentors.associationId, mine),
            eq(mentors.status, 'AVAILABLE'),
            sql`${mentors.activePairs} < ${mentors.capacity}`,
            body.mentorIds ? inArray(mentors.id, body.mentorIds) : undefined,
          ),
        )
        .orderBy(byteOrder(mentors.id)),
      rulesOf(db, mine),
    ]);
    const now = deps.now();
    const plan = planCohort(
      waiting.map((r) => publicReferral(r) as Referral),
      pool.map(publicMentor),
      rules,
      await loadGazetteer(),
      now,
    );
    return c.json({
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
      computedAt: now.toISOString(),
    });
  });

  app.post('/matching/score', async (c) => {
    const caller = await requireCaller(c, deps, 'matching.use');
    const body = await readBody(c, PairScoreRequest);
    const db = deps.db();
    const mine = caller.association.id;
    const [found, pool, rules] = await Promise.all([
      db
        .select()
        .from(referrals)
        .where(
          and(
            eq(referrals.associationId, mine),
            inArray(
              referrals.id,
              body.pairs.map((p) => p.referralId),
            ),
          ),
        ),
      db
        .select()
        .from(mentors)
        .where(
          and(
            eq(mentors.associationId, mine),
            inArray(
              mentors.id,
              body.pairs.map((p) => p.mentorId),
            ),
          ),
        ),
      rulesOf(db, mine),
    ]);
    const referralById = new Map(found.map((r) => [r.id, publicReferral(r) as Referral]));
    const mentorById = new Map(pool.map((m) => [m.id, publicMentor(m)]));
    const gazetteer = await loadGazetteer();
    const today = deps.now();
    return c.json(
      body.pairs.map(({ referralId, mentorId }) => {
        const referral = referralById.get(referralId);
        const mentor = mentorById.get(mentorId);
        if (!referral || !mentor) return fail(404, 'Introuvable.');
        return {
          referralId,
          mentorId,
          ...explainPair(
            prepareMentee(referral, gazetteer, today),
            prepareMentor(mentor, gazetteer, rules, today),
            rules,
            today,
          ),
        };
      }),
    );
  });

  app.post('/matching/cohort/publish', async (c) => {
    const caller = await requireCaller(c, deps, 'matching.use');
    const body = await readBody(c, CohortPublish);
    const now = deps.now();
    const mine = caller.association.id;
    const ids = await deps.db().transaction(async (tx) => {
      const db: Db = tx;
      // Locks in a fixed order (mentors, then referrals, each by id): a concurrent publish or
      // proposal waits here, then sees the places this one took.
      const mentorIds = [...new Set(body.pairs.map((p) => p.mentorId))].sort();
      const referralIds = [...new Set(body.pairs.map((p) => p.referralId))].sort();
      const lockedMentors = await db
        .select()
        .from(mentors)
        .where(and(inArray(mentors.id, mentorIds), eq(mentors.associationId, mine)))
        .orderBy(asc(byteOrder(mentors.id)))
        .for('update');
      const lockedReferrals = await db
        .select()
        .from(referrals)
        .where(and(inArray(referrals.id, referralIds), eq(referrals.associationId, mine)))
        .orderBy(asc(byteOrder(referrals.id)))
        .for('update');
      const mentorById = new Map(lockedMentors.map((m) => [m.id, m]));
      const referralById = new Map(lockedReferrals.map((r) => [r.id, r]));
      const rules = await rulesOf(db, mine);
      const load = new Map<string, number>();
      const seen = new Set<string>();
      body.pairs.forEach(({ referralId, mentorId }, index) => {
        const referral = referralById.get(referralId);
        const mentor = mentorById.get(mentorId);
        if (!referral || !mentor) fail(404, 'Introuvable.');
        const conflict = (detail: string) =>
          fail(409, detail, { errors: [{ pointer: `/pairs/${index}`, message: detail }] });
        if (referral!.status !== 'AWAITING_MATCH' || seen.has(referralId))
          conflict(`${name(referral!)} n’est plus en attente de binôme.`);
        seen.add(referralId);
        const taken = load.get(mentorId) ?? mentor!.activePairs;
        const unmet = firstUnmet(
          hardConstraints(
            publicReferral(referral!) as Referral,
            { ...publicMentor(mentor!), activePairs: taken },
            rules,
            now,
          ),
        );
        if (unmet?.constraint === 'FREE_CAPACITY') conflict(`${name(mentor!)} : ${unmet.detail}`);
        if (unmet)
          fail(422, unmet.detail, {
            errors: [{ pointer: `/pairs/${index}`, message: unmet.detail }],
          });
        load.set(mentorId, taken + 1);
      });
      // Each mentor's load counts up from its locked row, pair after pair.
      const running = new Map(lockedMentors.map((m) => [m.id, m.activePairs]));
      const created: string[] = [];
      for (const { referralId, mentorId } of body.pairs) {
        const before = running.get(mentorId)!;
        const pair = await proposePair(
          db,
          now,
          caller,
          referralById.get(referralId)!,
          mentorById.get(mentorId)!,
          before,
        );
        running.set(mentorId, before + 1);
        created.push(pair.id);
      }
      await writeAudit(db, now, caller, 'matching.publish', {
        type: 'mentorship',
        id: null,
        associationId: mine,
      });
      return created;
    });
    return c.json({ created: ids.length, mentorshipIds: ids }, 201);
  });

  app.post('/mentorships/:id/transitions', async (c) => {
    const caller = await requireCaller(c, deps, 'mentorships.write');
    const id = idParam(c);
    const now = deps.now();
    const mine = caller.association.id;
    await deps.db().transaction(async (tx) => {
      const db: Db = tx;
      const [pair] = await db
        .select()
        .from(mentorships)
        .where(and(eq(mentorships.id, id), eq(mentorships.associationId, mine)))
        .for('update');
      if (!pair) return fail(404, 'Introuvable.');
      const body = await readBody(c, MentorshipTransition);
      const { associationId: _a, ...current } = fromRow(pair);
      checkIfMatch(c.req.header('If-Match'), current);
      const from = pair.status as MentorshipStatus;
      const check = checkMentorshipTransition(from, body.to, body);
      if (!check.ok) return refused(check);
      const rules = await rulesOf(db, mine);
      const move = mentorshipMove(
        from,
        body.to,
        body,
        now.toISOString(),
        rules.plannedDurationMonths,
      );
      const [moved] = await db
        .update(mentorships)
        .set({
          ...toRow(mentorships, move.pair),
          version: pair.version + 1,
          updatedAt: now,
        })
        .where(eq(mentorships.id, id))
        .returning();
      if (move.referralTo) {
        const [referral] = await db
          .select()
          .from(referrals)
          .where(eq(referrals.id, pair.referralId))
          .for('update');
        const allowed = checkReferralTransition(
          referral!.status as ReferralStatus,
          move.referralTo,
          undefined,
          { viaPairing: true },
        );
        if (!allowed.ok) return refused(allowed);
        await db
          .update(referrals)
          .set({ status: move.referralTo, version: referral!.version + 1, updatedAt: now })
          .where(eq(referrals.id, referral!.id));
        await referralEvent(db, now, caller, mine, referral!.id, {
          kind: 'STATUS_CHANGED',
          from: referral!.status,
          to: move.referralTo,
          body: body.reason ?? null,
        });
      }
      if (move.loadDelta) {
        const [mentor] = await db
          .select()
          .from(mentors)
          .where(eq(mentors.id, pair.mentorId))
          .for('update');
        const activePairs = Math.max(0, mentor!.activePairs + move.loadDelta);
        await db
          .update(mentors)
          .set({
            activePairs,
            status: statusForLoad(publicMentor(mentor!), activePairs),
            version: mentor!.version + 1,
            updatedAt: now,
          })
          .where(eq(mentors.id, mentor!.id));
      }
      await writeAudit(
        db,
        now,
        caller,
        'mentorship.transition',
        { type: 'mentorship', id, associationId: mine },
        { before: current, after: fromRow(moved!) },
      );
    });
    return c.json(await mentorshipView(deps.db(), caller, id, now));
  });

  return app;
}
