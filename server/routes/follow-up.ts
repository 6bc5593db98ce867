import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { checkIfMatch, fail } from '../../src/domain/problem';
import { GoalsInput, InterviewInput, PairReassignment } from '../../src/domain/schemas';
import { writeAudit } from '../audit';
import type { Db } from '../db/database';
import { fromRow } from '../db/rows';
import { interviews, mentorships, users } from '../db/schema';
import { readBody, requireCaller, type Deps, type Env, idParam } from '../http/context';
import { mentorshipView } from './mentorships';

const publicInterview = ({ associationId: _a, ...row }: typeof interviews.$inferSelect) =>
  fromRow(row);

/** What coordinators keep of a pair besides its meetings: goals, interviews, and who follows it. */
export function followUpRoutes(deps: Deps) {
  const app = new Hono<Env>();

  app.put('/mentorships/:id/goals', async (c) => {
    const caller = await requireCaller(c, deps, 'mentorships.write');
    const id = idParam(c);
    const now = deps.now();
    const mine = caller.association.id;
    await deps.db().transaction(async (tx) => {
      const db: Db = tx;
      const [pair] = await db
        .select()
        .from(mentorships)
        .where(and(eq(mentorships.id, id), eq(mentorships.associationId, mine)))
        .for('update');
      if (!pair) return fail(404, 'Introuvable.');
      const body = await readBody(c, GoalsInput);
      checkIfMatch(c.req.header('If-Match'), (await mentorshipView(db, caller, id, now))!);
      // A goal keeps its id across edits; a new one gets one here.
      const goals = body.goals.map((goal) => ({
        ...goal,
        id: goal.id ?? `goal_${crypto.randomUUID()}`,
      }));
      await db
        .update(mentorships)
        .set({ goals, version: pair.version + 1, updatedAt: now })
        .where(eq(mentorships.id, id));
      await writeAudit(
        db,
        now,
        caller,
        'mentorship.goals',
        { type: 'mentorship', id, associationId: mine },
        ['goals'],
      );
    });
    return c.json(await mentorshipView(deps.db(), caller, id, now));
  });

  // Interviews are the coordinator's: satisfaction and notes about both people.
  app.get('/mentorships/:id/interviews', async (c) => {
    const caller = await requireCaller(c, deps, 'mentorships.read');
    const id = idParam(c);
    const db = deps.db();
    const pair = await mentorshipView(db, caller, id, deps.now());
    if (!pair) return fail(404, 'Introuvable.');
    if (caller.user.role === 'mentor')
      return fail(403, 'Les entretiens de suivi sont réservés à la coordination.');
    const rows = await db
      .select()
      .from(interviews)
      .where(eq(interviews.mentorshipId, id))
      .orderBy(asc(interviews.date), asc(interviews.id));
    return c.json(rows.map(publicInterview));
  });

  app.post('/mentorships/:id/interviews', async (c) => {
    const caller = await requireCaller(c, deps, 'mentorships.write');
    const id = idParam(c);
    const now = deps.now();
    const mine = caller.association.id;
    const row = await deps.db().transaction(async (tx) => {
      const db: Db = tx;
      const [pair] = await db
        .select({ id: mentorships.id, status: mentorships.status })
        .from(mentorships)
        .where(and(eq(mentorships.id, id), eq(mentorships.associationId, mine)));
      if (!pair) return fail(404, 'Introuvable.');
      const body = await readBody(c, InterviewInput);
      if (body.date > now.toISOString().slice(0, 10))
        return fail(422, 'Un entretien à venir ne se consigne pas encore.', {
          errors: [{ pointer: '/date', message: 'La date ne peut pas être dans le futur' }],
        });
      const [created] = await db
        .insert(interviews)
        .values({
          id: `itw_${crypto.randomUUID()}`,
          associationId: mine,
          mentorshipId: id,
          ...body,
          byId: caller.user.id,
        })
        .returning();
      await writeAudit(db, now, caller, 'interview.create', {
        type: 'interview',
        id: created!.id,
        associationId: mine,
      });
      return created!;
    });
    return c.json(publicInterview(row), 201);
  });

  app.post('/mentorships/coordinator', async (c) => {
    const caller = await requireCaller(c, deps, 'mentorships.write');
    const body = await readBody(c, PairReassignment);
    const now = deps.now();
    const mine = caller.association.id;
    const result = await deps.db().transaction(async (tx) => {
      const db: Db = tx;
      const [coordinator] = await db
        .select()
        .from(users)
        .where(and(eq(users.id, body.coordinatorId), eq(users.associationId, mine)));
      if (!coordinator || coordinator.role === 'mentor' || !coordinator.active)
        return fail(422, 'Cette personne ne fait pas partie de l’équipe.', {
          errors: [{ pointer: '/coordinatorId', message: 'Choisissez un membre de l’équipe' }],
        });
      const pairs = await db
        .select({ id: mentorships.id })
        .from(mentorships)
        .where(and(eq(mentorships.associationId, mine), inArray(mentorships.id, body.ids)))
        .orderBy(asc(mentorships.id))
        .for('update');
      const found = new Set(pairs.map((p) => p.id));
      await db
        .update(mentorships)
        .set({
          coordinatorId: coordinator.id,
          version: sql`${mentorships.version} + 1`,
          updatedAt: now,
        })
        .where(inArray(mentorships.id, [...found]));
      for (const id of found)
        await writeAudit(
          db,
          now,
          caller,
          'mentorship.reassign',
          { type: 'mentorship', id, associationId: mine },
          ['coordinatorId'],
        );
      return {
        succeeded: found.size,
        failed: [...new Set(body.ids)]
          .filter((id) => !found.has(id))
          .map((id) => ({ id, title: id, reason: 'Introuvable' })),
      };
    });
    return c.json(result);
  });

  return app;
}
