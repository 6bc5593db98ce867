import { and, count, desc, eq, inArray, isNotNull, not, sql, type SQL } from 'drizzle-orm';
import { EARLY_RUPTURE, utcDay } from '../db/periods';
import { alias, type PgSelect } from 'drizzle-orm/pg-core';
import { Hono } from 'hono';
import type { Attendance, InterviewKind, MentorshipStatus } from '../../src/domain/enums';
import {
  nextInterview,
  pairHealth,
  type FollowUpRules,
  type HealthLevel,
} from '../../src/domain/follow-up';
import { fail, parseOr } from '../../src/domain/problem';
import { MentorshipListQuery } from '../../src/domain/queries';
import { PageQuery } from '../../src/domain/schemas';
import { searchKey } from '../../src/domain/search';
import type { Db } from '../db/database';
import { byteOrder, fromRow, publicMeeting } from '../db/rows';
import {
  interviews,
  meetings,
  mentors,
  mentorships,
  referrals,
  settings,
  users,
} from '../db/schema';
import {
  queryObject,
  requireCaller,
  type Caller,
  type Deps,
  type Env,
  idParam,
} from '../http/context';

const DAY = 86_400_000;
const day = (date: Date) => date.toISOString().slice(0, 10);

/** Meeting figures of each pair, computed per pair (a lateral join uses the pair's index). */
const stats = (db: Db, today: string) =>
  db
    .select({
      meetingsCount: count().as('meetings_count'),
      lastMeetingAt: sql<
        string | null
      >`max(${meetings.date}) filter (where ${meetings.attendance} = 'HELD')`.as('last_meeting_at'),
      heldLast30Days:
        sql<number>`count(*) filter (where ${meetings.attendance} = 'HELD' and ${meetings.date} > ${today}::date - 30)::int`.as(
          'held_last_30_days',
        ),
      // The two latest meetings that were not cancelled, newest first: two no-shows in a row.
      latest: sql<
        Attendance[] | null
      >`(array_agg(${meetings.attendance} order by ${meetings.date} desc, ${meetings.loggedAt} desc) filter (where ${meetings.attendance} <> 'CANCELLED'))[1:2]`.as(
        'latest_attendances',
      ),
      openConcerns:
        sql<number>`count(*) filter (where ${meetings.concern} and ${meetings.concernAcknowledgedAt} is null)::int`.as(
          'open_concerns',
        ),
    })
    .from(meetings)
    .where(eq(meetings.mentorshipId, mentorships.id))
    .as('stats');
type Stats = ReturnType<typeof stats>;

const coordinator = alias(users, 'coordinator');

/** The day health counts from: the last held meeting, else the day the pair was accepted. */
const sinceDay = (s: Stats) =>
  sql`coalesce(${s.lastMeetingAt}, (${mentorships.acceptedAt} at time zone 'UTC')::date)`;

/**
 * The list filter for a health level: pairHealth (src/domain/follow-up.ts) in SQL, so that
 * paging and counts hold. Both are checked against each other by the contract suite.
 */
function healthIs(level: HealthLevel, s: Stats, rules: FollowUpRules, today: string): SQL {
  const followed = sql`${mentorships.status} in ('ACCEPTED', 'ACTIVE') and ${sinceDay(s)} is not null`;
  const twoNoShows = sql`coalesce(${s.latest} = array['NO_SHOW', 'NO_SHOW']::text[], false)`;
  const olderThan = (days: number) => sql`${sinceDay(s)} <= ${today}::date - ${days}::int`;
  if (level === 'AT_RISK')
    return sql`(${followed} and (${twoNoShows} or ${olderThan(rules.atRiskDays)}))`;
  if (level === 'CHECK_IN')
    return sql`(${followed} and not ${twoNoShows} and not ${olderThan(rules.atRiskDays)} and ${olderThan(rules.checkInDays)})`;
  return sql`(${followed} and not ${twoNoShows} and not ${olderThan(rules.checkInDays)})`;
}

