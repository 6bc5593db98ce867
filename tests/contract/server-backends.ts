import { PGlite } from '@electric-sql/pglite';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { createApp } from '../../server/app';
import { wrapPglite, type Database } from '../../server/db/database';
import { eq } from 'drizzle-orm';
import { intakeKeyColumns } from '../../server/db/first-run';
import { seedIfEmpty } from '../../server/db/seed';
import { settings } from '../../server/db/schema';
import { silentLogger, type Logger } from '../../server/log';
import { openDatabase } from '../../server/node/open-database';
import { clientAddress } from '../../server/node/client-address';
import { createHttpServer, listen, type HttpServer } from '../../server/node/http-server';
import { nodeScrypt } from '../../server/node/scrypt';
import type { Backend } from './backends';

/** Élan's intake key in the contract suite: the seed's own keys are random, and unknown. */
export const ELAN_INTAKE_KEY = 'contract-intake-key-elan';

async function seedForTests(database: Database) {
  await seedIfEmpty(database.db, nodeScrypt);
  await database.db
    .update(settings)
    .set(intakeKeyColumns(ELAN_INTAKE_KEY))
    .where(eq(settings.associationId, 'asso_elan'));
}

/** How the server's database is created once and brought back to the seed before each test. */
export interface Store {
  name: string;
  setUp(): Promise<Database>;
  reset(current: Database): Promise<Database>;
  tearDown(current: Database): Promise<void>;
}

export function pgliteStore(): Store {
  let snapshot: File | Blob;
  return {
    name: 'pglite',
    async setUp() {
      const client = await PGlite.create();
      const database = wrapPglite(client);
      await database.migrate();
      await seedForTests(database);
      snapshot = await client.dumpDataDir('none');
      return database;
    },
    async reset(current) {
      await current.close();
      return wrapPglite(await PGlite.create({ loadDataDir: snapshot }));
    },
    tearDown: (current) => current.close(),
  };
}

/** A template database seeded once; each test gets a fresh copy of it (fast on a real server). */
function postgresStore(adminUrl: string): Store {
  const url = (db: string) => Object.assign(new URL(adminUrl), { pathname: `/${db}` }).href;
  const admin = () => new pg.Client({ connectionString: adminUrl });
  // Test files run in parallel workers: each has its own databases.
  const TEMPLATE = `binome_contract_template_${process.pid}`;
  const TEST = `binome_contract_${process.pid}`;
  const recreate = async (name: string, template?: string) => {
    const client = admin();
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}${template ? ` template ${template}` : ''}`);
    await client.end();
  };
  return {
    name: 'postgresql',
    async setUp() {
      await recreate(TEMPLATE);
      const template = await openDatabase({ url: url(TEMPLATE) });
      await template.migrate();
      await seedForTests(template);
      await template.close();
      await recreate(TEST, TEMPLATE);
      return openDatabase({ url: url(TEST) });
    },
    async reset(current) {
      await current.close();
      await recreate(TEST, TEMPLATE);
      return openDatabase({ url: url(TEST) });
    },
    async tearDown(current) {
      await current.close();
      const client = admin();
      await client.connect();
      await client.query(`drop database if exists ${TEST} with (force)`);
      await client.query(`drop database if exists ${TEMPLATE} with (force)`);
      await client.end();
    },
  };
}

/** The real server, in this process, on a free port of the loopback. */
export function serverBackend(
  kind: 'pglite' | 'postgresql',
  logger: Logger = silentLogger,
): Backend & { database(): Database } {
  const store =
    kind === 'pglite' ? pgliteStore() : postgresStore(process.env.TEST_DATABASE_URL ?? '');
  let database: Database;
  let http: HttpServer;
  // A new app with each reset: what it keeps in memory (attempt counters) starts afresh too.
  const newApp = () =>
    createApp({
      db: () => database.db,
      now: () => new Date(),
      passwords: nodeScrypt,
      logger,
      clientAddress: clientAddress(false),
    });
  let app: ReturnType<typeof createApp>;
  const backend = {
    name: `server-${store.name}`,
    baseUrl: '',
    database: () => database,
    async start() {
      database = await store.setUp();
      app = newApp();
      http = createHttpServer((request, env) => app.fetch(request, env));
      await listen(http.server, 0, '127.0.0.1');
      backend.baseUrl = `http://127.0.0.1:${(http.server.address() as AddressInfo).port}/api`;
    },
    async reset() {
      database = await store.reset(database);
      app = newApp();
    },
    async stop() {
      await http.stop();
      await store.tearDown(database);
    },
  };
  return backend;
}
