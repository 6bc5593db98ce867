import { and, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import { Hono } from 'hono';
import { byUrgency, FOLLOWED_STATUSES, pairTasks } from '../../src/domain/follow-up';
import { mentorships, referrals, settings } from '../db/schema';
import { requireCaller, type Deps, type Env } from '../http/context';
import { pairViews } from './mentorships';

const DAY = 86_400_000;

/**
 * "À faire": what needs doing today, most urgent first. A coordinator gets the pairs they
 * coordinate and the referrals assigned to them or to nobody; an admin, the association's.
 */
export function taskRoutes(deps: Deps) {
  const app = new Hono<Env>();

  app.get('/dashboard/tasks', async (c) => {
    const caller = await requireCaller(c, deps, 'dashboard.read');
    const db = deps.db();
    const now = deps.now();
    const mine = caller.association.id;
    const coordinator = caller.user.role === 'coordinator' ? caller.user.id : null;
    const [rules] = await db
      .select({ delay: settings.firstContactDelayDays })
      .from(settings)
      .where(eq(settings.associationId, mine));
    const [pairs, overdue] = await Promise.all([
      pairViews(
        db,
        caller,
        now,
        and(
          inArray(mentorships.status, [...FOLLOWED_STATUSES, 'PAUSED']),
          coordinator ? eq(mentorships.coordinatorId, coordinator) : undefined,
        ),
      ),
      db
        .select({
          id: referrals.id,
          firstName: referrals.firstName,
          lastName: referrals.lastName,
          receivedAt: referrals.receivedAt,
        })
        .from(referrals)
        .where(
          and(
            eq(referrals.associationId, mine),
            isNull(referrals.firstContactAt),
            inArray(referrals.status, ['RECEIVED', 'TO_CONTACT']),
            lt(referrals.receivedAt, new Date(now.getTime() - rules!.delay * DAY)),
            coordinator
              ? or(eq(referrals.assigneeId, coordinator), isNull(referrals.assigneeId))
              : undefined,
          ),
        ),
    ]);
    const tasks = [
      ...pairs.flatMap((pair) =>
        pairTasks(pair, now).map((task) => ({
          ...task,
          entityType: 'mentorship' as const,
          entityId: pair.id,
          label: `${pair.mentee.firstName} ${pair.mentee.lastName} et ${pair.mentor.firstName} ${pair.mentor.lastName}`,
        })),
      ),
      ...overdue.map((referral) => ({
        kind: 'FIRST_CONTACT_OVERDUE' as const,
        dueDay: new Date(referral.receivedAt.getTime() + rules!.delay * DAY)
          .toISOString()
          .slice(0, 10),
        interviewKind: null,
        entityType: 'referral' as const,
        entityId: referral.id,
        label: `${referral.firstName} ${referral.lastName}`,
      })),
    ].sort(byUrgency);
    return c.json(tasks);
  });

  return app;
}
