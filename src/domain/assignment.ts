// Cohort assignment: young people to mentors, each mentor up to their free places, maximising the
// total score over the candidate pairs (those meeting every hard constraint). A min-cost flow
// solved by successive shortest paths (Dijkstra with potentials): source → young person (1) →
// mentor (score) → sink (free places). It augments while a path still raises the total, which
// gives the best total over every number of pairs.

export interface CandidateEdge {
  /** Index of the young person. */
  r: number;
  /** Index of the mentor. */
  m: number;
  score: number;
}

export interface Assignment {
  /** [young person, mentor] index pairs. */
  pairs: [number, number][];
  total: number;
}

/** Scores differ by hundredths; anything closer is rounding. */
const EPSILON = 1e-9;

class MinHeap {
  private keys: number[] = [];
  private items: number[] = [];
  get size() {
    return this.items.length;
  }
  push(key: number, item: number) {
    let i = this.items.length;
    this.keys.push(key);
    this.items.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.keys[i] = this.keys[parent]!;
      this.items[i] = this.items[parent]!;
      i = parent;
    }
    this.keys[i] = key;
    this.items[i] = item;
  }
  pop(): [number, number] {
    const top: [number, number] = [this.keys[0]!, this.items[0]!];
    const key = this.keys.pop()!;
    const item = this.items.pop()!;
    const n = this.items.length;
    if (n) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && this.keys[child + 1]! < this.keys[child]!) child += 1;
        if (this.keys[child]! >= key) break;
        this.keys[i] = this.keys[child]!;
        this.items[i] = this.items[child]!;
        i = child;
      }
      this.keys[i] = key;
      this.items[i] = item;
    }
    return top;
  }
}

/** The assignment with the highest total score; capacities are each mentor's free places. */
export function assignOptimal(
  youngPeople: number,
  capacities: number[],
  edges: CandidateEdge[],
): Assignment {
  const S = 0;
  const R = 1;
  const M = R + youngPeople;
  const T = M + capacities.length;
  const nodes = T + 1;
  // Residual graph in flat arrays; edge e and e ^ 1 are each other's reverse.
  const maxEdges = 2 * (youngPeople + edges.length + capacities.length);
  const to = new Int32Array(maxEdges);
  const cap = new Int32Array(maxEdges);
  const cost = new Float64Array(maxEdges);
  const next = new Int32Array(maxEdges);
  const head = new Int32Array(nodes).fill(-1);
  let count = 0;
  const add = (u: number, v: number, c: number, w: number) => {
    to[count] = v;
    cap[count] = c;
    cost[count] = w;
    next[count] = head[u]!;
    head[u] = count++;
    to[count] = u;
    cap[count] = 0;
    cost[count] = -w;
    next[count] = head[v]!;
    head[v] = count++;
  };
  for (let r = 0; r < youngPeople; r += 1) add(S, R + r, 1, 0);
  for (const { r, m, score } of edges) add(R + r, M + m, 1, -score);
  capacities.forEach((c, m) => add(M + m, T, c, 0));

  // Potentials making every initial reduced cost non-negative (the graph is layered).
  const potential = new Float64Array(nodes);
  for (const { m, score } of edges) potential[M + m] = Math.min(potential[M + m]!, -score);
  for (let m = 0; m < capacities.length; m += 1)
    potential[T] = Math.min(potential[T]!, potential[M + m]!);

  const reduced = (e: number) => cost[e]! + potential[to[e ^ 1]!]! - potential[to[e]!]!;
  const dist = new Float64Array(nodes);
  const done = new Uint8Array(nodes);
  const seen = new Uint8Array(nodes);
  const arcOf = new Int32Array(nodes);
  const path = new Int32Array(nodes);
  for (;;) {
    dist.fill(Infinity);
    done.fill(0);
    dist[S] = 0;
    const heap = new MinHeap();
    heap.push(0, S);
    while (heap.size) {
      const [d, u] = heap.pop();
      if (done[u] || d > dist[u]!) continue;
      done[u] = 1;
      if (u === T) break;
      for (let e = head[u]!; e !== -1; e = next[e]!) {
        if (!cap[e]) continue;
        const v = to[e]!;
        const nd = d + reduced(e);
        if (nd < dist[v]! - EPSILON) {
          dist[v] = nd;
          heap.push(nd, v);
        }
      }
    }
    if (!done[T]) break;
    if (dist[T]! + potential[T]! - potential[S]! >= -EPSILON) break;
    const reach = dist[T]!;
    for (let v = 0; v < nodes; v += 1) potential[v]! += Math.min(dist[v]!, reach);
    // Every path of zero reduced cost is now a shortest one: augment along as many as a depth-first
    // search finds (a phase), rather than one per Dijkstra. A path it misses waits for the next phase.
    seen.fill(0);
    for (let first = head[S]!; first !== -1; first = next[first]!) {
      if (!cap[first] || seen[to[first]!] || reduced(first) > EPSILON) continue;
      let depth = 0;
      path[depth++] = first;
      let u = to[first]!;
      seen[u] = 1;
      arcOf[u] = head[u]!;
      while (depth && u !== T) {
        let e = arcOf[u]!;
        while (e !== -1 && (!cap[e] || seen[to[e]!] || reduced(e) > EPSILON)) e = next[e]!;
        if (e === -1) {
          depth -= 1;
          u = to[path[depth]! ^ 1]!;
          continue;
        }
        arcOf[u] = next[e]!;
        path[depth++] = e;
        u = to[e]!;
        if (u !== T) {
          seen[u] = 1;
          arcOf[u] = head[u]!;
        }
      }
      if (u !== T) continue;
      for (let i = 0; i < depth; i += 1) {
        cap[path[i]!]! -= 1;
        cap[path[i]! ^ 1]! += 1;
        seen[to[path[i]!]!] = 0;
      }
    }
  }

  const pairs: [number, number][] = [];
  let total = 0;
  for (let r = 0; r < youngPeople; r += 1)
    for (let e = head[R + r]!; e !== -1; e = next[e]!) {
      const v = to[e]!;
      if (v >= M && v < T && cap[e] === 0 && e % 2 === 0) {
        pairs.push([r, v - M]);
        total += -cost[e]!;
      }
    }
  return { pairs, total };
}

