import { and, eq, inArray } from 'drizzle-orm';
import { Hono } from 'hono';
import { parseOr } from '../../src/domain/problem';
import { UserListQuery } from '../../src/domain/queries';
import { sortBy } from '../../src/domain/sorting';
import { publicUser } from '../db/rows';
import { settings, users } from '../db/schema';
import { queryObject, requireCaller, type Deps, type Env } from '../http/context';

export function adminRoutes(deps: Deps) {
  const app = new Hono<Env>();

  // An association has tens of accounts, not thousands: filtered and sorted here.
  app.get('/users', async (c) => {
    const caller = await requireCaller(c, deps, 'users.manage');
    const q = parseOr(UserListQuery, queryObject(c), 400);
    const rows = await deps
      .db()
      .select()
      .from(users)
      .where(
        and(
          eq(users.associationId, caller.association.id),
          q.role.length ? inArray(users.role, q.role) : undefined,
        ),
      );
    const needle = q.q?.toLowerCase();
    const matching = rows
      .map(publicUser)
      .filter(
        (u) => !needle || `${u.firstName} ${u.lastName} ${u.email}`.toLowerCase().includes(needle),
      );
    const sorted = sortBy(matching, 'lastName', (u) => u.lastName);
    return c.json({
      items: sorted.slice((q.page - 1) * q.pageSize, q.page * q.pageSize),
      total: sorted.length,
      page: q.page,
      pageSize: q.pageSize,
    });
  });

  app.get('/team', async (c) => {
    const caller = await requireCaller(c, deps, 'referrals.read');
    const rows = await deps
      .db()
      .select({
        id: users.id,
        firstName: users.firstName,
        lastName: users.lastName,
        role: users.role,
      })
      .from(users)
      .where(
        and(
          eq(users.associationId, caller.association.id),
          eq(users.active, true),
          inArray(users.role, ['admin', 'coordinator']),
        ),
      );
    return c.json(sortBy(rows, 'lastName', (u) => u.lastName));
  });

  app.get('/settings', async (c) => {
    const caller = await requireCaller(c, deps, 'settings.read');
    const [row] = await deps
      .db()
      .select()
      .from(settings)
      .where(eq(settings.associationId, caller.association.id));
    const { associationId: _a, intakeKeyHash: _secret, ...rest } = row!;
    return c.json(rest);
  });

  return app;
}
