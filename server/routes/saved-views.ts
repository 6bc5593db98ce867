import { and, count, eq, or } from 'drizzle-orm';
import { Hono } from 'hono';
import { checkIfMatch, fail, parseOr } from '../../src/domain/problem';
import { canSeeView, savedViewQuery } from '../../src/domain/saved-views';
import { SavedViewInput, SavedViewResource } from '../../src/domain/schemas';
import type { Db } from '../db/database';
import { referrals, savedViews } from '../db/schema';
import {
  idParam,
  readBody,
  requireCaller,
  type Caller,
  type Deps,
  type Env,
} from '../http/context';
import { countPairs } from './mentorships';
import { referralFilters } from './referrals';

type ViewRow = typeof savedViews.$inferSelect;

export function savedViewRoutes(deps: Deps) {
  const app = new Hono<Env>();

  /** The view with its live count; `delayDays` is read once per request, not once per view. */
  async function withCount(db: Db, view: ViewRow, caller: Caller) {
    const filters = savedViewQuery(view.resource, view.query);
    let n: number;
    if (filters.resource === 'mentorships') {
      n = await countPairs(db, caller, deps.now(), filters.query);
    } else {
      const where = referralFilters(
        filters.query,
        caller.association.id,
        deps.now(),
        caller.settings.firstContactDelayDays,
      );
      [{ n } = { n: 0 }] = await db.select({ n: count() }).from(referrals).where(where);
    }
    const { associationId: _a, ...rest } = view;
    return { ...rest, count: n };
  }

  /** Visible to the caller, or 404; changed by its owner only (403). */
  async function mine(db: Db, id: string, caller: Caller) {
    const [view] = await db
      .select()
      .from(savedViews)
      .where(and(eq(savedViews.id, id), eq(savedViews.associationId, caller.association.id)));
    if (!view || !canSeeView(view, caller.user.id)) return fail(404, 'Introuvable.');
    if (view.ownerId !== caller.user.id)
      return fail(403, 'Seule la personne qui a créé cette vue peut la modifier.');
    return view;
  }

  app.get('/', async (c) => {
    const caller = await requireCaller(c, deps, 'referrals.read');
    const resource =
      parseOr(SavedViewResource.optional(), c.req.query('resource'), 400) ?? 'referrals';
    const db = deps.db();
    const rows = await db
      .select()
      .from(savedViews)
      .where(
        and(
          eq(savedViews.associationId, caller.association.id),
          eq(savedViews.resource, resource),
          or(eq(savedViews.shared, true), eq(savedViews.ownerId, caller.user.id)),
        ),
      );
    rows.sort((a, b) => a.name.localeCompare(b.name, 'fr') || (a.id < b.id ? -1 : 1));
    return c.json(await Promise.all(rows.map((row) => withCount(db, row, caller))));
  });

  app.post('/', async (c) => {
    const caller = await requireCaller(c, deps, 'referrals.read');
    const body = await readBody(c, SavedViewInput);
    savedViewQuery(body.resource, body.query);
    const db = deps.db();
    const [view] = await db
      .insert(savedViews)
      .values({
        id: `view_${crypto.randomUUID()}`,
        associationId: caller.association.id,
        ...body,
        ownerId: caller.user.id,
      })
      .returning();
    return c.json(await withCount(db, view!, caller), 201);
  });

  app.put('/:id', async (c) => {
    const caller = await requireCaller(c, deps, 'referrals.read');
    const db = deps.db();
    const view = await mine(db, idParam(c), caller);
    const body = await readBody(c, SavedViewInput);
    checkIfMatch(c.req.header('If-Match'), view);
    savedViewQuery(body.resource, body.query);
    const [next] = await db
      .update(savedViews)
      .set({ ...body, version: view.version + 1 })
      .where(and(eq(savedViews.id, view.id), eq(savedViews.version, view.version)))
      .returning();
    // Changed between the read and the write: the same conflict as a stale If-Match.
    if (!next) return fail(409, 'Cette vue a été modifiée entre-temps.');
    return c.json(await withCount(db, next, caller));
  });

  app.delete('/:id', async (c) => {
    const caller = await requireCaller(c, deps, 'referrals.read');
    const db = deps.db();
    const view = await mine(db, idParam(c), caller);
    await db.delete(savedViews).where(eq(savedViews.id, view.id));
    return c.body(null, 204);
  });

  return app;
}
