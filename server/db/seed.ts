import type { PgTable } from 'drizzle-orm/pg-core';
import { seed, type SeedSize } from '../../seed/seed';
import { randomToken, type PasswordHasher } from '../auth/passwords';
import type { Db } from './database';
import { hasAssociation, intakeKeyColumns } from './first-run';
import { mentorKeys, referralKeys } from './referral-keys';
import { toRow } from './rows';
import * as t from './schema';

const BATCH = 1000;

export interface SeedOptions {
  size?: SeedSize;
  /** The day the data is dated from: "now" when the database is created. */
  now?: Date;
  /** Rows written so far, out of all: the browser demo shows it on its first load. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Loads the demo data (seed/, deterministic for a given date) into an empty database.
 * Returns false when the database already holds data: a restart never overwrites anything.
 */
export async function seedIfEmpty(
  db: Db,
  passwords: PasswordHasher,
  { size = 'demo', now = new Date(), onProgress }: SeedOptions = {},
): Promise<boolean> {
  if (await hasAssociation(db)) return false;
  const data = seed(size, now);
  // Each account its own salt.
  const users = await Promise.all(
    data.users.map(async ({ password, ...user }) => ({
      ...user,
      passwordHash: await passwords.hash(password),
    })),
  );
  // In the order of their foreign keys.
  const tables: [PgTable, Record<string, unknown>[]][] = [
    [t.associations, data.associations],
    [t.users, users],
    [
      t.settings,
      // A key nobody knows until an admin generates one: a known demo key would open every
      // database seeded with it.
      data.settings.map((s) => ({ ...s, ...intakeKeyColumns(randomToken()) })),
    ],
    [t.referrals, data.referrals.map((r) => ({ ...r, ...referralKeys(r) }))],
    [t.mentors, data.mentors.map((m) => ({ ...m, ...mentorKeys(m) }))],
    [t.mentorships, data.mentorships],
    [t.meetings, data.meetings],
    [t.interviews, data.interviews],
    [t.timeline, data.timeline],
    [t.savedViews, data.savedViews],
  ];
  const total = tables.reduce((sum, [, records]) => sum + records.length, 0);
  let done = 0;
  await db.transaction(async (tx) => {
    for (const [table, records] of tables) {
      for (let i = 0; i < records.length; i += BATCH) {
        const batch = records.slice(i, i + BATCH);
        await tx.insert(table).values(batch.map((r) => toRow(table, r)));
        onProgress?.((done += batch.length), total);
      }
    }
  });
  return true;
}
