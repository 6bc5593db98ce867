import { seed } from '../seed/seed';
import { planCohort } from '../src/domain/cohort';
import { loadGazetteer } from '../src/domain/gazetteer';
import { explainPair, prepareMentee, prepareMentor } from '../src/domain/scoring';
import { DEFAULT_SETTINGS } from '../src/domain/settings';
import type { Figure } from './results';

const ms = (start: number) => Math.round(performance.now() - start);
const MB = (bytes: number) => Math.round(bytes / 1e5) / 10;

/**
 * Matching on the scale seed's people, in process (the same domain code both backends run):
 * suggestions for one young person among 3,000 mentors, and the cohort assignment of 2,000 young
 * people to 3,000 mentors, with its total score, the duals' bound proving it optimal over every
 * pair, and a greedy assignment's total.
 */
export async function matchingFigures(): Promise<Figure[]> {
  const today = new Date();
  const data = seed('scale', today);
  const gazetteer = await loadGazetteer();
  const settings = DEFAULT_SETTINGS;
  // Every mentor available with a free place, so the instance is as large as the issue asks.
  const mentors = data.mentors
    .slice(0, 3000)
    .map((m) => ({ ...m, status: 'AVAILABLE' as const, activePairs: 0 }));
  const referrals = data.referrals.slice(0, 2000);

  const mentee = referrals[0]!;
  let start = performance.now();
  const prepared = prepareMentee(mentee, gazetteer, today);
  const suggestions = mentors
    .map((m) =>
      explainPair(prepared, prepareMentor(m, gazetteer, settings, today), settings, today),
    )
    .sort((a, b) => Number(b.eligible) - Number(a.eligible) || b.score - a.score)
    .slice(0, 20);
  const suggestMs = ms(start);

  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
  start = performance.now();
  const plan = planCohort(referrals, mentors, settings, gazetteer, today);
  const cohortMs = ms(start);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);

  return [
    {
      name: 'matching.suggestions_3000_mentors',
      value: suggestMs,
      unit: `ms (top ${suggestions.length})`,
    },
    { name: 'matching.cohort_2000x3000', value: cohortMs, unit: 'ms' },
    { name: 'matching.cohort_heap_growth', value: MB(peak - heapBefore), unit: 'MB' },
    { name: 'matching.cohort_pairs', value: plan.pairs.length, unit: 'pairs' },
    {
      name: 'matching.cohort_total_score',
      value: Math.round(plan.totalScore * 100) / 100,
      unit: 'points',
    },
    {
      name: 'matching.cohort_upper_bound',
      value: Math.round(plan.upperBound * 100) / 100,
      unit: 'points (duals: no assignment of the eligible pairs among all 6,000,000 scores more)',
    },
    {
      name: 'matching.cohort_candidates',
      value: plan.candidates,
      unit: `pairs solved on, in ${plan.rounds} round(s)`,
    },
    {
      name: 'matching.greedy_total_score',
      value: Math.round(plan.greedyScore * 100) / 100,
      unit: 'points',
    },
  ];
}
