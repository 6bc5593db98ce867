import {
  and,
  arrayOverlaps,
  count,
  desc,
  eq,
  inArray,
  isNull,
  isNotNull,
  lt,
  lte,
  not,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { Hono } from 'hono';

import type { Referral } from '../../src/domain/types';
import { pairingBlocker } from '../../src/domain/age';
import { checkReferralTransition } from '../../src/domain/lifecycle';
import { checkIfMatch, fail, parseOr, refused } from '../../src/domain/problem';
import { ReferralListQuery } from '../../src/domain/queries';
import { afterContactAttempt, canLogContact } from '../../src/domain/contact';
import {
  ContactAttemptInput,
  NoteInput,
  ReferralPatch,
  ReferralTransition,
} from '../../src/domain/schemas';
import { departmentOf } from '../../src/domain/geography';
import { withReferralRules } from '../../src/domain/referral-rules';
import { loadGazetteer } from '../../src/domain/gazetteer';
import { referralKeys } from '../db/referral-keys';
import { PHONE_SEARCH_MIN_DIGITS, digitsOf, searchKey } from '../../src/domain/search';
import type { AgeBand } from '../../src/domain/enums';
import { writeAudit } from '../audit';
import { referralEvent } from '../timeline';
import type { Db } from '../db/database';
import { byteOrder, fromRow } from '../db/rows';
import { referrals, settings, timeline, users } from '../db/schema';
import {
  queryObject,
  readBody,
  requireCaller,
  type Deps,
  type Env,
  idParam,
} from '../http/context';

const DAY = 86_400_000;

/** Whole years at `today` (UTC day), as src/domain/age.ts counts them. */
const AGE = (today: string) => sql`extract(year from age(${today}::date, ${referrals.birthDate}))`;

const AGE_RANGES: Record<AgeBand, [number, number]> = {
  UNDER_15: [0, 14],
  '15_17': [15, 17],
  '18_20': [18, 20],
  '21_25': [21, 25],
  '26_30': [26, 30],
  OVER_30: [31, 200],
};

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The list filters, each as a user would state it (tests/contract/list-filters.test.ts). */
export function referralFilters(
  q: ReferralListQuery,
  associationId: string,
  now: Date,
  delayDays: number,
): SQL {
  const today = now.toISOString().slice(0, 10);
  const overdueSql = and(
    isNull(referrals.firstContactAt),
    inArray(referrals.status, ['RECEIVED', 'TO_CONTACT']),
    lt(referrals.receivedAt, new Date(now.getTime() - delayDays * DAY)),
  )!;
  const receivedDay = sql`(${referrals.receivedAt} at time zone 'UTC')::date`;
  const digits = digitsOf(q.q);
  const conditions: (SQL | undefined)[] = [
    eq(referrals.associationId, associationId),
    q.status.length ? inArray(referrals.status, q.status) : undefined,
    q.need.length ? arrayOverlaps(referrals.needs, q.need) : undefined,
    q.situation.length ? inArray(referrals.situation, q.situation) : undefined,
    q.channel.length ? inArray(referrals.channel, q.channel) : undefined,
    q.priorityPublic.length
      ? arrayOverlaps(referrals.priorityPublics, q.priorityPublic)
      : undefined,
    q.department.length ? inArray(referrals.department, q.department) : undefined,
    q.ageBand.length
      ? or(
          ...q.ageBand.map(
            (band) => sql`${AGE(today)} between ${AGE_RANGES[band][0]} and ${AGE_RANGES[band][1]}`,
          ),
        )
      : undefined,
    q.assigneeId
      ? q.assigneeId === 'none'
        ? isNull(referrals.assigneeId)
        : eq(referrals.assigneeId, q.assigneeId)
      : undefined,
    q.receivedFrom ? sql`${receivedDay} >= ${q.receivedFrom}::date` : undefined,
    q.receivedTo ? sql`${receivedDay} <= ${q.receivedTo}::date` : undefined,
    q.waitingMinDays !== undefined
      ? lte(referrals.receivedAt, new Date(now.getTime() - q.waitingMinDays * DAY))
      : undefined,
    q.overdue === undefined ? undefined : q.overdue ? overdueSql : not(overdueSql),
    q.contacted === undefined
      ? undefined
      : q.contacted
        ? isNotNull(referrals.firstContactAt)
        : isNull(referrals.firstContactAt),
    q.q
      ? or(
          sql`${referrals.searchText} like ${`%${likeEscape(searchKey(q.q))}%`}`,
          digits.length >= PHONE_SEARCH_MIN_DIGITS
            ? sql`${referrals.phoneDigits} like ${`%${digits}%`}`
            : undefined,
        )
      : undefined,
  ];
  return and(...conditions)!;
}

// Text sorts by its accent-free key in byte order ("C"): the same whatever the collation.
const SORT_COLUMNS = {
  receivedAt: sql`${referrals.receivedAt}`,
  lastName: sql`${referrals.lastNameKey} collate "C"`,
  birthDate: sql`${referrals.birthDate}`,
  status: sql`${referrals.status} collate "C"`,
  commune: sql`${referrals.communeKey} collate "C"`,
} as const;

/**
 * The assignee's rank by name (accent-free key, byte order); equal
 * names share a rank, unassigned is null. The team is small, so it is ranked here, not in SQL.
 */
async function assigneeRank(db: Db, associationId: string): Promise<SQL> {
  const staff = await db
    .select({ id: users.id, firstName: users.firstName, lastName: users.lastName })
    .from(users)
    .where(eq(users.associationId, associationId));
  const keyOf = (u: (typeof staff)[number]) => searchKey(`${u.firstName} ${u.lastName}`);
  const keys = [...new Set(staff.map(keyOf))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (!staff.length) return sql`null::int`;
  const whens = staff.map((u) => sql`when ${u.id} then ${keys.indexOf(keyOf(u))}::int`);
  return sql`(case ${referrals.assigneeId} ${sql.join(whens, sql` `)} end)`;
}

/** Nulls last, ties by id: the exact order of the indexes referrals_received and referrals_last_name. */
function orderBy(sort: string, assignee: SQL | null) {
  const field = sort.replace(/^-/, '');
  const column =
    field === 'assignee' && assignee ? assignee : SORT_COLUMNS[field as keyof typeof SORT_COLUMNS];
  return [
    sort.startsWith('-') ? sql`${column} desc nulls last` : sql`${column} asc nulls last`,
    byteOrder(referrals.id),
  ];
}

type ReferralRow = typeof referrals.$inferSelect;

export function publicReferral(row: ReferralRow) {
  const {
    associationId: _a,
    searchText: _s,
    phoneDigits: _p,
    firstNameKey: _f,
    lastNameKey: _l,
    communeKey: _c,
    ...rest
  } = fromRow(row);
  return rest;
}

/** Why this referral cannot enter the matching path yet, or null (see `pairingBlocker`). */
export const blockerOf = (row: ReferralRow, now: Date) =>
  pairingBlocker(
    { birthDate: row.birthDate, legalGuardian: row.legalGuardian as Referral['legalGuardian'] },
    now,
  );

const countOf = async (db: Db, where: SQL | undefined) =>
  (await db.select({ total: count() }).from(referrals).where(where))[0]?.total ?? 0;

/** The referral, locked until the transaction ends, if it is in the association; otherwise 404. */
export async function lockReferral(db: Db, id: string, associationId: string) {
  const [row] = await db
    .select()
    .from(referrals)
    .where(and(eq(referrals.id, id), eq(referrals.associationId, associationId)))
    .for('update');
  return row ?? fail(404, 'Introuvable.');
}

/** The referral rules of an association: its age range, and postal codes that exist. */
export async function referralRules(db: Db, associationId: string, today: Date) {
  const [row] = await db
    .select({ menteeAgeMin: settings.menteeAgeMin, menteeAgeMax: settings.menteeAgeMax })
    .from(settings)
    .where(eq(settings.associationId, associationId));
  return { settings: row!, today, gazetteer: await loadGazetteer() };
}

export function referralRoutes(deps: Deps) {
  const app = new Hono<Env>();

  app.get('/', async (c) => {
    const caller = await requireCaller(c, deps, 'referrals.read');
    const q = parseOr(ReferralListQuery, queryObject(c), 400);
    const db = deps.db();
    const where = referralFilters(
      q,
      caller.association.id,
      deps.now(),
      caller.settings.firstContactDelayDays,
    );
    // The page and its total in one statement (the count runs once, as an init plan): a request
    // is a round trip fewer. A page past the end has no row to carry the total; it counts alone.
    const rows = await db
      .select({
        id: referrals.id,
        version: referrals.version,
        channel: referrals.channel,
        receivedAt: referrals.receivedAt,
        status: referrals.status,
        firstName: referrals.firstName,
        lastName: referrals.lastName,
        birthDate: referrals.birthDate,
        commune: referrals.commune,
        postalCode: referrals.postalCode,
        department: referrals.department,
        situation: referrals.situation,
        needs: referrals.needs,
        priorityPublics: referrals.priorityPublics,
        assigneeId: referrals.assigneeId,
        contactAttempts: referrals.contactAttempts,
        firstContactAt: referrals.firstContactAt,
        total: sql<number>`(select count(*) from ${referrals} where ${where})`.mapWith(Number),
      })
      .from(referrals)
      .where(where)
      .orderBy(
        ...orderBy(
          q.sort,
          q.sort.endsWith('assignee') ? await assigneeRank(db, caller.association.id) : null,
        ),
      )
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize);
    const total = rows[0]?.total ?? (await countOf(db, where));
    const items = rows.map(({ total: _, ...row }) => fromRow(row));
    return c.json({ items, total, page: q.page, pageSize: q.pageSize });
  });

  app.get('/:id', async (c) => {
    const caller = await requireCaller(c, deps, 'referrals.read');
    const [row] = await deps
      .db()
      .select()
      .from(referrals)
      .where(and(eq(referrals.id, idParam(c)), eq(referrals.associationId, caller.association.id)));
    if (!row) return fail(404, 'Introuvable.');
    return c.json(publicReferral(row));
  });

  app.get('/:id/timeline', async (c) => {
    const caller = await requireCaller(c, deps, 'referrals.read');
    const id = idParam(c);
    const db = deps.db();
    const [exists] = await db
      .select({ id: referrals.id })
      .from(referrals)
      .where(and(eq(referrals.id, id), eq(referrals.associationId, caller.association.id)));
    if (!exists) return fail(404, 'Introuvable.');
    const events = await db
      .select()
      .from(timeline)
      .where(and(eq(timeline.entityType, 'referral'), eq(timeline.entityId, id)))
      .orderBy(desc(timeline.at), sql`${byteOrder(timeline.id)} desc`);
    return c.json(
      events.map(({ associationId: _a, entityType: _t, entityId: _i, ...e }) => fromRow(e)),
    );
  });

  app.post('/:id/transitions', async (c) => {
    const caller = await requireCaller(c, deps, 'referrals.write');
    const id = idParam(c);
    const now = deps.now();
    const result = await deps.db().transaction(async (tx) => {
      const db: Db = tx;
      const row = await lockReferral(db, id, caller.association.id);
      const body = await readBody(c, ReferralTransition);
      checkIfMatch(c.req.header('If-Match'), publicReferral(row));
      const check = checkReferralTransition(row.status as never, body.to, body.reason, {
        blocker: blockerOf(row, now),
      });
      if (!check.ok) return refused(check);
      const [next] = await db
        .update(referrals)
        .set({
          status: body.to,
          statusReason: body.reason ?? row.statusReason,
          redirectedTo: body.redirectedTo ?? row.redirectedTo,
          version: row.version + 1,
          updatedAt: now,
        })
        .where(eq(referrals.id, id))
        .returning();
      await referralEvent(db, now, caller, caller.association.id, id, {
        kind: 'STATUS_CHANGED',
        from: row.status,
        to: body.to,
        body: body.reason ?? null,
      });
      await writeAudit(
        db,
        now,
        caller,
        'referral.transition',
        { type: 'referral', id, associationId: caller.association.id },
        { before: publicReferral(row), after: publicReferral(next!) },
      );
      return next!;
    });
    return c.json(publicReferral(result));
  });

  // Contact attempts and notes: what a coordinator writes on a referral's timeline.
  app.post('/:id/contact-attempts', async (c) => {
    const caller = await requireCaller(c, deps, 'referrals.write');
    const id = idParam(c);
    const now = deps.now();
    const next = await deps.db().transaction(async (tx) => {
      const db: Db = tx;
      const row = await lockReferral(db, id, caller.association.id);
      const body = await readBody(c, ContactAttemptInput);
      if (!canLogContact(row as never))
        return fail(409, 'Ce dossier n’est plus en cours de traitement.');
      const changes = afterContactAttempt(fromRow(row), body.reached, now.toISOString());
      const [updated] = await db
        .update(referrals)
        .set({
          contactAttempts: changes.contactAttempts,
          ...(changes.firstContactAt
            ? { firstContactAt: new Date(changes.firstContactAt), lastContactAt: now }
            : {}),
          version: row.version + 1,
          updatedAt: now,
        })
        .where(eq(referrals.id, id))
        .returning();
      await referralEvent(db, now, caller, caller.association.id, id, {
        kind: 'CONTACT_ATTEMPT',
        channel: body.channel,
        reached: body.reached,
        body: body.note ?? null,
      });
      await writeAudit(
        db,
        now,
        caller,
        'referral.contact',
        { type: 'referral', id, associationId: caller.association.id },
        ['contactAttempts'],
      );
      return updated!;
    });
    return c.json(publicReferral(next), 201);
  });

  app.post('/:id/notes', async (c) => {
    const caller = await requireCaller(c, deps, 'referrals.write');
    const id = idParam(c);
    const now = deps.now();
    const note = await deps.db().transaction(async (tx) => {
      const db: Db = tx;
      const [row] = await db
        .select({ id: referrals.id })
        .from(referrals)
        .where(and(eq(referrals.id, id), eq(referrals.associationId, caller.association.id)));
      if (!row) return fail(404, 'Introuvable.');
      const body = await readBody(c, NoteInput);
      const event = await referralEvent(db, now, caller, caller.association.id, id, {
        kind: 'NOTE',
        body: body.body,
      });
      await writeAudit(
        db,
        now,
        caller,
        'referral.note',
        { type: 'referral', id, associationId: caller.association.id },
        ['notes'],
      );
      return event;
    });
    const { associationId: _a, entityType: _t, entityId: _i, ...rest } = fromRow(note);
    return c.json(rest, 201);
  });

  app.patch('/:id', async (c) => {
    const caller = await requireCaller(c, deps, 'referrals.write');
    const id = idParam(c);
    const now = deps.now();
    const next = await deps.db().transaction(async (tx) => {
      const db: Db = tx;
      const row = await lockReferral(db, id, caller.association.id);
      const rules = await referralRules(db, caller.association.id, now);
      const patch = await readBody(c, withReferralRules(ReferralPatch, rules));
      checkIfMatch(c.req.header('If-Match'), publicReferral(row));
      const merged = { ...fromRow(row), ...patch };
      const [updated] = await db
        .update(referrals)
        .set({
          ...patch,
          ...(patch.postalCode ? { department: departmentOf(patch.postalCode) } : {}),
          ...referralKeys(merged),
          version: row.version + 1,
          updatedAt: now,
        })
        .where(eq(referrals.id, id))
        .returning();
      await referralEvent(db, now, caller, caller.association.id, id, { kind: 'UPDATED' });
      await writeAudit(
        db,
        now,
        caller,
        'referral.update',
        { type: 'referral', id, associationId: caller.association.id },
        { before: publicReferral(row), after: publicReferral(updated!) },
      );
      return updated!;
    });
    return c.json(publicReferral(next));
  });

  return app;
}
