import { IdbFs, PGlite } from '@electric-sql/pglite';
import { Hono } from 'hono';
import { setupWorker } from 'msw/browser';
import { createApp } from '../server/app';
import { portableScrypt } from '../server/auth/passwords';
import { wrapPglite } from '../server/db/database';
import { seedIfEmpty } from '../server/db/seed';
import { silentLogger } from '../server/log';
import type { SeedSize } from '../seed/seed';
import { apiHandler } from './api-handler';

// The demo in the browser: the server's own app, in the page, over PGlite kept in IndexedDB.
// MSW hands it every /api request. The first load creates and seeds the database; a reload
// opens it as it was left.

/** How far the first load is, from 0 to 1, for the screen that shows it. */
export type DemoProgress = (fraction: number) => void;

const dataDir = (size: SeedSize) => `binome-${size}`;

/**
 * PGlite writes its files to IndexedDB after each query, but a query that comes while a write is
 * waiting returns without waiting for it: a response could then go out, and the page be
 * reloaded, before what it changed is stored. Here every caller waits for a write that began
 * after it asked, one write at a time, the next one shared by all who asked meanwhile.
 */
function syncedByEveryCaller(write: () => Promise<void>) {
  let running: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  const start = (): Promise<void> =>
    (running = write().finally(() => {
      running = null;
    }));
  return () => {
    if (!running) return start();
    return (next ??= running
      .catch(() => {})
      .then(() => {
        next = null;
        return start();
      }));
  };
}

export interface DemoBackend {
  size: SeedSize;
  /** Resolves when the database answers: at once after the first load. */
  ready: Promise<void>;
  /** Forgets every change and reloads the page on fresh demo data. */
  reset(): Promise<void>;
}

export async function startDemoBackend(
  size: SeedSize,
  onProgress: DemoProgress,
): Promise<DemoBackend> {
  const database = (async () => {
    const fs = new IdbFs(dataDir(size));
    const client = await PGlite.create({ fs });
    client.syncToFs = syncedByEveryCaller(() => fs.syncToFs());
    const database = wrapPglite(client);
    onProgress(0.2);
    await database.migrate();
    await seedIfEmpty(database.db, portableScrypt, {
      size,
      onProgress: (done, total) => onProgress(0.2 + (0.8 * done) / total),
    });
    onProgress(1);
    return { ...database, client };
  })();

  const worker = setupWorker(
    apiHandler(async () => {
      const { client, db } = await database;
      const app = createApp({
        db: () => db,
        now: () => new Date(),
        passwords: portableScrypt,
        logger: silentLogger,
      });
      // A change is in IndexedDB before its answer leaves: a reload right after keeps it.
      return new Hono()
        .use(async (c, next) => {
          await next();
          if (c.req.method !== 'GET') await client.syncToFs();
        })
        .route('/', app);
    }),
  );
  // MSW asks the browser to update a worker already registered without waiting for the answer
  // (mswjs/msw#2006). When a reload or a closing tab drops that check, the rejection is harmless:
  // the worker in place keeps serving. Only that rejection is silenced.
  window.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
    const message = event.reason instanceof Error ? event.reason.message : '';
    if (message.startsWith('Failed to update a ServiceWorker')) event.preventDefault();
  });
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });

  return {
    size,
    ready: database.then(() => undefined),
    async reset() {
      await (await database).close();
      await new Promise((resolve) => {
        const request = indexedDB.deleteDatabase(`/pglite/${dataDir(size)}`);
        request.onsuccess = request.onerror = request.onblocked = resolve;
      });
      document.cookie = 'binome_session=; Path=/; Max-Age=0';
      location.assign('/');
    },
  };
}
