import { setupServer } from 'msw/node';
import { apiHandler } from '../../mocks/api-handler';
import { createApp } from '../../server/app';
import type { Database } from '../../server/db/database';
import { silentLogger } from '../../server/log';
import { nodeScrypt } from '../../server/node/scrypt';
import { pgliteStore, serverBackend } from './server-backends';

/** A backend the contract suite runs against. `reset` brings the demo data back. */
export interface Backend {
  name: string;
  baseUrl: string;
  start(): Promise<void>;
  reset(): Promise<void>;
  stop(): Promise<void>;
  /** The database behind the API, to look at what a request changed. */
  database(): Database;
}

/** The server's app over PGlite, reached through MSW as the SPA reaches it in tests and the demo. */
function mswBackend(): Backend {
  const baseUrl = 'http://binome.test/api';
  const store = pgliteStore();
  let database: Database;
  // A new app with each reset: what it keeps in memory (attempt counters) starts afresh too.
  const newApp = () =>
    createApp({
      db: () => database.db,
      now: () => new Date(),
      passwords: nodeScrypt,
      logger: silentLogger,
    });
  const server = setupServer(apiHandler(newApp(), baseUrl, 'request'));
  return {
    name: 'msw',
    baseUrl,
    database: () => database,
    async start() {
      database = await store.setUp();
      server.listen({ onUnhandledRequest: 'error' });
    },
    async reset() {
      database = await store.reset(database);
      server.resetHandlers(apiHandler(newApp(), baseUrl, 'request'));
    },
    async stop() {
      server.close();
      await store.tearDown(database);
    },
  };
}

const factories: Record<string, () => Backend> = {
  msw: mswBackend,
  pglite: () => serverBackend('pglite'),
  postgresql: () => {
    if (!process.env.TEST_DATABASE_URL)
      throw new Error(
        'CONTRACT_BACKEND=postgresql needs TEST_DATABASE_URL (a role that may create databases).',
      );
    return serverBackend('postgresql');
  },
};

/** CONTRACT_BACKEND picks the backend (msw by default). */
export function selectedBackend(): Backend {
  const name = process.env.CONTRACT_BACKEND ?? 'msw';
  const factory = factories[name];
  if (!factory)
    throw new Error(
      `Unknown CONTRACT_BACKEND "${name}"; known: ${Object.keys(factories).join(', ')}`,
    );
  return factory();
}
