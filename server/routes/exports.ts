import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { CSV_BOM, csvHeader, csvLine } from '../../src/domain/csv';
import {
  AUDIT_COLUMNS,
  EXPORT_FILENAMES,
  INDICATOR_COLUMNS,
  MEETING_COLUMNS,
  MENTOR_COLUMNS,
  PAIR_COLUMNS,
  REFERRAL_COLUMNS,
  cellOf,
  chosenColumns,
  indicatorRows,
  type AuditExportRow,
  type Cell,
  type MentorExportRow,
  type ExportColumn,
  type ExportKind,
} from '../../src/domain/exports';
import { EXPORT_KINDS } from '../../src/domain/enums';
import { fail, parseOr } from '../../src/domain/problem';
import { can } from '../../src/domain/permissions';
import {
  AuditQuery,
  ExportQuery,
  MentorListQuery,
  MentorshipListQuery,
  ReferralListQuery,
} from '../../src/domain/queries';
import { writeAudit } from '../audit';
import { pseudonym } from '../pseudonym';
import type { Db } from '../db/database';
import { byteOrder, fromRow } from '../db/rows';
import { audit, meetings, mentors, referrals, users } from '../db/schema';
import { queryObject, requireCaller, type Caller, type Deps, type Env } from '../http/context';
import { Gate } from '../http/limits';
import { auditWhere } from './audit-log';
import { pairBatch } from './mentorships';
import { mentorWhere } from './mentors';
import { referralFilters } from './referrals';
import { indicatorsFor } from './reporting';

// Small enough that a batch barely delays the queries queued behind it on PGlite (bench: contention).
const BATCH = 250;
const DAY = 86_400_000;

type Row = { id: string };

/** Where a kind's rows come from: its columns, and its rows in id order, a batch after `after`. */
interface Source {
  columns: ExportColumn<Row>[];
  batch(after: string): Promise<Row[]>;
}

const sourceOf = <R>(
  columns: ExportColumn<R>[],
  batch: (after: string) => Promise<(R & Row)[]>,
): Source => ({ columns: columns as ExportColumn<Row>[], batch });

const assignee = alias(users, 'assignee');

function source(
  kind: ExportKind,
  db: Db,
  caller: Caller,
  now: Date,
  params: Record<string, unknown>,
  q: ExportQuery,
): Source | Promise<Source> {
  const mine = caller.association.id;
  const after = (column: Parameters<typeof byteOrder>[0], id: string): SQL =>
    sql`${byteOrder(column)} > ${id}`;
  switch (kind) {
    case 'referrals': {
      const filters = parseOr(ReferralListQuery, params, 400);
      const delay = caller.settings.firstContactDelayDays;
      return sourceOf(REFERRAL_COLUMNS, async (from) =>
        (
          await db
            .select({
              referral: referrals,
              assigneeFirst: assignee.firstName,
              assigneeLast: assignee.lastName,
            })
            .from(referrals)
            .leftJoin(assignee, eq(assignee.id, referrals.assigneeId))
            .where(and(referralFilters(filters, mine, now, delay), after(referrals.id, from)))
            .orderBy(byteOrder(referrals.id))
            .limit(BATCH)
        ).map(({ referral, assigneeFirst, assigneeLast }) => ({
          ...fromRow(referral),
          assignee: assigneeFirst ? `${assigneeFirst} ${assigneeLast}` : null,
        })),
      );
    }
    case 'mentors': {
      const filters = parseOr(MentorListQuery, params, 400);
      return mentorWhere(db, mine, filters, now).then((where) =>
        sourceOf(MENTOR_COLUMNS, async (from) =>
          (
            await db
              .select()
              .from(mentors)
              .where(and(where, after(mentors.id, from)))
              .orderBy(byteOrder(mentors.id))
              .limit(BATCH)
          ).map((row) => fromRow(row) as MentorExportRow),
        ),
      );
    }
    case 'mentorships': {
      const filters = parseOr(MentorshipListQuery, params, 400);
      return sourceOf(PAIR_COLUMNS, async (from) =>
        (await pairBatch(db, caller, now, filters, from, BATCH)).map((p) => ({
          ...p,
          menteeFirstName: p.mentee.firstName,
          menteeLastName: p.mentee.lastName ?? '',
          mentorFirstName: p.mentor.firstName,
          mentorLastName: p.mentor.lastName,
          coordinator: p.coordinator
            ? `${p.coordinator.firstName} ${p.coordinator.lastName}`
            : null,
          meetingsHeld: p.meetingsCount,
        })),
      );
    }
    case 'meetings':
      return sourceOf(MEETING_COLUMNS, (from) =>
        db
          .select()
          .from(meetings)
          .where(
            and(
              eq(meetings.associationId, mine),
              q.from ? gte(meetings.date, q.from) : undefined,
              q.to ? lte(meetings.date, q.to) : undefined,
              after(meetings.id, from),
            ),
          )
          .orderBy(byteOrder(meetings.id))
          .limit(BATCH),
      );
    case 'audit': {
      if (!can(caller.user.role, 'audit.read'))
        return fail(403, 'Votre rôle ne permet pas cette action.');
      const filters = parseOr(AuditQuery, params, 400);
      // Newest first, like the log on screen: the keyset is the time and the id.
      return sourceOf(AUDIT_COLUMNS, async (from) => {
        const [at, id] = from ? from.split('|') : [];
        const rows = await db
          .select()
          .from(audit)
          .where(
            and(
              auditWhere(mine, filters),
              at
                ? sql`(${audit.at}, ${byteOrder(audit.id)}) < (${new Date(at)}, ${id})`
                : undefined,
            ),
          )
          .orderBy(desc(audit.at), sql`${byteOrder(audit.id)} desc`)
          .limit(BATCH);
        return rows.map((row) => ({
          ...(fromRow(row) as AuditExportRow),
          id: `${row.at.toISOString()}|${row.id}`,
        }));
      });
    }
    case 'indicators': {
      const to = q.to ?? now.toISOString().slice(0, 10);
      const from = q.from ?? new Date(Date.parse(to) - 364 * DAY).toISOString().slice(0, 10);
      let done = false;
      return sourceOf(INDICATOR_COLUMNS, async () => {
        if (done) return [];
        done = true;
        const figures = await indicatorsFor(db, mine, { from, to }, q.coordinatorId);
        return indicatorRows(figures).map((row, i) => ({ ...row, id: String(i) }));
      });
    }
  }
}