const SORT = {
  proposedAt: mentorships.proposedAt,
  startedAt: mentorships.startedAt,
  plannedEndAt: mentorships.plannedEndAt,
  // In byte order whatever the cluster's collation, as the other lists sort their codes.
  status: byteOrder(mentorships.status),
} as const;

const FIELDS = (s: Stats) => ({
  pair: mentorships,
  mentee: {
    firstName: referrals.firstName,
    lastName: referrals.lastName,
    needs: referrals.needs,
    email: referrals.email,
    phone: referrals.phone,
  },
  mentor: { firstName: mentors.firstName, lastName: mentors.lastName },
  coordinatorFirstName: coordinator.firstName,
  coordinatorLastName: coordinator.lastName,
  meetingsCount: sql<number>`coalesce(${s.meetingsCount}, 0)::int`,
  lastMeetingAt: s.lastMeetingAt,
  heldLast30Days: s.heldLast30Days,
  latest: s.latest,
  openConcerns: s.openConcerns,
  interviewsDone: sql<
    InterviewKind[] | null
  >`(select array_agg(${interviews.kind}) from ${interviews} where ${interviews.mentorshipId} = ${mentorships.id})`,
});

/** What the list needs to know about the caller's association: its follow-up thresholds and today. */
async function followUp(db: Db, caller: Caller, now: Date) {
  const [rules] = await db
    .select({
      checkInDays: settings.checkInDays,
      atRiskDays: settings.atRiskDays,
      meetingsPerMonth: settings.meetingsPerMonth,
    })
    .from(settings)
    .where(eq(settings.associationId, caller.association.id));
  return { rules: rules!, now, today: day(now) };
}
type FollowUp = Awaited<ReturnType<typeof followUp>>;

/**
 * The pairs the caller may see, joined with names and meeting figures. A mentor sees only their
 * own pairs; of the young person, first name, needs and contact.
 */
function select(
  db: Db,
  caller: Caller,
  context: FollowUp,
  where: (s: Stats) => SQL | undefined,
  { searching = true } = {},
) {
  const s = stats(db, context.today);
  const ownOnly =
    caller.user.role === 'mentor'
      ? eq(mentorships.mentorId, caller.user.mentorId ?? '')
      : undefined;
  const condition = and(eq(mentorships.associationId, caller.association.id), ownOnly, where(s));
  const people = <T extends PgSelect>(query: T) =>
    query
      .innerJoin(referrals, eq(referrals.id, mentorships.referralId))
      .innerJoin(mentors, eq(mentors.id, mentorships.mentorId));
  // Choosing a page needs the names only to search them.
  const forPage = <T extends PgSelect>(query: T) => (searching ? people(query) : query);
  const joined = <T extends PgSelect>(query: T) =>
    people(query)
      .leftJoin(coordinator, eq(coordinator.id, mentorships.coordinatorId))
      .leftJoinLateral(s, sql`true`)
      .where(condition);
  return {
    rows: joined(db.select(FIELDS(s)).from(mentorships).$dynamic()),
    total: joined(db.select({ total: count() }).from(mentorships).$dynamic()),
    /** Without the meeting figures: for filters and sorts that do not use them (much cheaper). */
    ids: forPage(db.select({ id: mentorships.id }).from(mentorships).$dynamic()).where(condition),
    idCount: forPage(db.select({ total: count() }).from(mentorships).$dynamic()).where(condition),
    stats: s,
  };
}

type Selected = Awaited<ReturnType<typeof select>['rows']>[number];

