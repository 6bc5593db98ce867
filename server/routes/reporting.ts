import { sql, type SQL } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AgeBand } from '../../src/domain/enums';
import {
  DAYS_PER_MONTH,
  PRIORITY_SHARES,
  QUALIFICATION_DECIDED,
  QUALIFIED_OR_BEYOND,
  LINKED_BREAKDOWNS,
  LINKED_FIGURES,
  indicatorLink,
  linkHref,
  monthsOf,
  referralsLink,
  type Period,
} from '../../src/domain/indicators';
import { parseOr } from '../../src/domain/problem';
import { IndicatorQuery } from '../../src/domain/queries';
import type { Indicators } from '../../src/domain/types';
import { rowsOf, type Db } from '../db/database';
import { EARLY_RUPTURE, utcDay } from '../db/periods';
import { requireCaller, type Deps, type Env } from '../http/context';

const DAY = 86_400_000;

const AGE_BAND_SQL = (birth: SQL, on: SQL) => sql`case
  when extract(year from age(${on}, ${birth})) < 15 then ${'UNDER_15' satisfies AgeBand}
  when extract(year from age(${on}, ${birth})) < 18 then ${'15_17' satisfies AgeBand}
  when extract(year from age(${on}, ${birth})) < 21 then ${'18_20' satisfies AgeBand}
  when extract(year from age(${on}, ${birth})) < 26 then ${'21_25' satisfies AgeBand}
  else ${'26_30' satisfies AgeBand} end`;

