import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { computeIndicators, type IndicatorInput } from '../../src/domain/indicators';
import { parseOr } from '../../src/domain/problem';
import { PeriodQuery } from '../../src/domain/queries';
import { fromRow } from '../db/rows';
import { interviews, meetings, mentors, mentorships, referrals } from '../db/schema';
import { requireCaller, type Deps, type Env } from '../http/context';

const DAY = 86_400_000;

export function reportingRoutes(deps: Deps) {
  const app = new Hono<Env>();

  // The pure computation of src/domain, over the columns it needs.
  app.get('/dashboard/indicators', async (c) => {
    const caller = await requireCaller(c, deps, 'dashboard.read');
    const q = parseOr(PeriodQuery, c.req.query(), 400);
    const now = deps.now();
    const mine = caller.association.id;
    const db = deps.db();
    const [r, p, m, mt, i] = await Promise.all([
      db
        .select({
          receivedAt: referrals.receivedAt,
          channel: referrals.channel,
          status: referrals.status,
          firstContactAt: referrals.firstContactAt,
          birthDate: referrals.birthDate,
          gender: referrals.gender,
          situation: referrals.situation,
          needs: referrals.needs,
          priorityPublics: referrals.priorityPublics,
        })
        .from(referrals)
        .where(eq(referrals.associationId, mine)),
      db
        .select({
          status: mentorships.status,
          proposedAt: mentorships.proposedAt,
          startedAt: mentorships.startedAt,
          closedAt: mentorships.closedAt,
          exitSituation: mentorships.exitSituation,
        })
        .from(mentorships)
        .where(eq(mentorships.associationId, mine)),
      db
        .select({ date: meetings.date, attendance: meetings.attendance })
        .from(meetings)
        .where(eq(meetings.associationId, mine)),
      db
        .select({
          createdAt: mentors.createdAt,
          honorabilityCheck: mentors.honorabilityCheck,
          training: mentors.training,
        })
        .from(mentors)
        .where(eq(mentors.associationId, mine)),
      db
        .select({
          date: interviews.date,
          menteeSatisfaction: interviews.menteeSatisfaction,
          mentorSatisfaction: interviews.mentorSatisfaction,
        })
        .from(interviews)
        .where(eq(interviews.associationId, mine)),
    ]);
    // Text columns hold the domain's codes; the casts name them.
    const input: IndicatorInput = {
      referrals: r.map(fromRow) as IndicatorInput['referrals'],
      mentorships: p.map(fromRow) as IndicatorInput['mentorships'],
      meetings: m as IndicatorInput['meetings'],
      mentors: mt.map(fromRow) as IndicatorInput['mentors'],
      interviews: i,
    };
    const today = now.toISOString().slice(0, 10);
    const yearAgo = new Date(now.getTime() - 365 * DAY).toISOString().slice(0, 10);
    return c.json(computeIndicators(input, q.from ?? yearAgo, q.to ?? today));
  });

  return app;
}