function view(row: Selected, caller: Caller, { rules, now }: FollowUp) {
  const { pair, mentee, mentor, meetingsCount, lastMeetingAt } = row;
  const { associationId: _a, ...rest } = fromRow(pair);
  const status = pair.status as MentorshipStatus;
  const lastHeld = lastMeetingAt ? String(lastMeetingAt).slice(0, 10) : null;
  return {
    ...rest,
    status,
    mentee: { ...mentee, lastName: caller.user.role === 'mentor' ? null : mentee.lastName },
    mentor,
    coordinator:
      row.coordinatorFirstName !== null
        ? { firstName: row.coordinatorFirstName, lastName: row.coordinatorLastName! }
        : null,
    meetingsCount: Number(meetingsCount),
    lastMeetingAt: lastHeld,
    heldLast30Days: Number(row.heldLast30Days ?? 0),
    openConcerns: Number(row.openConcerns ?? 0),
    health: pairHealth(
      { status, sinceDay: lastHeld ?? rest.acceptedAt, latestAttendances: row.latest ?? [] },
      rules,
      now,
    ),
    nextInterview: nextInterview(
      { status, startedAt: rest.startedAt, plannedEndAt: rest.plannedEndAt },
      row.interviewsDone ?? [],
    ),
  };
}

/** The list's filters, each as a user would state it (tests/contract/list-filters.test.ts). */
function pairFilters(q: MentorshipListQuery, s: Stats, caller: Caller, context: FollowUp) {
  const needle = q.q ? `%${searchKey(q.q).replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` : null;
  const noMeetingSince =
    q.noMeetingSinceDays !== undefined
      ? day(new Date(context.now.getTime() - q.noMeetingSinceDays * DAY))
      : null;
  return and(
    q.status.length ? inArray(mentorships.status, q.status) : undefined,
    q.health.length
      ? sql`(${sql.join(
          q.health.map((level) => healthIs(level, s, context.rules, context.today)),
          sql` or `,
        )})`
      : undefined,
    q.mentorId ? eq(mentorships.mentorId, q.mentorId) : undefined,
    q.referralId ? eq(mentorships.referralId, q.referralId) : undefined,
    q.coordinatorId ? eq(mentorships.coordinatorId, q.coordinatorId) : undefined,
    noMeetingSince
      ? sql`(${s.lastMeetingAt} is null or ${s.lastMeetingAt} <= ${noMeetingSince}::date)`
      : undefined,
    // The indicators' definitions (server/routes/reporting.ts): closed means closed after
    // acceptance; a refused proposal was never a pair.
    q.acceptedFrom ? sql`${utcDay(mentorships.acceptedAt)} >= ${q.acceptedFrom}::date` : undefined,
    q.acceptedTo ? sql`${utcDay(mentorships.acceptedAt)} <= ${q.acceptedTo}::date` : undefined,
    q.closedFrom || q.closedTo || q.earlyRupture !== undefined
      ? and(isNotNull(mentorships.acceptedAt), isNotNull(mentorships.closedAt))
      : undefined,
    q.closedFrom ? sql`${utcDay(mentorships.closedAt)} >= ${q.closedFrom}::date` : undefined,
    q.closedTo ? sql`${utcDay(mentorships.closedAt)} <= ${q.closedTo}::date` : undefined,
    q.activeOn
      ? sql`(${utcDay(mentorships.acceptedAt)} <= ${q.activeOn}::date and (${mentorships.closedAt} is null or ${utcDay(mentorships.closedAt)} > ${q.activeOn}::date))`
      : undefined,
    q.earlyRupture === undefined ? undefined : q.earlyRupture ? EARLY_RUPTURE : not(EARLY_RUPTURE),
    // A mentor does not search by the young person's last name: they may not see it.
    needle
      ? sql`(${referrals.firstNameKey} || ' ' || ${caller.user.role === 'mentor' ? sql`''` : referrals.lastNameKey} || ' ' || ${mentors.searchText}) like ${needle}`
      : undefined,
  );
}

/** How many pairs a list query matches for the caller (a saved view's live count). */
export async function countPairs(db: Db, caller: Caller, now: Date, q: MentorshipListQuery) {
  const context = await followUp(db, caller, now);
  const [{ total } = { total: 0 }] = await select(db, caller, context, (s) =>
    pairFilters(q, s, caller, context),
  ).total;
  return total;
}

