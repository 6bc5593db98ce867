import { and, eq, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { checkReferralTransition } from '../../src/domain/lifecycle';
import { firstUnmet, hardConstraints, statusForLoad } from '../../src/domain/matching';
import {
  MEETING_STATUSES,
  correctionRefusal,
  plannedEnd,
  startsPair,
} from '../../src/domain/meetings';
import { checkIfMatch, fail, refused } from '../../src/domain/problem';
import { MeetingInput, MeetingPatch, MentorshipProposal } from '../../src/domain/schemas';
import type { Mentor, Referral } from '../../src/domain/types';
import { writeAudit } from '../audit';
import { referralEvent } from '../timeline';
import type { Db } from '../db/database';
import { fromRow, publicMeeting } from '../db/rows';
import { meetings, mentors, mentorships, referrals, settings } from '../db/schema';
import {
  readBody,
  requireCaller,
  type Caller,
  type Deps,
  type Env,
  idParam,
} from '../http/context';
import { mentorshipView } from './mentorships';
import { blockerOf } from './referrals';

type ReferralRow = typeof referrals.$inferSelect;
type MentorRow = typeof mentors.$inferSelect;

/**
 * Proposes a pair inside the caller's transaction, both rows locked: the pair, the referral's
 * status and timeline, and the mentor's load (`loadBefore`, which a cohort counts up) move together.
 */
export async function proposePair(
  db: Db,
  now: Date,
  caller: Caller,
  referral: ReferralRow,
  mentor: MentorRow,
  loadBefore: number,
) {
  const [pair] = await db
    .insert(mentorships)
    .values({
      id: `pair_${crypto.randomUUID()}`,
      associationId: referral.associationId,
      status: 'PROPOSED',
      referralId: referral.id,
      mentorId: mentor.id,
      coordinatorId: caller.user.role === 'mentor' ? null : caller.user.id,
      goals: [],
      proposedAt: now,
      updatedAt: now,
    })
    .returning();
  await db
    .update(referrals)
    .set({ status: 'MATCH_PROPOSED', version: referral.version + 1, updatedAt: now })
    .where(eq(referrals.id, referral.id));
  // The timeline names the mentor: the referral's page says with whom, long after.
  await referralEvent(db, now, caller, referral.associationId, referral.id, {
    kind: 'STATUS_CHANGED',
    from: referral.status,
    to: 'MATCH_PROPOSED',
    body: `avec ${mentor.firstName} ${mentor.lastName}`,
  });
  const load = loadBefore + 1;
  await db
    .update(mentors)
    .set({
      activePairs: load,
      status: statusForLoad(mentor as unknown as Mentor, load),
      version: sql`${mentors.version} + 1`,
      updatedAt: now,
    })
    .where(eq(mentors.id, mentor.id));
  return pair!;
}

/** The pair locked for a change to its meetings; a mentor reaches only their own (404 otherwise). */
async function lockPair(db: Db, caller: Caller, id: string) {
  const [pair] = await db
    .select()
    .from(mentorships)
    .where(and(eq(mentorships.id, id), eq(mentorships.associationId, caller.association.id)))
    .for('update');
  if (!pair || (caller.user.role === 'mentor' && pair.mentorId !== caller.user.mentorId))
    return fail(404, 'Introuvable.');
  return pair;
}

/** The first meeting held makes an accepted pair active, from today to its planned end. */
async function startIfFirstHeld(
  db: Db,
  pair: typeof mentorships.$inferSelect,
  attendance: string,
  now: Date,
) {
  if (!startsPair(pair.status as never, attendance)) return;
  const [rules] = await db
    .select({ months: settings.plannedDurationMonths })
    .from(settings)
    .where(eq(settings.associationId, pair.associationId));
  await db
    .update(mentorships)
    .set({
      status: 'ACTIVE',
      startedAt: now,
      plannedEndAt: plannedEnd(now.toISOString(), rules!.months),
      version: pair.version + 1,
      updatedAt: now,
    })
    .where(eq(mentorships.id, pair.id));
}

const futureDate = () =>
  fail(422, 'Une rencontre à venir ne se consigne pas encore.', {
    errors: [{ pointer: '/date', message: 'La date ne peut pas être dans le futur' }],
  });

/** An Idempotency-Key header: a client's own id for one meeting, at most 100 plain characters. */
function idempotencyKey(header: string | undefined): string | null {
  if (header === undefined) return null;
  if (!/^[\w.:-]{8,100}$/.test(header))
    return fail(
      400,
      'Idempotency-Key : de 8 à 100 lettres, chiffres, « - », « _ », « . » ou « : ».',
    );
  return header;
}

/** Proposing a pair and logging meetings: the moves that change a pair, its referral and its mentor together. */
export function pairingRoutes(deps: Deps) {
  const app = new Hono<Env>();

  app.post('/mentorships', async (c) => {
    const caller = await requireCaller(c, deps, 'mentorships.write');
    const body = await readBody(c, MentorshipProposal);
    const now = deps.now();
    const mine = caller.association.id;
    const created = await deps.db().transaction(async (tx) => {
      const db: Db = tx;
      // Locks in a fixed order (mentor, then referral): two proposals for one mentor queue here,
      // and the second one sees the load the first one left.
      const [mentor] = await db
        .select()
        .from(mentors)
        .where(and(eq(mentors.id, body.mentorId), eq(mentors.associationId, mine)))
        .for('update');
      const [referral] = await db
        .select()
        .from(referrals)
        .where(and(eq(referrals.id, body.referralId), eq(referrals.associationId, mine)))
        .for('update');
      if (!mentor || !referral) return fail(404, 'Introuvable.');
      const [rules] = await db.select().from(settings).where(eq(settings.associationId, mine));
      if (referral.status !== 'AWAITING_MATCH')
        return fail(409, 'Ce jeune n’est plus en attente de binôme.');
      const check = checkReferralTransition(referral.status, 'MATCH_PROPOSED', undefined, {
        viaPairing: true,
        blocker: blockerOf(referral, now),
      });
      if (!check.ok) return refused(check);
      const unmet = firstUnmet(
        hardConstraints(
          referral as unknown as Referral,
          fromRow(mentor) as unknown as Mentor,
          rules!,
          now,
        ),
      );
      // No free place is a race lost to another proposal (409); the other constraints are the pair's (422).
      if (unmet?.constraint === 'FREE_CAPACITY') return fail(409, unmet.detail);
      if (unmet)
        return fail(422, unmet.detail, {
          errors: [{ pointer: '/mentorId', message: unmet.detail }],
        });

      const pair = await proposePair(db, now, caller, referral, mentor, mentor.activePairs);
      await writeAudit(db, now, caller, 'mentorship.propose', {
        type: 'mentorship',
        id: pair.id,
        associationId: mine,
      });
      return pair.id;
    });
    return c.json(await mentorshipView(deps.db(), caller, created, now), 201);
  });

  app.post('/mentorships/:id/meetings', async (c) => {
    const caller = await requireCaller(c, deps, 'meetings.log');
    const id = idParam(c);
    const now = deps.now();
    const mine = caller.association.id;
    const key = idempotencyKey(c.req.header('Idempotency-Key'));
    const { meeting, replay } = await deps.db().transaction(async (tx) => {
      const db: Db = tx;
      // The pair's lock also queues two sends of one meeting: the second finds the first.
      const pair = await lockPair(db, caller, id);
      const body = await readBody(c, MeetingInput);
      if (key) {
        const [sent] = await db
          .select()
          .from(meetings)
          .where(and(eq(meetings.mentorshipId, pair.id), eq(meetings.idempotencyKey, key)));
        if (sent) return { meeting: sent, replay: true };
      }
      if (body.date > now.toISOString().slice(0, 10)) return futureDate();
      if (!MEETING_STATUSES.includes(pair.status as never))
        return fail(409, 'Ce binôme n’accepte pas de rencontre dans son état actuel.');
      const [row] = await db
        .insert(meetings)
        .values({
          id: `meet_${crypto.randomUUID()}`,
          associationId: mine,
          mentorshipId: pair.id,
          ...body,
          loggedById: caller.user.id,
          loggedAt: now,
          idempotencyKey: key,
        })
        .returning();
      await startIfFirstHeld(db, pair, body.attendance, now);
      await writeAudit(db, now, caller, 'meeting.create', {
        type: 'meeting',
        id: row!.id,
        associationId: mine,
      });
      return { meeting: row!, replay: false };
    });
    return c.json(publicMeeting(meeting), replay ? 200 : 201);
  });

  app.patch('/meetings/:id', async (c) => {
    const caller = await requireCaller(c, deps, 'meetings.log');
    const id = idParam(c);
    const now = deps.now();
    const mine = caller.association.id;
    const meeting = await deps.db().transaction(async (tx) => {
      const db: Db = tx;
      const [found] = await db
        .select({ mentorshipId: meetings.mentorshipId })
        .from(meetings)
        .where(and(eq(meetings.id, id), eq(meetings.associationId, mine)));
      if (!found) return fail(404, 'Introuvable.');
      // Pair first, then meeting: the order logging takes, so the two never deadlock.
      const pair = await lockPair(db, caller, found.mentorshipId);
      const [current] = await db.select().from(meetings).where(eq(meetings.id, id)).for('update');
      const body = await readBody(c, MeetingPatch);
      const shown = publicMeeting(current!);
      checkIfMatch(c.req.header('If-Match'), shown);
      const refusal = correctionRefusal(
        shown,
        { id: caller.user.id, role: caller.user.role },
        body,
        now,
      );
      if (refusal)
        return fail(refusal.status, refusal.detail, {
          ...(refusal.pointer
            ? { errors: [{ pointer: refusal.pointer, message: refusal.detail }] }
            : {}),
        });
      if (body.date && body.date > now.toISOString().slice(0, 10)) return futureDate();
      const [row] = await db
        .update(meetings)
        .set({ ...body, version: current!.version + 1 })
        .where(eq(meetings.id, id))
        .returning();
      if (body.attendance) await startIfFirstHeld(db, pair, body.attendance, now);
      await writeAudit(
        db,
        now,
        caller,
        'meeting.update',
        { type: 'meeting', id, associationId: mine },
        { before: shown, after: publicMeeting(row!) },
      );
      return row!;
    });
    return c.json(publicMeeting(meeting));
  });

  return app;
}
