import { assignGreedy, assignOptimal, type CandidateEdge } from './assignment';
import type { Gazetteer } from './gazetteer';
import { firstUnmet } from './matching';
import {
  explainPair,
  prepareMentee,
  prepareMentor,
  quickScore,
  type MenteeFacts,
  type MentorFacts,
  type PairScore,
} from './scoring';
import type { Settings } from './types';

type Named = { id: string; firstName: string; lastName: string };
type MatchSettings = Pick<
  Settings,
  'honorabilityValidityYears' | 'honorabilityWarningDays' | 'matchingWeights'
>;

/**
 * Each young person keeps their best candidates only: the assignment runs on this candidate graph
 * (eligible pairs, the best per person), which keeps 2,000 × 3,000 tractable.
 */
export const CANDIDATES_PER_PERSON = 30;

export interface CohortPlan<R, M> {
  pairs: { referral: R; mentor: M; pair: PairScore }[];
  unmatched: { referral: R; reason: string }[];
  totalScore: number;
  /** The greedy assignment's total on the same candidates, to show what optimising gains. */
  greedyScore: number;
}

/** The assignment that maximises the total score under the hard constraints and capacities. */
export function planCohort<R extends MenteeFacts & Named, M extends MentorFacts & Named>(
  referrals: R[],
  mentors: M[],
  settings: MatchSettings,
  gazetteer: Gazetteer,
  today: Date,
  candidatesPerPerson = CANDIDATES_PER_PERSON,
): CohortPlan<R, M> {
  const mentees = referrals.map((r) => prepareMentee(r, gazetteer, today));
  const pool = mentors.map((m) => prepareMentor(m, gazetteer, settings, today));
  const edges: CandidateEdge[] = [];
  const noCandidate = new Map<number, string>();
  mentees.forEach((mentee, r) => {
    // The best candidates, kept sorted by insertion: cheaper than sorting 3,000 for 30.
    const best: CandidateEdge[] = [];
    pool.forEach((mentor, m) => {
      const { score, eligible } = quickScore(mentee, mentor, settings);
      if (!eligible) return;
      if (best.length === candidatesPerPerson && score <= best[best.length - 1]!.score) return;
      let i = best.length;
      while (i > 0 && best[i - 1]!.score < score) i -= 1;
      best.splice(i, 0, { r, m, score });
      if (best.length > candidatesPerPerson) best.pop();
    });
    if (!best.length) noCandidate.set(r, whyNobody(mentee, pool, settings, today));
    edges.push(...best);
  });
  const capacities = mentors.map((m) => Math.max(0, m.capacity - m.activePairs));
  const optimal = assignOptimal(referrals.length, capacities, edges);
  const greedy = assignGreedy(referrals.length, capacities, edges);
  const matched = new Set(optimal.pairs.map(([r]) => r));
  return {
    pairs: optimal.pairs.map(([r, m]) => ({
      referral: referrals[r]!,
      mentor: mentors[m]!,
      pair: explainPair(mentees[r]!, pool[m]!, settings, today),
    })),
    unmatched: referrals.flatMap((referral, r) =>
      matched.has(r)
        ? []
        : [
            {
              referral,
              reason:
                noCandidate.get(r) ??
                'Ses mentors compatibles sont tous pris par des binômes au meilleur score',
            },
          ],
    ),
    totalScore: optimal.total,
    greedyScore: greedy.total,
  };
}

/** Why no mentor of the pool can take this young person: the constraint most of them fail. */
function whyNobody(
  mentee: ReturnType<typeof prepareMentee>,
  pool: ReturnType<typeof prepareMentor>[],
  settings: MatchSettings,
  today: Date,
): string {
  if (!pool.length) return 'Aucun mentor n’a de place libre';
  const counts = new Map<string, number>();
  for (const mentor of pool) {
    const unmet = firstUnmet(explainPair(mentee, mentor, settings, today).constraints);
    if (unmet) counts.set(unmet.detail, (counts.get(unmet.detail) ?? 0) + 1);
  }
  const [reason] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['Aucun mentor compatible'];
  return `Aucun mentor compatible : ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
}

/** Suggestions for one side, best first, the ineligible kept with their reasons. */
export function suggest<T extends { id: string }>(
  candidates: { item: T; pair: PairScore }[],
  limit: number,
) {
  return candidates
    .sort(
      (a, b) =>
        Number(b.pair.eligible) - Number(a.pair.eligible) ||
        b.pair.score - a.pair.score ||
        (a.item.id < b.item.id ? -1 : 1),
    )
    .slice(0, limit);
}