/** The obvious alternative, for comparison: best pairs first while both sides are free. */
export function assignGreedy(
  youngPeople: number,
  capacities: number[],
  edges: CandidateEdge[],
): Assignment {
  const left = [...capacities];
  const taken = new Uint8Array(youngPeople);
  const pairs: [number, number][] = [];
  let total = 0;
  for (const { r, m, score } of [...edges].sort((a, b) => b.score - a.score)) {
    if (taken[r] || !left[m]) continue;
    taken[r] = 1;
    left[m]! -= 1;
    pairs.push([r, m]);
    total += score;
  }
  return { pairs, total };
}

/**
 * Linear-programming duals of an assignment: a value per young person (`personal`) and a price per
 * mentor (`price`), both non-negative, with personal[r] + price[m] ≥ score for every edge. By weak
 * duality no assignment on those edges totals more than `bound` = Σ personal + Σ capacity × price.
 */
export interface Duals {
  personal: Float64Array;
  price: Float64Array;
  bound: number;
}

/**
 * Duals whose bound equals the assignment's total, which proves it optimal on `edges`; null when
 * there are none (it is not optimal). The prices are the smallest that work, so each young person
 * keeps the largest value, which proves the most about edges left out of the graph.
 */
export function certify(
  youngPeople: number,
  capacities: number[],
  edges: CandidateEdge[],
  pairs: [number, number][],
): Duals | null {
  const mentors = capacities.length;
  const mentorOf = new Int32Array(youngPeople).fill(-1);
  const load = new Int32Array(mentors);
  for (const [r, m] of pairs) {
    mentorOf[r] = m;
    load[m]! += 1;
  }
  const pairScore = new Float64Array(youngPeople);
  for (const { r, m, score } of edges) if (mentorOf[r] === m) pairScore[r] = score;

  // Complementary slackness leaves difference constraints on the prices: a young person left alone
  // values nothing, so each of their mentors costs at least the edge's score; one paired with m′
  // keeps score(m′) − price(m′), so price(m) ≥ price(m′) + score(m) − score(m′). The smallest
  // prices are the longest paths in that graph (Bellman–Ford with a queue).
  const price = new Float64Array(mentors);
  const from = new Int32Array(mentors + 1);
  for (const { r, m, score } of edges) {
    if (mentorOf[r] === -1) price[m] = Math.max(price[m]!, score);
    else if (mentorOf[r] !== m) from[mentorOf[r]! + 1]! += 1;
  }
  for (let m = 0; m < mentors; m += 1) from[m + 1]! += from[m]!;
  const target = new Int32Array(from[mentors]!);
  const gain = new Float64Array(from[mentors]!);
  const fill = from.slice(0, mentors);
  for (const { r, m, score } of edges) {
    const own = mentorOf[r]!;
    if (own === -1 || own === m) continue;
    target[fill[own]!] = m;
    gain[fill[own]!++] = score - pairScore[r]!;
  }
  const queue: number[] = [];
  const queued = new Uint8Array(mentors);
  const raised = new Int32Array(mentors);
  for (let m = 0; m < mentors; m += 1) {
    queue.push(m);
    queued[m] = 1;
  }
  for (let head = 0; head < queue.length; head += 1) {
    const own = queue[head]!;
    queued[own] = 0;
    for (let a = from[own]!; a < from[own + 1]!; a += 1) {
      const m = target[a]!;
      if (price[own]! + gain[a]! <= price[m]! + EPSILON) continue;
      price[m] = price[own]! + gain[a]!;
      // A cycle that keeps raising prices is an exchange that would raise the total.
      if ((raised[m]! += 1) > mentors) return null;
      if (!queued[m]) {
        queued[m] = 1;
        queue.push(m);
      }
    }
  }
  // A mentor with a free place is worth nothing more; no one keeps less than nothing.
  for (let m = 0; m < mentors; m += 1)
    if (load[m]! < capacities[m]! && price[m]! > EPSILON) return null;
  const personal = new Float64Array(youngPeople);
  let bound = 0;
  for (let r = 0; r < youngPeople; r += 1) {
    const m = mentorOf[r]!;
    if (m === -1) continue;
    if (price[m]! > pairScore[r]! + EPSILON) return null;
    personal[r] = Math.max(0, pairScore[r]! - price[m]!);
    bound += personal[r]!;
  }
  for (let m = 0; m < mentors; m += 1) bound += capacities[m]! * price[m]!;
  return { personal, price, bound };
}

