import { and, eq, inArray } from 'drizzle-orm';
import { Hono } from 'hono';

import { BULK_MAX_ROWS, bulkOutcome } from '../../src/domain/bulk';
import type { ReferralStatus } from '../../src/domain/enums';
import { fail, parseOr } from '../../src/domain/problem';
import { ReferralListQuery, searchParamsToObject } from '../../src/domain/queries';
import { ReferralBulkAction } from '../../src/domain/schemas';
import { writeAudit } from '../audit';
import { referralEvent } from '../timeline';
import type { Db } from '../db/database';
import { byteOrder } from '../db/rows';
import { referrals, users } from '../db/schema';
import { readBody, requireCaller, type Deps, type Env } from '../http/context';
import { blockerOf, referralFilters } from './referrals';

export function bulkRoutes(deps: Deps) {
  const app = new Hono<Env>();

  // All rows in one transaction: a row the lifecycle refuses is reported and skipped; a failure of
  // the database rolls everything back, so nothing is ever half-applied without saying so.
  app.post('/referrals/bulk', async (c) => {
    const caller = await requireCaller(c, deps, 'referrals.write');
    const body = await readBody(c, ReferralBulkAction);
    const mine = caller.association.id;
    if (!body.ids === !body.query) {
      return fail(422, 'Donnez soit les dossiers choisis, soit les filtres.', {
        errors: [{ pointer: '/ids', message: 'Choisissez des dossiers ou des filtres' }],
      });
    }
    const now = deps.now();
    const result = await deps.db().transaction(async (tx) => {
      const db: Db = tx;
      if (body.action === 'ASSIGN' && body.assigneeId) {
        const [assignee] = await db
          .select()
          .from(users)
          .where(and(eq(users.id, body.assigneeId), eq(users.associationId, mine)));
        if (!assignee || assignee.role === 'mentor') {
          return fail(422, 'Ce chargé de mentorat n’existe pas.', {
            errors: [{ pointer: '/assigneeId', message: 'Choisissez un membre de l’équipe' }],
          });
        }
      }
      let where;
      if (body.query !== undefined) {
        const q = parseOr(
          ReferralListQuery,
          searchParamsToObject(new URLSearchParams(body.query)),
          422,
        );
        where = referralFilters(q, mine, now, caller.settings.firstContactDelayDays);
      } else {
        where = and(eq(referrals.associationId, mine), inArray(referrals.id, body.ids!));
      }
      const rows = await db
        .select()
        .from(referrals)
        .where(where)
        .orderBy(byteOrder(referrals.id))
        .for('update');
      if (
        body.query !== undefined &&
        body.expectedCount !== undefined &&
        rows.length !== body.expectedCount
      ) {
        return fail(
          409,
          `Le nombre de dossiers a changé : ${rows.length} au lieu de ${body.expectedCount}.`,
        );
      }
      if (rows.length > BULK_MAX_ROWS)
        return fail(422, `Au plus ${BULK_MAX_ROWS} dossiers à la fois.`);
      const found = new Set(rows.map((r) => r.id));
      const failed = (body.ids ?? [])
        .filter((id) => !found.has(id))
        .map((id) => ({ id, title: id, reason: 'Introuvable' }));
      let succeeded = 0;
      for (const referral of rows) {
        const outcome = bulkOutcome(body, {
          status: referral.status as ReferralStatus,
          blocker: blockerOf(referral, now),
        });
        if (!outcome.ok) {
          failed.push({
            id: referral.id,
            title: `${referral.firstName} ${referral.lastName}`,
            reason: outcome.reason,
          });
          continue;
        }
        await db
          .update(referrals)
          .set({ ...outcome.changes, version: referral.version + 1, updatedAt: now })
          .where(eq(referrals.id, referral.id));
        await referralEvent(db, now, caller, mine, referral.id, {
          kind: outcome.changes.status ? 'STATUS_CHANGED' : 'ASSIGNED',
          from: outcome.changes.status ? referral.status : referral.assigneeId,
          to: outcome.changes.status ?? outcome.changes.assigneeId ?? null,
          body: body.reason ?? null,
        });
        await writeAudit(
          db,
          now,
          caller,
          `referral.bulk.${body.action.toLowerCase()}`,
          { type: 'referral', id: referral.id, associationId: mine },
          {
            before: { status: referral.status, assigneeId: referral.assigneeId },
            after: { status: referral.status, assigneeId: referral.assigneeId, ...outcome.changes },
          },
        );
        succeeded += 1;
      }
      return { succeeded, failed };
    });
    return c.json(result);
  });

  return app;
}
