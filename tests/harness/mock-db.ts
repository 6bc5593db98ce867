import type { MockDb } from '../../mocks/http';

// The current test's mock database, for tests that arrange or inspect data directly.
let current: MockDb | null = null;

export function setMockDb(db: MockDb) {
  current = db;
}

export function mockDb(): MockDb {
  if (!current) throw new Error('No mock database: is tests/setup/dom.ts in setupFiles?');
  return current;
}
