import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrations } from './migrations.gen';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: 'postgresql' | 'pglite';
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/** The database was migrated by a newer Binôme than this one: migrating would go backwards. */
export class NewerSchemaError extends Error {
  constructor() {
    super('The database was migrated by a newer version of Binôme');
    this.name = 'NewerSchemaError';
  }
}

/** Rows of a raw query: both drivers (node-postgres and PGlite) answer `{ rows }`. */
export const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * Applies the migrations this code knows, from the bundled SQL (no file system: the same code
 * migrates PGlite in the browser), in one transaction, with drizzle-kit's bookkeeping table.
 */
export async function migrate(db: Db) {
  await db.execute(sql`create schema if not exists drizzle`);
  await db.execute(
    sql`create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`,
  );
  const [applied] = rowsOf<{ last: string | null }>(
    await db.execute(sql`select max(created_at)::text as "last" from drizzle.__drizzle_migrations`),
  );
  const last = Number(applied?.last ?? 0);
  if (last > Math.max(...migrations.map((m) => m.folderMillis))) throw new NewerSchemaError();
  const pending = migrations.filter((m) => m.folderMillis > last);
  if (!pending.length) return;
  await db.transaction(async (tx) => {
    for (const migration of pending) {
      for (const statement of migration.sql) await tx.execute(sql.raw(statement));
      await tx.execute(
        sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${migration.hash}, ${migration.folderMillis})`,
      );
    }
  });
}

/** The server's database on a PGlite instance (in memory, a folder, or IndexedDB). */
export function wrapPglite(client: PGlite): Database {
  const db: Db = drizzlePglite(client, { schema, casing: 'snake_case' });
  return { db, kind: 'pglite', migrate: () => migrate(db), close: () => client.close() };
}
