import { assignGreedy, assignOnAllPairs, type CandidateEdge } from './assignment';
import type { Gazetteer } from './gazetteer';
import { firstUnmet, hardConstraints } from './matching';
import {
  explainPair,
  prepareMentee,
  prepareMentor,
  quickScore,
  INELIGIBLE,
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
 * The assignment starts from each young person's best candidates only, which keeps 2,000 × 3,000
 * fast; pricing the pairs left out then adds any that could raise the total (assignOnAllPairs).
 */
export const CANDIDATES_PER_PERSON = 30;

export interface CohortPlan<R, M> {
  pairs: { referral: R; mentor: M; pair: PairScore }[];
  unmatched: { referral: R; reason: string }[];
  totalScore: number;
  /** The greedy assignment's total on the same candidates, to show what optimising gains. */
  greedyScore: number;
  /** No assignment of every eligible pair scores more (the duals' bound; equals totalScore). */
  upperBound: number;
  /** Pairs the assignment was solved on, and how many times pricing sent it back. */
  candidates: number;
  rounds: number;
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
  const noCandidate = new Map<number, string>();
  const leftOut = mentees.map(() => -Infinity);
  const candidates = mentees.map((mentee, r) => {
    // The best candidates, kept sorted by insertion: cheaper than sorting 3,000 for 30.
    const best: CandidateEdge[] = [];
    pool.forEach((mentor, m) => {
      const score = quickScore(mentee, mentor, settings);
      if (score === INELIGIBLE) return;
      if (best.length === candidatesPerPerson && score <= best[best.length - 1]!.score) {
        leftOut[r] = Math.max(leftOut[r]!, score);
        return;
      }
      let i = best.length;
      while (i > 0 && best[i - 1]!.score < score) i -= 1;
      best.splice(i, 0, { r, m, score });
      if (best.length > candidatesPerPerson) leftOut[r] = Math.max(leftOut[r]!, best.pop()!.score);
    });
    if (!best.length) noCandidate.set(r, whyNobody(mentee, pool, settings, today));
    return best;
  });
  const allPairs = (r: number) => {
    const pairs: CandidateEdge[] = [];
    pool.forEach((mentor, m) => {
      const score = quickScore(mentees[r]!, mentor, settings);
      if (score !== INELIGIBLE) pairs.push({ r, m, score });
    });
    return pairs;
  };
  const capacities = mentors.map((m) => Math.max(0, m.capacity - m.activePairs));
  const optimal = assignOnAllPairs(referrals.length, capacities, candidates, leftOut, allPairs);
  const greedy = assignGreedy(referrals.length, capacities, optimal.edges);
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
    upperBound: optimal.duals.bound,
    candidates: optimal.edges.length,
    rounds: optimal.rounds,
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
    const unmet = firstUnmet(hardConstraints(mentee.facts, mentor.facts, settings, today));
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
