import { captureDownloads, downloads } from '../harness/downloads';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { apiHandler } from '../../mocks/api-handler';
import { createApp } from '../../server/app';
import type { Database } from '../../server/db/database';
import { silentLogger } from '../../server/log';
import { nodeScrypt } from '../../server/node/scrypt';
import { setClock } from '../../src/lib/clock';
import { TEST_NOW } from '../harness/clock';
import { openDump } from '../harness/database';
import { setTestDb, testDb } from '../harness/records';

// jsdom lacks what Mantine measures with.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  }),
});
window.ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
window.scrollTo = () => {};
Element.prototype.scrollIntoView = () => {};
captureDownloads();

// findBy and waitFor wait for a state; this is only when a state that never comes is a failure.
// Measured: with a second CPU-heavy process on the 2 cores, a filtered list took over the default
// second to show its count (CI run of 2026-12-01), so the bound is 5 s.
configure({ asyncUtilTimeout: 5000 });

// The screens and the server's own app, over MSW, on one fixed clock, so tests do not age.
const now = () => new Date(TEST_NOW);
setClock(now);
let database: Database | null = null;
const app = createApp({ db: testDb, now, passwords: nodeScrypt, logger: silentLogger });
/** The app's own handler, for a test that lets a request through and then loses its answer. */
export const appHandler = apiHandler(app);
export const server = setupServer(appHandler);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  // A fresh copy of the seeded database per test: tests never leak into each other.
  database = await openDump(inject('seededDump'));
  setTestDb(database.db);
  downloads.length = 0;
  document.cookie.split(';').forEach((c) => {
    document.cookie = `${c.split('=')[0]!.trim()}=; Max-Age=0; Path=/`;
  });
});
afterEach(async () => {
  cleanup();
  server.resetHandlers();
  setTestDb(null);
  await database?.close();
});
afterAll(() => server.close());
