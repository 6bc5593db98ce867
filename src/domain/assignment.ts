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

  const dist = new Float64Array(nodes);
  const via = new Int32Array(nodes);
  const done = new Uint8Array(nodes);
  for (;;) {
    dist.fill(Infinity);
    via.fill(-1);
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
        const nd = d + cost[e]! + potential[u]! - potential[v]!;
        if (nd < dist[v]! - 1e-12) {
          dist[v] = nd;
          via[v] = e;
          heap.push(nd, v);
        }
      }
    }
    if (!done[T]) break;
    const pathCost = dist[T]! + potential[T]! - potential[S]!;
    if (pathCost >= -1e-12) break;
    const reach = dist[T]!;
    for (let v = 0; v < nodes; v += 1) potential[v]! += Math.min(dist[v]!, reach);
    for (let v = T; v !== S; v = to[via[v]! ^ 1]!) {
      cap[via[v]!]! -= 1;
      cap[via[v]! ^ 1]! += 1;
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
