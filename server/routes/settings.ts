import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { checkIfMatch } from '../../src/domain/problem';
import { SettingsInput } from '../../src/domain/schemas';
import type { Settings } from '../../src/domain/types';
import { randomToken } from '../auth/passwords';
import { writeAudit } from '../audit';
import type { Db } from '../db/database';
import { intakeKeyColumns } from '../db/first-run';
import { associations, settings } from '../db/schema';
import { readBody, requireCaller, type Caller, type Deps, type Env } from '../http/context';

/** After a rotation, the platform has this long to start sending the new key. */
const KEY_OVERLAP_MS = 24 * 3_600_000;

/** The association's settings as its staff read them: the keys only as a hint. */
async function readSettings(db: Db, associationId: string, now: Date, lock = false) {
  const query = db
    .select({ settings, name: associations.name })
    .from(settings)
    .innerJoin(associations, eq(associations.id, settings.associationId))
    .where(eq(settings.associationId, associationId));
  const [row] = await (lock ? query.for('update', { of: settings }) : query);
  const {
    associationId: _a,
    intakeKeyHash: _key,
    previousIntakeKeyHash: _previous,
    previousIntakeKeyUntil: until,
    ...rest
  } = row!.settings;
  return {
    associationName: row!.name,
    ...rest,
    matchingWeights: rest.matchingWeights as Settings['matchingWeights'],
    previousIntakeKeyUntil: until && until > now ? until.toISOString() : null,
  } satisfies Settings;
}

const auditSettings = (
  db: Db,
  now: Date,
  caller: Caller,
  action: string,
  diff: string[] | { before: Settings; after: Settings },
) =>
  writeAudit(
    db,
    now,
    caller,
    action,
    { type: 'settings', id: null, associationId: caller.association.id },
    diff,
  );

export function settingsRoutes(deps: Deps) {
  const app = new Hono<Env>();

  app.get('/settings', async (c) => {
    const caller = await requireCaller(c, deps, 'settings.read');
    return c.json(await readSettings(deps.db(), caller.association.id, deps.now()));
  });

  // A threshold changed here is read by the next list, task or indicator request: nothing cached.
  app.put('/settings', async (c) => {
    const caller = await requireCaller(c, deps, 'settings.manage');
    const now = deps.now();
    const next = await deps.db().transaction(async (tx) => {
      const db: Db = tx;
      const before = await readSettings(db, caller.association.id, now, true);
      const { associationName, ...body } = await readBody(c, SettingsInput);
      checkIfMatch(c.req.header('If-Match'), before);
      await db
        .update(settings)
        .set({ ...body, version: before.version + 1 })
        .where(eq(settings.associationId, caller.association.id));
      await db
        .update(associations)
        .set({ name: associationName })
        .where(eq(associations.id, caller.association.id));
      const after = await readSettings(db, caller.association.id, now);
      await auditSettings(db, now, caller, 'settings.update', { before, after });
      return after;
    });
    return c.json(next);
  });

  app.post('/settings/intake-key', async (c) => {
    const caller = await requireCaller(c, deps, 'settings.manage');
    const now = deps.now();
    const key = randomToken();
    await deps.db().transaction(async (tx) => {
      const db: Db = tx;
      const [current] = await db
        .select({ hash: settings.intakeKeyHash })
        .from(settings)
        .where(eq(settings.associationId, caller.association.id))
        .for('update');
      await db
        .update(settings)
        .set({
          ...intakeKeyColumns(key),
          previousIntakeKeyHash: current!.hash,
          // Not a new version: the key is not part of the settings form an admin may have open.
          previousIntakeKeyUntil: new Date(now.getTime() + KEY_OVERLAP_MS),
        })
        .where(eq(settings.associationId, caller.association.id));
      await auditSettings(db, now, caller, 'settings.intake_key', ['intakeKey']);
    });
    return c.json({ key }, 201);
  });

  return app;
}
