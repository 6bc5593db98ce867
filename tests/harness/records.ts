import { eq } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../server/db/database';
import { mentorKeys, referralKeys } from '../../server/db/referral-keys';
import { fromRow, toRow } from '../../server/db/rows';
import * as schema from '../../server/db/schema';
import type { Tables } from '../../seed/records';

// The current test's database, for tests that arrange or inspect data directly, record by
// record in the contract's shape, as the seed wrote them.

let current: Db | null = null;

export function setTestDb(db: Db | null) {
  current = db;
}

export function testDb(): Db {
  if (!current) throw new Error('No test database: is tests/setup/dom.ts in setupFiles?');
  return current;
}

type WithId = PgTable & { id: AnyPgColumn };
const TABLES: Record<Name, WithId> = {
  associations: schema.associations,
  users: schema.users,
  referrals: schema.referrals,
  mentors: schema.mentors,
  mentorships: schema.mentorships,
  meetings: schema.meetings,
  interviews: schema.interviews,
  timeline: schema.timeline,
  savedViews: schema.savedViews,
  audit: schema.audit,
};
type Name = Exclude<keyof Tables, 'sessions' | 'settings'>;
/** A record as stored: the seed's shape, with the password hash instead of the password. */
type Stored<K extends Name> = K extends 'users'
  ? Omit<Tables['users'], 'password'> & { passwordHash: string }
  : Tables[K];

/** Derived search keys, kept in step as the server does on every write. */
const keysOf = (name: Name, record: Record<string, unknown>) =>
  name === 'referrals'
    ? referralKeys(record as Tables['referrals'])
    : name === 'mentors'
      ? mentorKeys(record as Tables['mentors'])
      : {};

export const records = {
  async all<K extends Name>(name: K): Promise<Stored<K>[]> {
    const table: WithId = TABLES[name];
    const rows = await testDb().select().from(table);
    return rows.map((row) => fromRow(row) as Stored<K>);
  },
  async get<K extends Name>(name: K, id: string): Promise<Stored<K> | undefined> {
    const table: WithId = TABLES[name];
    const [row] = await testDb().select().from(table).where(eq(table.id, id));
    return row && (fromRow(row) as Stored<K>);
  },
  /** Writes over the record with the same id. */
  async put<K extends Name>(name: K, record: Stored<K>): Promise<void> {
    const table: WithId = TABLES[name];
    const values = { ...record, ...keysOf(name, record) } as Record<string, unknown>;
    await testDb()
      .update(table)
      .set(toRow(table, values))
      .where(eq(table.id, values.id as string));
  },
};

/** An association's settings as stored, and a write over some of them (someone else's save). */
export const storedSettings = {
  async get(associationId: string) {
    const [row] = await testDb()
      .select()
      .from(schema.settings)
      .where(eq(schema.settings.associationId, associationId));
    return row!;
  },
  async set(associationId: string, values: Partial<typeof schema.settings.$inferInsert>) {
    await testDb()
      .update(schema.settings)
      .set(values)
      .where(eq(schema.settings.associationId, associationId));
  },
};
