import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignGreedy,
  assignOnAllPairs,
  assignOptimal,
  certify,
  type CandidateEdge,
  type Duals,
} from './assignment';

interface Instance {
  youngPeople: number;
  capacities: number[];
  edges: CandidateEdge[];
}

/** Random candidate graphs: some pairs are missing (a hard constraint failed). */
const instance = (maxPeople: number, maxMentors: number) =>
  fc
    .record({
      youngPeople: fc.integer({ min: 1, max: maxPeople }),
      capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: maxMentors }),
    })
    .chain(({ youngPeople, capacities }) =>
      fc
        .array(
          fc.option(
            fc.integer({ min: 1, max: 100 }).map((s) => s / 100),
            { nil: null, freq: 3 },
          ),
          {
            minLength: youngPeople * capacities.length,
            maxLength: youngPeople * capacities.length,
          },
        )
        .map((scores): Instance => ({
          youngPeople,
          capacities,
          edges: scores.flatMap((score, i) =>
            score === null
              ? []
              : [{ r: Math.floor(i / capacities.length), m: i % capacities.length, score }],
          ),
        })),
    );

function isFeasible({ youngPeople, capacities, edges }: Instance, pairs: [number, number][]) {
  const allowed = new Set(edges.map((e) => `${e.r}:${e.m}`));
  const load = capacities.map(() => 0);
  const seen = new Set<number>();
  for (const [r, m] of pairs) {
    if (r >= youngPeople || seen.has(r) || !allowed.has(`${r}:${m}`)) return false;
    seen.add(r);
    load[m]! += 1;
  }
  return load.every((l, m) => l <= capacities[m]!);
}

/** Every assignment, tried: the optimum of a small instance. */
function bruteForce({ youngPeople, capacities, edges }: Instance): number {
  const byPerson = Array.from({ length: youngPeople }, (_, r) => edges.filter((e) => e.r === r));
  const left = [...capacities];
  const best = (r: number): number => {
    if (r === youngPeople) return 0;
    let top = best(r + 1);
    for (const e of byPerson[r]!) {
      if (!left[e.m]) continue;
      left[e.m]! -= 1;
      top = Math.max(top, e.score + best(r + 1));
      left[e.m]! += 1;
    }
    return top;
  };
  return best(0);
}

const sum = (inst: Instance, pairs: [number, number][]) =>
  pairs.reduce((total, [r, m]) => total + inst.edges.find((e) => e.r === r && e.m === m)!.score, 0);

