import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/node-postgres';
import { mkdir } from 'node:fs/promises';
import pg from 'pg';
import { migrate, wrapPglite, type Database, type Db } from '../db/database';
import * as schema from '../db/schema';

/**
 * A PostgreSQL server when `url` is given; otherwise PGlite, in `dataDir` (created with its
 * parents, kept across restarts) or in memory when neither is given (tests).
 */
export async function openDatabase({
  url,
  dataDir,
}: {
  url?: string;
  dataDir?: string;
}): Promise<Database> {
  if (url) {
    const pool = new pg.Pool({
      connectionString: url,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    });
    // An idle connection the server ended (a restart, an administrator's command) is replaced on
    // next use; without a listener, node-postgres would rethrow its error and stop the process.
    pool.on('error', () => {});
    const db: Db = drizzle(pool, { schema, casing: 'snake_case' });
    return { db, kind: 'postgresql', migrate: () => migrate(db), close: () => pool.end() };
  }
  // PGlite creates only the last folder of the path.
  if (dataDir) await mkdir(dataDir, { recursive: true });
  // PGlite's default buffer cache (128 MB) sits in its WebAssembly memory, which never shrinks;
  // the pages it would hold are in the operating system's file cache anyway. 32 MB keeps an
  // association's working set (the demo's whole database is 60 MB on disk) for 100 MB less.
  return wrapPglite(await PGlite.create(dataDir, { postgresqlconf: ['shared_buffers=32MB'] }));
}
