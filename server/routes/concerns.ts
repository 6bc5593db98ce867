import { and, asc, count, desc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { Hono } from 'hono';
import { fail, parseOr } from '../../src/domain/problem';
import { ConcernListQuery } from '../../src/domain/queries';
import { ConcernAcknowledgementInput } from '../../src/domain/schemas';
import { writeAudit } from '../audit';
import type { Db } from '../db/database';
import { byteOrder, fromRow } from '../db/rows';
import { meetings, mentors, mentorships, referrals, users } from '../db/schema';
import {
  idParam,
  queryObject,
  readBody,
  requireCaller,
  type Deps,
  type Env,
} from '../http/context';

const acknowledger = alias(users, 'acknowledger');

/** Concerns of the association matching `where`, in the contract's shape. */
function concerns(db: Db, associationId: string, where: SQL | undefined) {
  const condition = and(
    eq(meetings.associationId, associationId),
    eq(meetings.concern, true),
    where,
  );
  const rows = db
    .select({
      meeting: meetings,
      coordinatorId: mentorships.coordinatorId,
      mentor: { id: mentors.id, firstName: mentors.firstName, lastName: mentors.lastName },
      youngPerson: {
        id: referrals.id,
        firstName: referrals.firstName,
        lastName: referrals.lastName,
      },
      acknowledger: { firstName: acknowledger.firstName, lastName: acknowledger.lastName },
    })
    .from(meetings)
    .innerJoin(mentorships, eq(mentorships.id, meetings.mentorshipId))
    .innerJoin(mentors, eq(mentors.id, mentorships.mentorId))
    .innerJoin(referrals, eq(referrals.id, mentorships.referralId))
    .leftJoin(acknowledger, eq(acknowledger.id, meetings.concernAcknowledgedById))
    .where(condition)
    .$dynamic();
  const total = db.select({ n: count() }).from(meetings).where(condition);
  return { rows, total };
}

type ConcernRow = Awaited<ReturnType<typeof concerns>['rows']>[number];

function view({ meeting, coordinatorId, mentor, youngPerson, acknowledger: by }: ConcernRow) {
  const m = fromRow(meeting);
  return {
    meetingId: m.id,
    mentorshipId: m.mentorshipId,
    coordinatorId,
    mentor,
    youngPerson,
    meetingDate: m.date,
    flaggedAt: m.loggedAt,
    notes: m.notes,
    acknowledgedAt: m.concernAcknowledgedAt,
    acknowledgedBy: by ? `${by.firstName} ${by.lastName}` : null,
    acknowledgement: m.concernAcknowledgement,
  };
}

/**
 * Difficulties mentors flag with a meeting reach the staff at once, and stay open until someone
 * acknowledges them with a note. Mentors never read them back (their meetings leave it out).
 */
export function concernRoutes(deps: Deps) {
  const app = new Hono<Env>();

  app.get('/concerns', async (c) => {
    const caller = await requireCaller(c, deps, 'concerns.manage');
    const q = parseOr(ConcernListQuery, queryObject(c), 400);
    const open = q.status.includes('OPEN');
    const acknowledged = q.status.includes('ACKNOWLEDGED');
    const { rows, total } = concerns(
      deps.db(),
      caller.association.id,
      open && acknowledged
        ? undefined
        : open
          ? isNull(meetings.concernAcknowledgedAt)
          : isNotNull(meetings.concernAcknowledgedAt),
    );
    // Open ones first, the longest waiting first; then the latest acknowledged.
    const order = [
      sql`${meetings.concernAcknowledgedAt} is not null`,
      desc(meetings.concernAcknowledgedAt),
      asc(meetings.loggedAt),
    ];
    const [page, [{ n } = { n: 0 }]] = await Promise.all([
      rows
        .orderBy(...order, byteOrder(meetings.id))
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize),
      total,
    ]);
    return c.json({ items: page.map(view), total: n, page: q.page, pageSize: q.pageSize });
  });

  app.post('/meetings/:id/concern-acknowledgement', async (c) => {
    const caller = await requireCaller(c, deps, 'concerns.manage');
    const id = idParam(c);
    const { note } = await readBody(c, ConcernAcknowledgementInput);
    const now = deps.now();
    const mine = caller.association.id;
    const acknowledged = await deps.db().transaction(async (tx) => {
      const db: Db = tx;
      const [meeting] = await db
        .select()
        .from(meetings)
        .where(
          and(eq(meetings.id, id), eq(meetings.associationId, mine), eq(meetings.concern, true)),
        )
        .for('update');
      if (!meeting) return fail(404, 'Introuvable.');
      const current = async () => view((await concerns(db, mine, eq(meetings.id, id)).rows)[0]!);
      if (meeting.concernAcknowledgedAt)
        return fail(409, 'Cette difficulté a déjà été prise en compte.', {
          current: await current(),
        });
      await db
        .update(meetings)
        .set({
          concernAcknowledgedAt: now,
          concernAcknowledgedById: caller.user.id,
          concernAcknowledgement: note,
          version: meeting.version + 1,
        })
        .where(eq(meetings.id, id));
      await writeAudit(
        db,
        now,
        caller,
        'meeting.concern.acknowledge',
        { type: 'meeting', id, associationId: mine },
        ['concernAcknowledgement'],
      );
      return current();
    });
    return c.json(acknowledged);
  });

  return app;
}
