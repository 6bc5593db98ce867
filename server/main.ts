import { serve } from '@hono/node-server';
import { and, lt } from 'drizzle-orm';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createApp } from './app';
import { openDatabase } from './db/database';
import { loginFailures, sessions } from './db/schema';
import { seedIfEmpty } from './db/seed';
import { jsonLogger } from './log';

// `npm start`: migrate, seed the demo data if the database is empty, serve the API and the built
// SPA on one port. PGlite in DATA_DIR by default; a PostgreSQL server when DATABASE_URL is set.
const logger = jsonLogger();
const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const url = process.env.DATABASE_URL;
const dataDir = path.resolve(root, process.env.DATA_DIR ?? '.data/pglite');

const database = await openDatabase(url ? { url } : { dataDir });
await database.migrate();
const seeded = await seedIfEmpty(database.db, process.env.SEED === 'scale' ? 'scale' : 'demo');
logger.info('database', { kind: database.kind, seeded, ...(url ? {} : { dataDir }) });

const staticDir = path.join(root, 'dist');
const app = createApp({
  db: () => database.db,
  now: () => new Date(),
  logger,
  staticDir: existsSync(path.join(staticDir, 'index.html')) ? staticDir : undefined,
});
const server = serve({ fetch: app.fetch, port, hostname: host }, (info) =>
  logger.info('listening', { url: `http://${host}:${info.port}` }),
);

// Hourly: forget expired sessions and old login failures. PGlite has no autovacuum.
const maintenance = setInterval(async () => {
  const now = new Date();
  await database.db.delete(sessions).where(lt(sessions.expiresAt, now));
  await database.db
    .delete(loginFailures)
    .where(and(lt(loginFailures.at, new Date(now.getTime() - 86_400_000))));
  if (database.kind === 'pglite') await database.db.execute('VACUUM ANALYZE');
}, 3_600_000);
maintenance.unref();

// Stop taking new connections, finish the requests in flight, then close the database.
let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info('stopping', { signal });
  clearInterval(maintenance);
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  server.close(async () => {
    await database.close();
    logger.info('stopped');
    process.exit(0);
  });
  // Idle keep-alive connections would hold close() open.
  (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