/** Lets the event loop run what waits (setImmediate in Node; the page has only timers). */
const nextTurn = () =>
  new Promise((resolve) =>
    typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0),
  );

export function exportRoutes(deps: Deps) {
  const app = new Hono<Env>();

  // Streamed in keyset batches: memory stays flat, and PGlite, which blocks the event loop while
  // it works, yields between batches so other requests go on. The exports' queries take turns,
  // one batch in the database at a time: three exports at once would otherwise take three
  // quarters of it from everyone else (bench: contention). A slow reader holds no turn.
  const oneBatchAtATime = new Gate(1, Number.POSITIVE_INFINITY);
  app.get('/exports/:kind', async (c) => {
    const caller = await requireCaller(c, deps, 'exports.run');
    const kind = c.req.param('kind') as ExportKind;
    if (!EXPORT_KINDS.includes(kind)) return fail(404, 'Cet export n’existe pas.');
    const params = queryObject(c);
    const q = parseOr(ExportQuery, params, 400);
    const db = deps.db();
    const now = deps.now();
    const { columns: all, batch } = await source(kind, db, caller, now, params, q);
    const columns = chosenColumns(all, q.columns);
    const mine = caller.association.id;
    const cells = (row: { id: string }): Cell[] =>
      columns.map((column) => {
        if (!q.pseudonymise || !column.person) return cellOf(column, row);
        const person = column.person(row);
        return { type: 'text', value: pseudonym(mine, person.prefix, person.id) };
      });
    const day = now.toISOString().slice(0, 10);
    const filename = `${EXPORT_FILENAMES[kind]}-${day}.${q.format}`;
    c.header(
      'Content-Type',
      q.format === 'csv'
        ? 'text/csv; charset=utf-8'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    c.header('Content-Disposition', `attachment; filename="${filename}"`);
    c.header('Cache-Control', 'no-store');
    const { xlsxWriter } = q.format === 'xlsx' ? await import('../xlsx') : { xlsxWriter: null };
    return stream(c, async (out) => {
      const labels = columns.map((column) => column.label);
      const xlsx = xlsxWriter?.(EXPORT_FILENAMES[kind], labels);
      const write = async (rows: Cell[][]) => {
        if (xlsx) for (const chunk of xlsx.rows(rows)) await out.write(chunk);
        else await out.write(rows.map(csvLine).join(''));
      };
      if (!xlsx) await out.write(CSV_BOM + csvHeader(labels));
      let rows = 0;
      let last = '';
      let complete = false;
      try {
        for (;;) {
          const found = await oneBatchAtATime.run(() => batch(last));
          if (!found.length) {
            complete = true;
            break;
          }
          if (out.aborted) break;
          await write(found.map(cells));
          rows += found.length;
          last = found[found.length - 1]!.id;
          await nextTurn();
        }
        if (xlsx) for (const chunk of xlsx.end()) await out.write(chunk);
      } finally {
        // Who exported what, with which filters, how many rows; the filters say which records,
        // the file's content is not kept.
        const { format: _f, columns: _c, pseudonymise: _p, ...filters } = params;
        await writeAudit(
          db,
          deps.now(),
          caller,
          `export.${kind}`,
          {
            type: 'export',
            id: null,
            associationId: mine,
          },
          columns.map((column) => column.label),
          {
            format: q.format,
            filters,
            pseudonymised: q.pseudonymise ?? false,
            rows,
            complete,
          },
        );
      }
    });
  });

  return app;
}