const list = (values: readonly string[]) =>
  sql`(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;

type Counted = { d: string; k: string | null; n: number };

const countsOf = (rows: Counted[], dimension: string) =>
  Object.fromEntries(rows.filter((r) => r.d === dimension).map((r) => [r.k ?? 'UNKNOWN', r.n]));

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/**
 * The indicators over a period, each an SQL aggregate (src/domain/indicators.ts says what each
 * counts). With a coordinator: the referrals assigned to them and the pairs they follow.
 */
export async function indicatorsFor(
  db: Db,
  associationId: string,
  period: Period,
  coordinatorId?: string,
): Promise<Indicators> {
  const { from, to } = period;
  const inPeriod = (day: SQL) => sql`${day} between ${from}::date and ${to}::date`;
  const received = sql`referrals.association_id = ${associationId}
    and ${inPeriod(utcDay(sql`referrals.received_at`))}
    ${coordinatorId ? sql`and referrals.assignee_id = ${coordinatorId}` : sql``}`;
  const pairs = sql`mentorships.association_id = ${associationId}
    and mentorships.accepted_at is not null
    ${coordinatorId ? sql`and mentorships.coordinator_id = ${coordinatorId}` : sql``}`;
  const accepted = utcDay(sql`mentorships.accepted_at`);
  const closed = utcDay(sql`mentorships.closed_at`);
  const closedInPeriod = sql`mentorships.closed_at is not null and ${inPeriod(closed)}`;
  const days = (interval: SQL) => sql`extract(epoch from ${interval}) / 86400`;
  const priority = Object.entries(PRIORITY_SHARES).map(([key, filter]) => {
    const test =
      'situation' in filter
        ? sql`referrals.situation in ${list(filter.situation)}`
        : sql`referrals.priority_publics && array[${sql.join(
            filter.priorityPublic.map((p) => sql`${p}`),
            sql`, `,
          )}]::text[]`;
    return sql`count(*) filter (where ${test})::int as ${sql.identifier(`p_${key}`)}`;
  });

  const [referralTotals] = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      select count(*)::int as received,
        count(*) filter (where referrals.first_contact_at is null)::int as without_contact,
        percentile_cont(0.5) within group (order by ${days(sql`referrals.first_contact_at - referrals.received_at`)})
          filter (where referrals.first_contact_at is not null) as median_contact,
        count(*) filter (where referrals.status in ${list(QUALIFICATION_DECIDED)})::int as decided,
        count(*) filter (where referrals.status in ${list(QUALIFIED_OR_BEYOND)})::int as qualified,
        ${sql.join(priority, sql`, `)}
      from referrals where ${received}`),
  );
  const [match] = rowsOf<{ median_match: unknown }>(
    await db.execute(sql`
      select percentile_cont(0.5) within group (order by ${days(sql`first.accepted_at - referrals.received_at`)}) as median_match
      from referrals
      join (select referral_id, min(accepted_at) as accepted_at from mentorships
            where association_id = ${associationId} and accepted_at is not null group by referral_id) first
        on first.referral_id = referrals.id
      where ${received}`),
  );
  const referralCounts = rowsOf<Counted>(
    await db.execute(sql`
      with r as (select * from referrals where ${received})
      select 'channel' as d, channel as k, count(*)::int as n from r group by channel
      union all select 'gender', gender, count(*)::int from r group by gender
      union all select 'situation', situation, count(*)::int from r group by situation
      union all select 'need', need, count(*)::int from r, unnest(r.needs) as need group by need
      union all select 'ageBand', band, count(*)::int from
        (select ${AGE_BAND_SQL(sql`r.birth_date`, utcDay(sql`r.received_at`))} as band from r) b group by band
      union all select 'month', to_char(${utcDay(sql`r.received_at`)}, 'YYYY-MM'), count(*)::int from r group by 2`),
  );

  // Pair-days within the period: from acceptance (or the period's start) to closure (or the
  // period's end), the denominator of the meeting rate.
  const [pairTotals] = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      select
        count(*) filter (where ${inPeriod(accepted)})::int as formed,
        count(*) filter (where ${accepted} <= ${to}::date
          and (mentorships.closed_at is null or ${closed} > ${to}::date))::int as active,
        count(*) filter (where ${closedInPeriod})::int as closed,
        percentile_cont(0.5) within group (order by ${days(sql`mentorships.closed_at - mentorships.accepted_at`)})
          filter (where ${closedInPeriod}) as median_duration,
        count(*) filter (where ${closedInPeriod} and ${EARLY_RUPTURE})::int as early,
        coalesce(sum(greatest(0,
          least(coalesce(${closed}, ${to}::date + 1), ${to}::date + 1)
          - greatest(${accepted}, ${from}::date))), 0)::int as pair_days
      from mentorships where ${pairs}`),
  );
  const pairCounts = rowsOf<Counted>(
    await db.execute(sql`
      select 'exit' as d, exit_situation as k, count(*)::int as n from mentorships
        where ${pairs} and ${closedInPeriod} group by exit_situation
      union all select 'formed', to_char(${accepted}, 'YYYY-MM'), count(*)::int from mentorships
        where ${pairs} and ${inPeriod(accepted)} group by 2
      union all select 'closed', to_char(${closed}, 'YYYY-MM'), count(*)::int from mentorships
        where ${pairs} and ${closedInPeriod} group by 2
      union all select 'held', to_char(meetings.date, 'YYYY-MM'), count(*)::int from meetings
        join mentorships on mentorships.id = meetings.mentorship_id
        where ${pairs} and meetings.attendance = 'HELD' and ${inPeriod(sql`meetings.date`)} group by 2`),
  );
  const [mentorTotals] = rowsOf<Record<string, number>>(
    await db.execute(sql`
      select
        count(*) filter (where ${inPeriod(utcDay(sql`created_at`))})::int as recruited,
        count(*) filter (where honorability_check->>'result' = 'VALID'
          and ${inPeriod(sql`(honorability_check->>'date')::date`)})::int as screened,
        count(*) filter (where jsonb_typeof(training) = 'object'
          and ${inPeriod(sql`(training->>'date')::date`)})::int as trained
      from mentors where association_id = ${associationId}`),
  );
  const [satisfaction] = rowsOf<{ mentee: unknown; mentor: unknown }>(
    await db.execute(sql`
      select avg(interviews.mentee_satisfaction) as mentee, avg(interviews.mentor_satisfaction) as mentor
      from interviews join mentorships on mentorships.id = interviews.mentorship_id
      where ${pairs} and ${inPeriod(sql`interviews.date`)}`),
  );

  const r = referralTotals!;
  const p = pairTotals!;
  const receivedCount = Number(r.received);
  const held = pairCounts.filter((c) => c.d === 'held').reduce((sum, c) => sum + c.n, 0);
  const pairMonths = Number(p.pair_days) / DAYS_PER_MONTH;
  const byMonth = (rows: Counted[], dimension: string, month: string) =>
    rows.find((c) => c.d === dimension && c.k === month)?.n ?? 0;
  const priorityCounts = Object.fromEntries(
    Object.keys(PRIORITY_SHARES).map((key) => [key, Number(r[`p_${key}`])]),
  );
  const breakdowns = {
    referralsByChannel: countsOf(referralCounts, 'channel'),
    menteesBySituation: countsOf(referralCounts, 'situation'),
    menteesByNeed: countsOf(referralCounts, 'need'),
  };
  const links: Record<string, string> = {};
  for (const figure of LINKED_FIGURES)
    links[figure] = linkHref(indicatorLink(figure, period, coordinatorId));
  for (const [breakdown, filter] of Object.entries(LINKED_BREAKDOWNS))
    for (const key of Object.keys(breakdowns[breakdown as keyof typeof breakdowns]))
      links[`${breakdown}.${key}`] = linkHref(
        referralsLink({ [filter]: [key] }, period, coordinatorId),
      );
  for (const [key, filter] of Object.entries(PRIORITY_SHARES))
    links[`priorityCounts.${key}`] = linkHref(referralsLink(filter, period, coordinatorId));
  return {
    from,
    to,
    coordinatorId: coordinatorId ?? null,
    referralsReceived: receivedCount,
    referralsWithoutContact: Number(r.without_contact),
    referralsByChannel: breakdowns.referralsByChannel,
    medianDaysToFirstContact: num(r.median_contact),
    medianDaysToMatch: num(match?.median_match),
    qualificationRate: Number(r.decided) ? Number(r.qualified) / Number(r.decided) : null,
    pairsFormed: Number(p.formed),
    pairsActive: Number(p.active),
    pairsClosed: Number(p.closed),
    medianPairDurationDays: num(p.median_duration),
    earlyRuptures: Number(p.early),
    meetingsHeld: held,
    meetingsPerPairPerMonth: pairMonths > 0 ? held / pairMonths : null,
    priorityCounts,
    priorityShares: Object.fromEntries(
      Object.entries(priorityCounts).map(([key, n]) => [
        key,
        receivedCount ? n / receivedCount : 0,
      ]),
    ),
    menteesByAgeBand: countsOf(referralCounts, 'ageBand'),
    menteesByGender: countsOf(referralCounts, 'gender'),
    menteesBySituation: breakdowns.menteesBySituation,
    menteesByNeed: breakdowns.menteesByNeed,
    mentorsRecruited: mentorTotals!.recruited!,
    mentorsScreened: mentorTotals!.screened!,
    mentorsTrained: mentorTotals!.trained!,
    exitSituations: countsOf(pairCounts, 'exit'),
    satisfaction: { mentee: num(satisfaction?.mentee), mentor: num(satisfaction?.mentor) },
    byMonth: monthsOf(period).map((month) => ({
      month,
      referralsReceived: byMonth(referralCounts, 'month', month),
      pairsFormed: byMonth(pairCounts, 'formed', month),
      pairsClosed: byMonth(pairCounts, 'closed', month),
      meetingsHeld: byMonth(pairCounts, 'held', month),
    })),
    links,
  };
}

export function reportingRoutes(deps: Deps) {
  const app = new Hono<Env>();

  app.get('/dashboard/indicators', async (c) => {
    const caller = await requireCaller(c, deps, 'dashboard.read');
    const q = parseOr(IndicatorQuery, c.req.query(), 400);
    const now = deps.now();
    const to = q.to ?? now.toISOString().slice(0, 10);
    const from = q.from ?? new Date(Date.parse(to) - 364 * DAY).toISOString().slice(0, 10);
    return c.json(
      await indicatorsFor(deps.db(), caller.association.id, { from, to }, q.coordinatorId),
    );
  });

  return app;
}
