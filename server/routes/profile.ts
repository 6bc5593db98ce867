import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { statusForLoad } from '../../src/domain/matching';
import { checkIfMatch, fail } from '../../src/domain/problem';
import { MentorSelfPatch } from '../../src/domain/schemas';
import { writeAudit } from '../audit';
import type { Db } from '../db/database';
import { mentorKeys } from '../db/referral-keys';
import { toRow } from '../db/rows';
import { mentors } from '../db/schema';
import { readBody, requireCaller, type Caller, type Deps, type Env } from '../http/context';
import { timelineEvent } from '../timeline';
import { lockMentor, publicMentor } from './mentors';

/** "Mon profil" for a mentor: their own record, never another's. */
export function profileRoutes(deps: Deps) {
  const app = new Hono<Env>();
  const own = async (db: Db, caller: Caller) =>
    lockMentor(db, caller.user.mentorId ?? '', caller.association.id);

  app.get('/me/mentor', async (c) => {
    const caller = await requireCaller(c, deps, 'profile.mentor');
    const db = deps.db();
    const [row] = await db
      .select()
      .from(mentors)
      .where(
        and(
          eq(mentors.id, caller.user.mentorId ?? ''),
          eq(mentors.associationId, caller.association.id),
        ),
      );
    return row ? c.json(publicMentor(row)) : fail(404, 'Introuvable.');
  });

  app.patch('/me/mentor', async (c) => {
    const caller = await requireCaller(c, deps, 'profile.mentor');
    const now = deps.now();
    const next = await deps.db().transaction(async (tx) => {
      const db: Db = tx;
      const row = await own(db, caller);
      const patch = await readBody(c, MentorSelfPatch);
      const current = publicMentor(row);
      checkIfMatch(c.req.header('If-Match'), current);
      if (patch.capacity !== undefined && patch.capacity < row.activePairs)
        return fail(422, 'Certains champs sont invalides.', {
          errors: [
            {
              pointer: '/capacity',
              message: `Vous accompagnez déjà ${row.activePairs} jeune${row.activePairs > 1 ? 's' : ''} : pas moins de places que cela`,
            },
          ],
        });
      const merged = { ...current, ...patch };
      const [updated] = await db
        .update(mentors)
        .set({
          ...toRow(mentors, patch),
          status: statusForLoad(merged, row.activePairs),
          ...mentorKeys(merged),
          version: row.version + 1,
          updatedAt: now,
        })
        .where(eq(mentors.id, row.id))
        .returning();
      await timelineEvent(
        db,
        now,
        caller,
        caller.association.id,
        { type: 'mentor', id: row.id },
        { kind: 'UPDATED' },
      );
      await writeAudit(
        db,
        now,
        caller,
        'mentor.update',
        { type: 'mentor', id: row.id, associationId: caller.association.id },
        { before: publicMentor(row), after: publicMentor(updated!) },
      );
      return updated!;
    });
    return c.json(publicMentor(next));
  });

  return app;
}
