import { and, eq, gt, or, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { duplicateKeys, probableDuplicates } from '../../src/domain/duplicates';
import { PLATFORM_ACTOR, newReferral } from '../../src/domain/intake';
import { fail, notNow, parseOr } from '../../src/domain/problem';
import { DuplicateQuery } from '../../src/domain/queries';
import { withReferralRules } from '../../src/domain/referral-rules';
import { IntakeReferral, ReferralInput } from '../../src/domain/schemas';
import { sha256 } from '../auth/passwords';
import { writeAudit } from '../audit';
import { referralEvent } from '../timeline';
import type { Db } from '../db/database';
import { referralKeys } from '../db/referral-keys';
import { fromRow, toRow } from '../db/rows';
import { referrals, settings } from '../db/schema';
import { queryObject, readBody, requireCaller, type Deps, type Env } from '../http/context';
import { AttemptCounter } from '../http/limits';
import { publicReferral, referralRules } from './referrals';

/**
 * New referrals: pushed by the 1jeune1solution platform with its association's API key (stored
 * hashed), or entered by a coordinator, who first sees the probable duplicates.
 */
export function intakeRoutes(deps: Deps) {
  const app = new Hono<Env>();
  // Wrong keys per client address: enough for a platform's misconfiguration to show in its logs,
  // far too few to guess a key.
  const wrongKeys = new AttemptCounter(10, 15 * 60_000);

  app.post('/intake/referrals', async (c) => {
    const key = c.req.header('X-API-Key');
    const address = deps.clientAddress(c);
    if (wrongKeys.reached(address, deps.now()))
      return notNow(429, 'Trop de clés invalides. Réessayez dans 15 minutes.', 900);
    const db = deps.db();
    const hash = key ? sha256(key) : '';
    // The current key, or the previous one for a day after a rotation.
    const [owner] = key
      ? await db
          .select({ associationId: settings.associationId })
          .from(settings)
          .where(
            or(
              eq(settings.intakeKeyHash, hash),
              and(
                eq(settings.previousIntakeKeyHash, hash),
                gt(settings.previousIntakeKeyUntil, deps.now()),
              ),
            ),
          )
      : [];
    if (!owner) {
      wrongKeys.take(address, deps.now());
      return fail(401, 'Clé d’API absente ou invalide.');
    }
    const { associationId } = owner;
    const now = deps.now();
    const rules = await referralRules(db, associationId, now);
    const body = await readBody(c, withReferralRules(IntakeReferral, rules));
    const result = await db.transaction(async (tx) => {
      const t: Db = tx;
      const referral = newReferral(body, `ref_${crypto.randomUUID()}`, now.toISOString(), null);
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

  app.post('/referrals', async (c) => {
    const caller = await requireCaller(c, deps, 'referrals.write');
    const associationId = caller.association.id;
    const now = deps.now();
    const rules = await referralRules(deps.db(), associationId, now);
    const body = await readBody(c, withReferralRules(ReferralInput, rules));
    const referral = newReferral(
      body,
      `ref_${crypto.randomUUID()}`,
      now.toISOString(),
      caller.user.id,
    );
    const created = await deps.db().transaction(async (tx) => {
      const t: Db = tx;
      const [row] = await t
        .insert(referrals)
        .values(toRow(referrals, { ...referral, associationId, ...referralKeys(referral) }))
        .returning();
      await referralEvent(t, now, caller, associationId, referral.id, { kind: 'CREATED' });
      await writeAudit(t, now, caller, 'referral.create', {
        type: 'referral',
        id: referral.id,
        associationId,
      });
      return row!;
    });
    return c.json(publicReferral(created), 201);
  });

  app.get('/referrals/duplicates', async (c) => {
    const caller = await requireCaller(c, deps, 'referrals.read');
    const keys = duplicateKeys(parseOr(DuplicateQuery, queryObject(c), 400));
    const criteria = or(
      keys.name
        ? and(
            eq(referrals.firstNameKey, keys.name.firstName),
            eq(referrals.lastNameKey, keys.name.lastName),
            eq(referrals.birthDate, keys.name.birthDate),
          )
        : undefined,
      keys.email ? sql`lower(${referrals.email}) = ${keys.email}` : undefined,
      keys.phone ? sql`right(${referrals.phoneDigits}, 9) = ${keys.phone}` : undefined,
    );
    if (!criteria) return c.json([]);
    const rows = await deps
      .db()
      .select()
      .from(referrals)
      .where(and(eq(referrals.associationId, caller.association.id), criteria));
    return c.json(
      probableDuplicates(keys, rows.map(fromRow)).map((r) => ({
        id: r.id,
        firstName: r.firstName,
        lastName: r.lastName,
        birthDate: r.birthDate,
        status: r.status,
        matchedOn: r.matchedOn,
      })),
    );
  });

  return app;
}
