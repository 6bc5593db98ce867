import { and, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { Hono } from 'hono';
import type { PgSelect } from 'drizzle-orm/pg-core';
import { fail, parseOr } from '../../src/domain/problem';
import { MentorshipListQuery } from '../../src/domain/queries';
import { PageQuery } from '../../src/domain/schemas';
import { searchKey } from '../../src/domain/search';
import type { Db } from '../db/database';
import { byteOrder, fromRow, publicMeeting } from '../db/rows';
import { meetings, mentors, mentorships, referrals } from '../db/schema';
import {
  queryObject,
  requireCaller,
  type Caller,
  type Deps,
  type Env,
  idParam,
} from '../http/context';

const DAY = 86_400_000;

/** Meeting count and last held meeting of each pair. */
const stats = (db: Db) =>
  db
    .select({
      mentorshipId: meetings.mentorshipId,
      meetingsCount: count().as('meetings_count'),
      lastMeetingAt: sql<
        string | null
      >`max(${meetings.date}) filter (where ${meetings.attendance} = 'HELD')`.as('last_meeting_at'),
    })
    .from(meetings)
    .groupBy(meetings.mentorshipId)
    .as('stats');

const SORT = {
  proposedAt: mentorships.proposedAt,
  startedAt: mentorships.startedAt,
  // In byte order whatever the cluster's collation, as the other lists sort their codes.
  status: byteOrder(mentorships.status),
} as const;

const FIELDS = (s: ReturnType<typeof stats>) => ({
  pair: mentorships,
  mentee: {
    firstName: referrals.firstName,
    lastName: referrals.lastName,
    needs: referrals.needs,
    email: referrals.email,
    phone: referrals.phone,
  },
  mentor: { firstName: mentors.firstName, lastName: mentors.lastName },
  meetingsCount: sql<number>`coalesce(${s.meetingsCount}, 0)::int`,
  lastMeetingAt: s.lastMeetingAt,
});

/**
 * The pairs the caller may see, joined with names and meeting stats. A mentor sees only their
 * own pairs; of the young person, first name, needs and contact.
 */
function select(db: Db, caller: Caller, where: (s: ReturnType<typeof stats>) => SQL | undefined) {
  const s = stats(db);
  const ownOnly =
    caller.user.role === 'mentor'
      ? eq(mentorships.mentorId, caller.user.mentorId ?? '')
      : undefined;
  const condition = and(eq(mentorships.associationId, caller.association.id), ownOnly, where(s));
  const joined = <T extends PgSelect>(query: T) =>
    query
      .innerJoin(referrals, eq(referrals.id, mentorships.referralId))
      .innerJoin(mentors, eq(mentors.id, mentorships.mentorId))
      .leftJoin(s, eq(s.mentorshipId, mentorships.id))
      .where(condition);
  return {
    rows: joined(db.select(FIELDS(s)).from(mentorships).$dynamic()),
    total: joined(db.select({ total: count() }).from(mentorships).$dynamic()),
    stats: s,
  };
}

type Selected = Awaited<ReturnType<typeof select>['rows']>[number];

function view({ pair, mentee, mentor, meetingsCount, lastMeetingAt }: Selected, caller: Caller) {
  const { associationId: _a, ...rest } = fromRow(pair);
  return {
    ...rest,
    mentee: { ...mentee, lastName: caller.user.role === 'mentor' ? null : mentee.lastName },
    mentor,
    meetingsCount: Number(meetingsCount),
    lastMeetingAt: lastMeetingAt ? String(lastMeetingAt).slice(0, 10) : null,
  };
}

/** One pair as the list shows it (names, meeting figures), or null when the caller may not see it. */
export async function mentorshipView(db: Db, caller: Caller, id: string) {
  const [row] = await select(db, caller, () => eq(mentorships.id, id)).rows;
  return row ? view(row, caller) : null;
}

export function mentorshipRoutes(deps: Deps) {
  const app = new Hono<Env>();

  app.get('/', async (c) => {
    const caller = await requireCaller(c, deps, 'mentorships.read');
    const q = parseOr(MentorshipListQuery, queryObject(c), 400);
    const db = deps.db();
    const today = deps.now();
    const needle = q.q ? `%${searchKey(q.q).replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` : null;
    const noMeetingSince =
      q.noMeetingSinceDays !== undefined
        ? new Date(today.getTime() - q.noMeetingSinceDays * DAY).toISOString().slice(0, 10)
        : null;
    const {
      rows,
      total,
      stats: s,
    } = select(db, caller, (s) =>
      and(
        q.status.length ? inArray(mentorships.status, q.status) : undefined,
        q.mentorId ? eq(mentorships.mentorId, q.mentorId) : undefined,
        q.referralId ? eq(mentorships.referralId, q.referralId) : undefined,
        q.coordinatorId ? eq(mentorships.coordinatorId, q.coordinatorId) : undefined,
        noMeetingSince
          ? sql`(${s.lastMeetingAt} is null or ${s.lastMeetingAt} <= ${noMeetingSince}::date)`
          : undefined,
        // A mentor does not search by the young person's last name: they may not see it.
        needle
          ? sql`(${referrals.firstNameKey} || ' ' || ${caller.user.role === 'mentor' ? sql`''` : referrals.lastNameKey} || ' ' || ${mentors.searchText}) like ${needle}`
          : undefined,
      ),
    );
    const descending = q.sort.startsWith('-');
    const field = q.sort.replace(/^-/, '');
    const column = field === 'lastMeetingAt' ? s.lastMeetingAt : SORT[field as keyof typeof SORT];
    const ordered = sql`${column} ${descending ? sql`desc` : sql`asc`} nulls last`;
    const [page, [{ total: n } = { total: 0 }]] = await Promise.all([
      rows
        .orderBy(ordered, byteOrder(mentorships.id))
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize),
      total,
    ]);
    return c.json({
      items: page.map((r) => view(r, caller)),
      total: n,
      page: q.page,
      pageSize: q.pageSize,
    });
  });

  app.get('/:id', async (c) => {
    const caller = await requireCaller(c, deps, 'mentorships.read');
    const [row] = await select(deps.db(), caller, () => eq(mentorships.id, idParam(c))).rows;
    if (!row) return fail(404, 'Introuvable.');
    return c.json(view(row, caller));
  });

  app.get('/:id/meetings', async (c) => {
    const caller = await requireCaller(c, deps, 'mentorships.read');
    const id = idParam(c);
    const db = deps.db();
    const [pair] = await select(db, caller, () => eq(mentorships.id, id)).rows;
    if (!pair) return fail(404, 'Introuvable.');
    const q = parseOr(PageQuery, queryObject(c), 400);
    const [[{ total } = { total: 0 }], rows] = await Promise.all([
      db.select({ total: count() }).from(meetings).where(eq(meetings.mentorshipId, id)),
      db
        .select()
        .from(meetings)
        .where(eq(meetings.mentorshipId, id))
        .orderBy(desc(meetings.date), byteOrder(meetings.id))
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize),
    ]);
    return c.json({
      items: rows.map(publicMeeting),
      total,
      page: q.page,
      pageSize: q.pageSize,
    });
  });

  return app;
}