/** Every pair matching `where` that the caller may see, as the list shows them (no paging). */
export async function pairViews(db: Db, caller: Caller, now: Date, where: SQL | undefined) {
  const context = await followUp(db, caller, now);
  const rows = await select(db, caller, context, () => where).rows;
  return rows.map((row) => view(row, caller, context));
}

/** The pairs a list query matches, in id order, `size` after `after`: an export's batches. */
export async function pairBatch(
  db: Db,
  caller: Caller,
  now: Date,
  q: MentorshipListQuery,
  after: string,
  size: number,
) {
  const context = await followUp(db, caller, now);
  const rows = await select(db, caller, context, (s) =>
    and(pairFilters(q, s, caller, context), sql`${byteOrder(mentorships.id)} > ${after}`),
  )
    .rows.orderBy(byteOrder(mentorships.id))
    .limit(size);
  return rows.map((row) => view(row, caller, context));
}

/** One pair as the list shows it (names, meeting figures), or null when the caller may not see it. */
export async function mentorshipView(db: Db, caller: Caller, id: string, now: Date) {
  const context = await followUp(db, caller, now);
  const [row] = await select(db, caller, context, () => eq(mentorships.id, id)).rows;
  return row ? view(row, caller, context) : null;
}

export function mentorshipRoutes(deps: Deps) {
  const app = new Hono<Env>();

  app.get('/', async (c) => {
    const caller = await requireCaller(c, deps, 'mentorships.read');
    const q = parseOr(MentorshipListQuery, queryObject(c), 400);
    const db = deps.db();
    const context = await followUp(db, caller, deps.now());
    const list = select(db, caller, context, (s) => pairFilters(q, s, caller, context), {
      searching: !!q.q,
    });
    const descending = q.sort.startsWith('-');
    const field = q.sort.replace(/^-/, '');
    const byStats = field === 'lastMeetingAt';
    const column = byStats ? list.stats.lastMeetingAt : SORT[field as keyof typeof SORT];
    const ordered = sql`${column} ${descending ? sql`desc` : sql`asc`} nulls last`;
    const paged = <T extends PgSelect>(query: T) =>
      query
        .orderBy(ordered, byteOrder(mentorships.id))
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize);
    // The meeting figures of every pair are needed only to filter or sort by them; otherwise
    // the page is chosen first and only its pairs get their figures.
    const needsStats = byStats || q.health.length > 0 || q.noMeetingSinceDays !== undefined;
    const [page, [{ total: n } = { total: 0 }]] = needsStats
      ? await Promise.all([paged(list.rows), list.total])
      : await Promise.all([
          paged(list.ids).then(async (ids) => {
            if (!ids.length) return [];
            const order = new Map(ids.map(({ id }, i) => [id, i]));
            const rows = await select(db, caller, context, () =>
              inArray(
                mentorships.id,
                ids.map(({ id }) => id),
              ),
            ).rows;
            return rows.sort((a, b) => order.get(a.pair.id)! - order.get(b.pair.id)!);
          }),
          list.idCount,
        ]);
    return c.json({
      items: page.map((r) => view(r, caller, context)),
      total: n,
      page: q.page,
      pageSize: q.pageSize,
    });
  });

  app.get('/:id', async (c) => {
    const caller = await requireCaller(c, deps, 'mentorships.read');
    const pair = await mentorshipView(deps.db(), caller, idParam(c), deps.now());
    if (!pair) return fail(404, 'Introuvable.');
    return c.json(pair);
  });

  app.get('/:id/meetings', async (c) => {
    const caller = await requireCaller(c, deps, 'mentorships.read');
    const id = idParam(c);
    const db = deps.db();
    const pair = await mentorshipView(db, caller, id, deps.now());
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
