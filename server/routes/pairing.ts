import { and, eq, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { checkReferralTransition } from '../../src/domain/lifecycle';
import { firstUnmet, hardConstraints, statusForLoad } from '../../src/domain/matching';
import { MEETING_STATUSES, plannedEnd, startsPair } from '../../src/domain/meetings';
import { fail, refused } from '../../src/domain/problem';
import { MeetingInput, MentorshipProposal } from '../../src/domain/schemas';
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
  await referralEvent(db, now, caller, referral.associationId, referral.id, {
    kind: 'STATUS_CHANGED',
    from: referral.status,
    to: 'MATCH_PROPOSED',
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
      const { associationId: _a, ...rest } = fromRow(pair);
      return {
        ...rest,
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
      };
    });
    return c.json(created, 201);
  });

  app.post('/mentorships/:id/meetings', async (c) => {
    const caller = await requireCaller(c, deps, 'meetings.log');
    const id = idParam(c);
    const now = deps.now();
    const mine = caller.association.id;
    const meeting = await deps.db().transaction(async (tx) => {
      const db: Db = tx;
      const [pair] = await db
        .select()
        .from(mentorships)
        .where(and(eq(mentorships.id, id), eq(mentorships.associationId, mine)))
        .for('update');
      if (!pair || (caller.user.role === 'mentor' && pair.mentorId !== caller.user.mentorId))
        return fail(404, 'Introuvable.');
      const body = await readBody(c, MeetingInput);
      if (body.date > now.toISOString().slice(0, 10)) {
        return fail(422, 'Une rencontre à venir ne se consigne pas encore.', {
          errors: [{ pointer: '/date', message: 'La date ne peut pas être dans le futur' }],
        });
      }
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
        })
        .returning();
      if (startsPair(pair.status as never, body.attendance)) {
        const [rules] = await db
          .select({ months: settings.plannedDurationMonths })
          .from(settings)
          .where(eq(settings.associationId, mine));
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
      await writeAudit(db, now, caller, 'meeting.create', {
        type: 'meeting',
        id: row!.id,
        associationId: mine,
      });
      return publicMeeting(row!);
    });
    return c.json(meeting, 201);
  });

  return app;
}
