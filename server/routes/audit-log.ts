import { and, count, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { parseOr } from '../../src/domain/problem';
import { AuditQuery } from '../../src/domain/queries';
import { byteOrder, fromRow } from '../db/rows';
import { audit } from '../db/schema';
import { queryObject, requireCaller, type Deps, type Env } from '../http/context';

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();

/** The log's filters; days are UTC days, both ends included. */
export function auditWhere(associationId: string, q: AuditQuery) {
  return and(
    eq(audit.associationId, associationId),
    q.actorId ? eq(audit.actorId, q.actorId) : undefined,
    q.entityType ? eq(audit.entityType, q.entityType) : undefined,
    q.entityId ? eq(audit.entityId, q.entityId) : undefined,
    // An action's family too: "user" finds user.create, user.role, …
    q.action
      ? sql`(${audit.action} = ${q.action} or ${audit.action} like ${`${q.action.replace(/[\\%_]/g, '\\$&')}.%`})`
      : undefined,
    q.from ? gte(audit.at, new Date(`${q.from}T00:00:00Z`)) : undefined,
    q.to ? lt(audit.at, new Date(nextDay(q.to))) : undefined,
  );
}

/** The audit log, newest first, for admins. Read only: no route changes or deletes an entry. */
export function auditLogRoutes(deps: Deps) {
  const app = new Hono<Env>();

  app.get('/audit-events', async (c) => {
    const caller = await requireCaller(c, deps, 'audit.read');
    const q = parseOr(AuditQuery, queryObject(c), 400);
    const where = auditWhere(caller.association.id, q);
    const db = deps.db();
    const [rows, [total]] = await Promise.all([
      db
        .select()
        .from(audit)
        .where(where)
        .orderBy(desc(audit.at), sql`${byteOrder(audit.id)} desc`)
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize),
      db.select({ n: count() }).from(audit).where(where),
    ]);
    return c.json({
      items: rows.map(({ associationId: _a, ...row }) => fromRow(row)),
      total: total!.n,
      page: q.page,
      pageSize: q.pageSize,
    });
  });

  return app;
}
