import { and, arrayOverlaps, count, desc, eq, inArray, not, sql, type SQL } from 'drizzle-orm';
import { utcDay } from '../db/periods';
import { Hono } from 'hono';
import { loadGazetteer } from '../../src/domain/gazetteer';
import { departmentOf } from '../../src/domain/geography';
import { checkMentorTransition } from '../../src/domain/lifecycle';
import {
  checkImportRows,
  checkMenteeAgeRange,
  newMentor,
  withMentorRules,
} from '../../src/domain/mentors';
import { checkIfMatch, fail, parseOr, refused } from '../../src/domain/problem';
import { MentorListQuery, type HONORABILITY_FILTERS } from '../../src/domain/queries';
import {
  MentorImportRequest,
  MentorInput,
  MentorPatch,
  MentorTransition,
} from '../../src/domain/schemas';
import { searchKey } from '../../src/domain/search';
import type { Mentor } from '../../src/domain/types';
import { writeAudit, type Diff } from '../audit';
import { temporaryPassword } from '../../src/domain/passwords';
import type { Db } from '../db/database';
import { isUniqueViolation } from '../db/errors';
import { mentorKeys } from '../db/referral-keys';
import { byteOrder, fromRow, publicUser, toRow } from '../db/rows';
import { mentors, settings, timeline, users } from '../db/schema';
import {
  idParam,
  queryObject,
  readBody,
  requireCaller,
  type Caller,
  type Deps,
  type Env,
} from '../http/context';
import { timelineEvent } from '../timeline';

type MentorRow = typeof mentors.$inferSelect;

