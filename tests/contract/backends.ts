import { setupServer } from 'msw/node';
import { createDb } from '../../mocks/db';
import { createHandlers } from '../../mocks/handlers';
import { serverBackend } from './server-backends';

/** A backend the contract suite runs against. `reset` brings the demo data back. */
export interface Backend {
  name: string;
  baseUrl: string;
  start(): Promise<void>;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

function mswBackend(): Backend {
  const baseUrl = 'http://binome.test/api';
  const server = setupServer();
  return {
    name: 'msw',
    baseUrl,
    async start() {
      server.listen({ onUnhandledRequest: 'error' });
    },
    async reset() {
      server.resetHandlers(...createHandlers(createDb(), baseUrl));
    },
    async stop() {
      server.close();
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