/**
 * The optimum over every eligible pair, solved on a few candidates per young person: solve, then
 * price the pairs left out with the duals; add any pair they undervalue and solve again, until the
 * duals cover every pair (column generation). `leftOut[r]` is the best score left out of r's
 * candidates; `allPairs(r)` lists every eligible pair of r, asked for only when r's value no longer
 * covers leftOut[r]. The answer carries its duals, whose bound equals its total: the certificate.
 */
export function assignOnAllPairs(
  youngPeople: number,
  capacities: number[],
  candidates: CandidateEdge[][],
  leftOut: number[],
  allPairs: (r: number) => CandidateEdge[],
): Assignment & { duals: Duals; edges: CandidateEdge[]; rounds: number } {
  const rows = candidates.map((row) => [...row]);
  // Pairs left out that the duals are checked against one by one; the others score at most outside[r].
  const reserve: CandidateEdge[][] = rows.map(() => []);
  const outside = [...leftOut];
  for (let rounds = 1; ; rounds += 1) {
    const edges = rows.flat();
    const assignment = assignOptimal(youngPeople, capacities, edges);
    const duals = certify(youngPeople, capacities, edges, assignment.pairs);
    if (!duals) throw new Error('The assignment is not optimal on its own candidates');
    const { personal, price } = duals;
    let added = 0;
    for (let r = 0; r < youngPeople; r += 1) {
      // Prices are never negative: r's value alone covers every pair scoring no more.
      if (personal[r]! < outside[r]! - EPSILON) {
        const have = new Set(rows[r]!.map((e) => e.m));
        reserve[r] = [];
        outside[r] = -Infinity;
        for (const edge of allPairs(r)) {
          if (have.has(edge.m)) continue;
          if (edge.score > personal[r]! + EPSILON) reserve[r]!.push(edge);
          else outside[r] = Math.max(outside[r]!, edge.score);
        }
      }
      const kept: CandidateEdge[] = [];
      for (const edge of reserve[r]!) {
        if (edge.score > personal[r]! + price[edge.m]! + EPSILON) {
          rows[r]!.push(edge);
          added += 1;
        } else kept.push(edge);
      }
      reserve[r] = kept;
    }
    if (!added) return { ...assignment, duals, edges, rounds };
  }
}