export function publicMentor(row: MentorRow): Mentor {
  const {
    associationId: _a,
    searchText: _s,
    lastNameKey: _l,
    sectorKey: _k,
    ...rest
  } = fromRow(row);
  return rest as Mentor;
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The check's state as src/domain/matching.ts honorabilityStatus() computes it. */
function honorabilitySql(
  state: (typeof HONORABILITY_FILTERS)[number],
  years: number,
  warningDays: number,
  now: Date,
): SQL {
  const result = sql`coalesce(${mentors.honorabilityCheck}->>'result', '')`;
  const end = sql`((((${mentors.honorabilityCheck}->>'date')::date + make_interval(years => ${years}::int))::timestamp) at time zone 'UTC')`;
  const today = sql`${now.toISOString()}::timestamptz`;
  const warning = sql`(${today} + make_interval(days => ${warningDays}::int))`;
  if (state === 'MISSING') return sql`${result} <> 'VALID'`;
  const valid = sql`${result} = 'VALID'`;
  if (state === 'EXPIRED') return sql`${valid} and ${end} <= ${today}`;
  if (state === 'EXPIRING') return sql`${valid} and ${end} > ${today} and ${end} <= ${warning}`;
  return sql`${valid} and ${end} > ${warning}`;
}

/** The list filters, as src/domain/mentors.ts mentorMatches() applies them. */
function mentorFilters(
  q: MentorListQuery,
  associationId: string,
  rules: { honorabilityValidityYears: number; honorabilityWarningDays: number },
  now: Date,
): SQL {
  const free = sql`(${mentors.status} = 'AVAILABLE' and ${mentors.activePairs} < ${mentors.capacity})`;
  const trained = sql`(${mentors.training} is not null and ${mentors.training} <> 'null'::jsonb)`;
  return and(
    eq(mentors.associationId, associationId),
    q.status.length ? inArray(mentors.status, q.status) : undefined,
    q.expertise.length ? arrayOverlaps(mentors.expertise, q.expertise) : undefined,
    q.modality.length ? arrayOverlaps(mentors.modalities, q.modality) : undefined,
    q.language.length ? arrayOverlaps(mentors.languages, q.language) : undefined,
    q.department.length ? inArray(mentors.department, q.department) : undefined,
    q.sector ? sql`${mentors.sectorKey} like ${`%${likeEscape(searchKey(q.sector))}%`}` : undefined,
    q.freeCapacity === undefined ? undefined : q.freeCapacity ? free : not(free),
    q.honorability
      ? honorabilitySql(
          q.honorability,
          rules.honorabilityValidityYears,
          rules.honorabilityWarningDays,
          now,
        )
      : undefined,
    q.trained === undefined ? undefined : q.trained ? trained : not(trained),
    q.createdFrom ? sql`${utcDay(mentors.createdAt)} >= ${q.createdFrom}::date` : undefined,
    q.createdTo ? sql`${utcDay(mentors.createdAt)} <= ${q.createdTo}::date` : undefined,
    q.q
      ? sql`(${mentors.searchText} || ' ' || lower(${mentors.email})) like ${`%${likeEscape(searchKey(q.q))}%`}`
      : undefined,
  )!;
}

// Text sorts by its accent-free key in byte order: the same whatever the cluster's collation.
const SORT_COLUMNS = {
  lastName: sql`${mentors.lastNameKey} collate "C"`,
  createdAt: sql`${mentors.createdAt}`,
  status: sql`${mentors.status} collate "C"`,
  activePairs: sql`${mentors.activePairs}`,
} as const;

function orderBy(sort: string) {
  const column = SORT_COLUMNS[sort.replace(/^-/, '') as keyof typeof SORT_COLUMNS];
  return [
    sort.startsWith('-') ? sql`${column} desc nulls last` : sql`${column} asc nulls last`,
    byteOrder(mentors.id),
  ];
}

const EMAIL_TAKEN = 'Un mentor de l’association a déjà cet e-mail';
const emailTaken = () =>
  fail(409, `${EMAIL_TAKEN}.`, { errors: [{ pointer: '/email', message: EMAIL_TAKEN }] });

/** The list's condition, under the association's honorability settings. */
export async function mentorWhere(db: Db, associationId: string, q: MentorListQuery, now: Date) {
  const [rules] = await db
    .select({
      honorabilityValidityYears: settings.honorabilityValidityYears,
      honorabilityWarningDays: settings.honorabilityWarningDays,
    })
    .from(settings)
    .where(eq(settings.associationId, associationId));
  return mentorFilters(q, associationId, rules!, now);
}

export async function lockMentor(db: Db, id: string, associationId: string) {
  const [row] = await db
    .select()
    .from(mentors)
    .where(and(eq(mentors.id, id), eq(mentors.associationId, associationId)))
    .for('update');
  return row ?? fail(404, 'Introuvable.');
}

const asRow = (mentor: Mentor, associationId: string) =>
  toRow(mentors, { ...mentor, associationId, ...mentorKeys(mentor) });

export function mentorRoutes(deps: Deps) {
  const app = new Hono<Env>();
  const audited = (
    db: Db,
    caller: Caller,
    action: string,
    id: string | null,
    fields?: string[] | Diff,
  ) =>
    writeAudit(
      db,
      deps.now(),
      caller,
      action,
      { type: 'mentor', id, associationId: caller.association.id },
      fields,
    );

  app.get('/', async (c) => {
    const caller = await requireCaller(c, deps, 'mentors.read');
    const q = parseOr(MentorListQuery, queryObject(c), 400);
    const db = deps.db();
    const where = await mentorWhere(db, caller.association.id, q, deps.now());
    const [[{ total } = { total: 0 }], rows] = await Promise.all([
      db.select({ total: count() }).from(mentors).where(where),
      db
        .select({
          id: mentors.id,
          version: mentors.version,
          status: mentors.status,
          firstName: mentors.firstName,
          lastName: mentors.lastName,
          commune: mentors.commune,
          department: mentors.department,
          occupation: mentors.occupation,
          sector: mentors.sector,
          expertise: mentors.expertise,
          modalities: mentors.modalities,
          languages: mentors.languages,
          capacity: mentors.capacity,
          activePairs: mentors.activePairs,
          honorabilityCheck: mentors.honorabilityCheck,
          training: mentors.training,
          createdAt: mentors.createdAt,
        })
        .from(mentors)
        .where(where)
        .orderBy(...orderBy(q.sort))
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize),
    ]);
    return c.json({ items: rows.map(fromRow), total, page: q.page, pageSize: q.pageSize });
  });

  app.post('/import', async (c) => {
    const caller = await requireCaller(c, deps, 'mentors.write');
    const body = await readBody(c, MentorImportRequest);
    const now = deps.now();
    const report = await deps.db().transaction(async (tx) => {
      const db: Db = tx;
      const existing = await db
        .select({ id: mentors.id, email: sql<string>`lower(${mentors.email})` })
        .from(mentors)
        .where(eq(mentors.associationId, caller.association.id));
      const check = checkImportRows(
        body.rows,
        { gazetteer: await loadGazetteer() },
        new Map(existing.map((m) => [m.email, m.id])),
      );
      if (body.dryRun || !check.valid.length) return { check, created: 0 };
      const created = check.valid.map(({ input }) =>
        newMentor(input, `mtr_${crypto.randomUUID()}`, now.toISOString()),
      );
      // Batches keep each statement's parameters under PostgreSQL's limit.
      for (let i = 0; i < created.length; i += 500) {
        const batch = created.slice(i, i + 500);
        await db.insert(mentors).values(batch.map((m) => asRow(m, caller.association.id)));
        await db.insert(timeline).values(
          batch.map((m) => ({
            id: `evt_${crypto.randomUUID()}`,
            associationId: caller.association.id,
            entityType: 'mentor',
            entityId: m.id,
            at: now,
            actorId: caller.user.id,
            actorName: `${caller.user.firstName} ${caller.user.lastName}`,
            kind: 'CREATED',
          })),
        );
      }
      await audited(db, caller, 'mentor.import', null);
      return { check, created: created.length };
    });
    return c.json({
      valid: report.check.valid.length,
      created: report.created,
      errors: report.check.errors,
      duplicates: report.check.duplicates,
    });
  });

  app.post('/', async (c) => {
    const caller = await requireCaller(c, deps, 'mentors.write');
    const body = await readBody(
      c,
      withMentorRules(MentorInput, { gazetteer: await loadGazetteer() }),
    );
    const now = deps.now();
    const mentor = newMentor(body, `mtr_${crypto.randomUUID()}`, now.toISOString());
    const row = await deps
      .db()
      .transaction(async (tx) => {
        const db: Db = tx;
        const [created] = await db
          .insert(mentors)
          .values(asRow(mentor, caller.association.id))
          .returning();
        await timelineEvent(
          db,
          now,
          caller,
          caller.association.id,
          { type: 'mentor', id: mentor.id },
          { kind: 'CREATED' },
        );
        await audited(db, caller, 'mentor.create', mentor.id);
        return created!;
      })
      .catch((error: unknown) => (isUniqueViolation(error) ? emailTaken() : Promise.reject(error)));
    return c.json(publicMentor(row), 201);
  });

  app.get('/:id', async (c) => {
    const caller = await requireCaller(c, deps, 'mentors.read');
    const [row] = await deps
      .db()
      .select()
      .from(mentors)
      .where(and(eq(mentors.id, idParam(c)), eq(mentors.associationId, caller.association.id)));
    return row ? c.json(publicMentor(row)) : fail(404, 'Introuvable.');
  });

  app.patch('/:id', async (c) => {
    const caller = await requireCaller(c, deps, 'mentors.write');
    const id = idParam(c);
    const now = deps.now();
    const gazetteer = await loadGazetteer();
    const next = await deps
      .db()
      .transaction(async (tx) => {
        const db: Db = tx;
        const row = await lockMentor(db, id, caller.association.id);
        const patch = await readBody(c, withMentorRules(MentorPatch, { gazetteer }));
        const current = publicMentor(row);
        checkIfMatch(c.req.header('If-Match'), current);
        const merged = { ...current, ...patch };
        checkMenteeAgeRange(merged);
        const [updated] = await db
          .update(mentors)
          .set({
            ...toRow(mentors, patch),
            ...(patch.postalCode ? { department: departmentOf(patch.postalCode) } : {}),
            ...mentorKeys(merged),
            version: row.version + 1,
            updatedAt: now,
          })
          .where(eq(mentors.id, id))
          .returning();
        await timelineEvent(
          db,
          now,
          caller,
          caller.association.id,
          { type: 'mentor', id },
          { kind: 'UPDATED' },
        );
        await audited(db, caller, 'mentor.update', id, {
          before: current,
          after: publicMentor(updated!),
        });
        return updated!;
      })
      .catch((error: unknown) => (isUniqueViolation(error) ? emailTaken() : Promise.reject(error)));
    return c.json(publicMentor(next));
  });

  app.post('/:id/transitions', async (c) => {
    const caller = await requireCaller(c, deps, 'mentors.write');
    const id = idParam(c);
    const now = deps.now();
    const next = await deps.db().transaction(async (tx) => {
      const db: Db = tx;
      const row = await lockMentor(db, id, caller.association.id);
      const body = await readBody(c, MentorTransition);
      const current = publicMentor(row);
      checkIfMatch(c.req.header('If-Match'), current);
      const check = checkMentorTransition(current.status, body.to, current);
      if (!check.ok) return refused(check);
      const [updated] = await db
        .update(mentors)
        .set({ status: body.to, version: row.version + 1, updatedAt: now })
        .where(eq(mentors.id, id))
        .returning();
      await timelineEvent(
        db,
        now,
        caller,
        caller.association.id,
        { type: 'mentor', id },
        {
          kind: 'STATUS_CHANGED',
          from: current.status,
          to: body.to,
          body: body.reason ?? null,
        },
      );
      await audited(db, caller, 'mentor.transition', id, {
        before: current,
        after: publicMentor(updated!),
      });
      return updated!;
    });
    return c.json(publicMentor(next));
  });

  app.post('/:id/invite', async (c) => {
    const caller = await requireCaller(c, deps, 'mentors.write');
    const id = idParam(c);
    const now = deps.now();
    const password = temporaryPassword();
    const passwordHash = await deps.passwords.hash(password);
    const user = await deps
      .db()
      .transaction(async (tx) => {
        const db: Db = tx;
        const mentor = await lockMentor(db, id, caller.association.id);
        if (mentor.userId) return fail(409, 'Ce mentor a déjà un compte.');
        const [created] = await db
          .insert(users)
          .values({
            id: `usr_${crypto.randomUUID()}`,
            associationId: caller.association.id,
            email: mentor.email,
            firstName: mentor.firstName,
            lastName: mentor.lastName,
            role: 'mentor',
            mentorId: mentor.id,
            createdAt: now,
            passwordHash,
            mustChangePassword: true,
          })
          .returning();
        await db
          .update(mentors)
          .set({ userId: created!.id, version: mentor.version + 1, updatedAt: now })
          .where(eq(mentors.id, id));
        await audited(db, caller, 'mentor.invite', id, ['userId']);
        return created!;
      })
      .catch((error: unknown) =>
        isUniqueViolation(error)
          ? fail(409, 'Un compte existe déjà avec cet e-mail.')
          : Promise.reject(error),
      );
    return c.json({ user: publicUser(user), temporaryPassword: password }, 201);
  });

  app.get('/:id/timeline', async (c) => {
    const caller = await requireCaller(c, deps, 'mentors.read');
    const id = idParam(c);
    const db = deps.db();
    const [exists] = await db
      .select({ id: mentors.id })
      .from(mentors)
      .where(and(eq(mentors.id, id), eq(mentors.associationId, caller.association.id)));
    if (!exists) return fail(404, 'Introuvable.');
    const events = await db
      .select()
      .from(timeline)
      .where(and(eq(timeline.entityType, 'mentor'), eq(timeline.entityId, id)))
      .orderBy(desc(timeline.at), sql`${byteOrder(timeline.id)} desc`);
    return c.json(
      events.map(({ associationId: _a, entityType: _t, entityId: _i, ...e }) => fromRow(e)),
    );
  });

  return app;
}
