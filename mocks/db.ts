import type { MockDb } from './http';
import { seed, type SeedSize } from './seed';
import { Store } from './store';

/** A fresh mock database, seeded; `now` pins the clock (tests), otherwise real time. */
export function createDb({ size = 'demo', now }: { size?: SeedSize; now?: Date } = {}): MockDb {
  const store = new Store(seed(size, now ?? new Date()));
  // A copy each time: a caller may change the date it gets.
  return { store, now: now ? () => new Date(now) : () => new Date() };
}
