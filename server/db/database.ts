import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import journal from './migrations/meta/_journal.json' with { type: 'json' };
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: 'postgresql' | 'pglite';
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** The database was migrated by a newer Binôme than this one: migrating would go backwards. */
export class NewerSchemaError extends Error {
  constructor() {
    super('The database was migrated by a newer version of Binôme');
    this.name = 'NewerSchemaError';
  }
}

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
    const db = drizzlePg(pool, { schema, casing: 'snake_case' });
    return {
      db: db as unknown as Db,
      kind: 'postgresql',
      migrate: async () => {
        await refuseNewerSchema(db as unknown as Db);
        await migratePg(db, { migrationsFolder });
      },
      close: () => pool.end(),
    };
  }
  // PGlite creates only the last folder of the path.
  if (dataDir) await mkdir(dataDir, { recursive: true });
  return wrapPglite(await PGlite.create(dataDir));
}

export function wrapPglite(client: PGlite): Database {
  const db = drizzlePglite(client, { schema, casing: 'snake_case' });
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    migrate: async () => {
      await refuseNewerSchema(db as unknown as Db);
      await migratePglite(db, { migrationsFolder });
    },
    close: () => client.close(),
  };
}

/** Drizzle's migrator records each applied migration's date; one later than ours is not ours. */
async function refuseNewerSchema(db: Db) {
  const latestKnown = Math.max(...journal.entries.map((entry) => entry.when));
  const { rows } = (await db.execute(
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as "exists"`,
  )) as unknown as { rows: { exists: boolean }[] };
  if (!rows[0]?.exists) return;
  const applied = (await db.execute(
    sql`select max(created_at)::text as "last" from drizzle.__drizzle_migrations`,
  )) as unknown as { rows: { last: string | null }[] };
  if (Number(applied.rows[0]?.last ?? 0) > latestKnown) throw new NewerSchemaError();
}
