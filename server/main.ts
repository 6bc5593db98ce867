import { lt } from 'drizzle-orm';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { createApp } from './app';
import type { Database } from './db/database';
import { sessions } from './db/schema';
import { hasAssociation } from './db/first-run';
import { seedIfEmpty } from './db/seed';
import { jsonLogger } from './log';
import { openDatabase } from './node/open-database';
import { nodeScrypt } from './node/scrypt';
import { clientAddress } from './node/client-address';
import { createHttpServer, listen, type HttpServer } from './node/http-server';
import { explainStartError, type StartConfig } from './node/start-errors';
import { serveSpa } from './node/static';

// `npm start`: migrate, seed the demo data if the database is empty, serve the API and the built
// SPA on one port. PGlite in DATA_DIR by default; a PostgreSQL server when DATABASE_URL is set.
const logger = jsonLogger();
const root = path.resolve(import.meta.dirname, '..');
const config: StartConfig = {
  port: Number(process.env.PORT || 3000),
  host: process.env.HOST || '127.0.0.1',
  url: process.env.DATABASE_URL || undefined,
  dataDir: path.resolve(root, process.env.DATA_DIR || '.data/pglite'),
  // The demo data fills the embedded database of a first `npm start`; a PostgreSQL server holds
  // real data, and starts empty unless the demo is asked for.
  seed: process.env.SEED || (process.env.DATABASE_URL ? 'none' : 'demo'),
};

async function start() {
  // A port already in use is found before the database opens: a second copy of the server must
  // not open the same PGlite folder as the first.
  if (config.port !== 0) {
    const probe = createServer();
    await listen(probe, config.port, config.host);
    await new Promise((resolve) => probe.close(resolve));
  }
  const database = await openDatabase(config.url ? { url: config.url } : config);
  try {
    await database.migrate();
    const seeded =
      config.seed !== 'none' &&
      (await seedIfEmpty(database.db, nodeScrypt, {
        size: config.seed === 'scale' ? 'scale' : 'demo',
      }));
    logger.info('database', {
      kind: database.kind,
      seeded,
      ...(config.url ? {} : { dataDir: config.dataDir }),
    });
    if (!seeded && !(await hasAssociation(database.db)))
      logger.info('empty', { next: 'npm run setup creates the association and its first admin' });
    const staticDir = path.join(root, 'dist');
    const app = createApp({
      db: () => database.db,
      now: () => new Date(),
      passwords: nodeScrypt,
      logger,
      clientAddress: clientAddress(process.env.TRUST_PROXY === '1'),
    });
    if (existsSync(path.join(staticDir, 'index.html'))) serveSpa(app, staticDir);
    const http = createHttpServer(app.fetch);
    await listen(http.server, config.port, config.host);
    const { port } = http.server.address() as { port: number };
    logger.info('listening', { url: `http://${config.host}:${port}` });
    return { database, http };
  } catch (error) {
    await database.close();
    throw error;
  }
}

function run(database: Database, http: HttpServer) {
  // Hourly: forget expired sessions. PGlite has no autovacuum.
  const maintenance = setInterval(async () => {
    await database.db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
    if (database.kind === 'pglite') await database.db.execute('VACUUM ANALYZE');
  }, 3_600_000);
  maintenance.unref();

  // Stop taking requests, finish those in flight, then close the database. Only a request that
  // never ends keeps the process past 10 s (exit code 1).
  let stopping = false;
  async function shutdown(signal: string) {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    clearInterval(maintenance);
    setTimeout(() => process.exit(1), 10_000).unref();
    await http.stop();
    await database.close();
    logger.info('stopped');
    process.exit(0);
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

if (!['demo', 'scale', 'none'].includes(config.seed!)) {
  process.stderr.write('Binôme cannot start: SEED must be demo, scale or none.\n');
  process.exit(1);
}
try {
  const { database, http } = await start();
  run(database, http);
} catch (error) {
  const line = explainStartError(error, config);
  if (!line) throw error;
  process.stderr.write(`Binôme cannot start: ${line}\n`);
  process.exit(1);
}
