import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createDb } from '../../mocks/db';
import { createHandlers } from '../../mocks/handlers';
import { setClock } from '../../src/lib/clock';
import { setMockDb } from '../harness/mock-db';

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

// findBy and waitFor wait for the app, not for a deadline: under the full parallel run on 2
// cores a screen may take more than the default second to settle.
configure({ asyncUtilTimeout: 4000 });

export const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  // A fresh store per test, and one fixed clock for the screens and the backend, so tests
  // neither leak into each other nor age.
  const db = createDb({ now: new Date('2026-11-27T10:00:00Z') });
  setClock(db.now);
  setMockDb(db);
  server.resetHandlers(...createHandlers(db));
  document.cookie.split(';').forEach((c) => {
    document.cookie = `${c.split('=')[0]!.trim()}=; Max-Age=0; Path=/`;
  });
});
afterEach(() => cleanup());
afterAll(() => server.close());