describe('cohort assignment', () => {
  it('never exceeds a capacity, never uses a pair that failed a constraint', () => {
    fc.assert(
      fc.property(instance(12, 8), (inst) => {
        const { pairs, total } = assignOptimal(inst.youngPeople, inst.capacities, inst.edges);
        expect(isFeasible(inst, pairs)).toBe(true);
        expect(total).toBeCloseTo(sum(inst, pairs), 9);
      }),
      { numRuns: 300 },
    );
  });

  it('scores at least as high as the greedy assignment', () => {
    fc.assert(
      fc.property(instance(15, 10), (inst) => {
        const optimal = assignOptimal(inst.youngPeople, inst.capacities, inst.edges);
        const greedy = assignGreedy(inst.youngPeople, inst.capacities, inst.edges);
        expect(isFeasible(inst, greedy.pairs)).toBe(true);
        expect(optimal.total).toBeGreaterThanOrEqual(greedy.total - 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('equals the brute-force optimum on small instances', () => {
    fc.assert(
      fc.property(instance(6, 4), (inst) => {
        const optimal = assignOptimal(inst.youngPeople, inst.capacities, inst.edges);
        expect(optimal.total).toBeCloseTo(bruteForce(inst), 9);
      }),
      { numRuns: 400 },
    );
  });

  it('beats greedy where greedy takes the best pair and blocks two good ones', () => {
    // Greedy takes 0–0 (0.9) and leaves 1 with nobody; the optimum is 0–1 + 1–0 = 1.6.
    const edges = [
      { r: 0, m: 0, score: 0.9 },
      { r: 0, m: 1, score: 0.8 },
      { r: 1, m: 0, score: 0.8 },
    ];
    expect(assignGreedy(2, [1, 1], edges).total).toBeCloseTo(0.9);
    const optimal = assignOptimal(2, [1, 1], edges);
    expect(optimal.total).toBeCloseTo(1.6);
    expect(optimal.pairs.sort()).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});

/** Duals are a proof only if they are non-negative and cover every pair of the graph. */
function covers(duals: Duals, edges: CandidateEdge[]) {
  return (
    duals.personal.every((u) => u >= -1e-9) &&
    duals.price.every((v) => v >= -1e-9) &&
    edges.every((e) => duals.personal[e.r]! + duals.price[e.m]! >= e.score - 1e-9)
  );
}

/** Each young person's k best pairs, and the best score left out (what a cohort starts from). */
function prune({ youngPeople, edges }: Instance, k: number) {
  const rows = Array.from({ length: youngPeople }, (_, r) =>
    edges.filter((e) => e.r === r).sort((a, b) => b.score - a.score),
  );
  return {
    candidates: rows.map((row) => row.slice(0, k)),
    leftOut: rows.map((row) => row[k]?.score ?? -Infinity),
    allPairs: (r: number) => rows[r]!,
  };
}

describe('certificate of optimality', () => {
  it('proves the optimal assignment: duals covering every pair, their bound equal to its total', () => {
    fc.assert(
      fc.property(instance(12, 8), (inst) => {
        const optimal = assignOptimal(inst.youngPeople, inst.capacities, inst.edges);
        const duals = certify(inst.youngPeople, inst.capacities, inst.edges, optimal.pairs);
        expect(duals).not.toBeNull();
        expect(covers(duals!, inst.edges)).toBe(true);
        expect(duals!.bound).toBeCloseTo(optimal.total, 9);
      }),
      { numRuns: 300 },
    );
  });

  it('finds no proof for an assignment that is not optimal', () => {
    const edges = [
      { r: 0, m: 0, score: 0.9 },
      { r: 0, m: 1, score: 0.8 },
      { r: 1, m: 0, score: 0.8 },
    ];
    const greedy = assignGreedy(2, [1, 1], edges);
    expect(certify(2, [1, 1], edges, greedy.pairs)).toBeNull();
  });
});

describe('assignment over every pair from a few candidates each', () => {
  it('recovers a pair the pruning left out when it raises the total', () => {
    // With one candidate each, both want mentor 0; the optimum gives the first one mentor 1.
    const inst = {
      youngPeople: 2,
      capacities: [1, 1],
      edges: [
        { r: 0, m: 0, score: 0.9 },
        { r: 0, m: 1, score: 0.8 },
        { r: 1, m: 0, score: 0.8 },
      ],
    };
    const { candidates, leftOut, allPairs } = prune(inst, 1);
    expect(assignOptimal(2, inst.capacities, candidates.flat()).total).toBeCloseTo(0.9);
    const plan = assignOnAllPairs(2, inst.capacities, candidates, leftOut, allPairs);
    expect(plan.total).toBeCloseTo(1.6);
    expect(plan.rounds).toBe(2);
    expect(plan.duals.bound).toBeCloseTo(1.6);
  });

  it('equals the optimum on the whole graph, with a certificate, however hard it prunes', () => {
    fc.assert(
      fc.property(instance(12, 8), fc.integer({ min: 1, max: 3 }), (inst, k) => {
        const { candidates, leftOut, allPairs } = prune(inst, k);
        const plan = assignOnAllPairs(
          inst.youngPeople,
          inst.capacities,
          candidates,
          leftOut,
          allPairs,
        );
        const whole = assignOptimal(inst.youngPeople, inst.capacities, inst.edges);
        expect(isFeasible(inst, plan.pairs)).toBe(true);
        expect(plan.total).toBeCloseTo(whole.total, 9);
        expect(covers(plan.duals, inst.edges)).toBe(true);
        expect(plan.duals.bound).toBeCloseTo(plan.total, 9);
      }),
      { numRuns: 300 },
    );
  });
});
