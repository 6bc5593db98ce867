import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { randomUUID } from 'node:crypto';
import { PLATFORM_ACTOR, referralFromIntake } from '../../src/domain/intake';
import { fail } from '../../src/domain/problem';
import { IntakeReferral } from '../../src/domain/schemas';
import { sha256 } from '../auth/passwords';
import { writeAudit } from '../audit';
import { referralEvent } from '../timeline';
import type { Db } from '../db/database';
import { referralKeys } from '../db/referral-keys';
import { toRow } from '../db/rows';
import { referrals, settings } from '../db/schema';
import { readBody, type Deps, type Env } from '../http/context';
import { publicReferral } from './referrals';

/** The 1jeune1solution platform pushes referrals with its association's API key (stored hashed). */
export function intakeRoutes(deps: Deps) {
  const app = new Hono<Env>();

  app.post('/referrals', async (c) => {
    const key = c.req.header('X-API-Key');
    const db = deps.db();
    const [owner] = key
      ? await db
          .select({ associationId: settings.associationId })
          .from(settings)
          .where(eq(settings.intakeKeyHash, sha256(key)))
      : [];
    if (!owner) return fail(401, 'Clé d’API absente ou invalide.');
    const body = await readBody(c, IntakeReferral);
    const { associationId } = owner;
    const now = deps.now();
    const result = await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      const referral = referralFromIntake(body, `ref_${randomUUID()}`, now.toISOString());
      // The platform may push the same referral twice, even at once: its id is unique per association.
      const [created] = await t
        .insert(referrals)
        .values(toRow(referrals, { ...referral, associationId, ...referralKeys(referral) }))
        .onConflictDoNothing()
        .returning();
      if (!created) {
        const [existing] = await t
          .select()
          .from(referrals)
          .where(
            and(
              eq(referrals.associationId, associationId),
              eq(referrals.externalId, body.externalId),
            ),
          );
        return { row: existing!, status: 200 as const };
      }
      await referralEvent(t, now, null, associationId, created.id, {
        kind: 'CREATED',
        actorName: PLATFORM_ACTOR,
      });
      await writeAudit(t, now, null, 'referral.intake', {
        type: 'referral',
        id: created.id,
        associationId,
      });
      return { row: created, status: 201 as const };
    });
    return c.json(publicReferral(result.row), result.status);
  });

  return app;
}
