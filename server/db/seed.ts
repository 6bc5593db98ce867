import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { seed, type SeedSize } from '../../mocks/seed';
import { hashPassword, sha256 } from '../auth/passwords';
import type { Db } from './database';
import { mentorKeys, referralKeys } from './referral-keys';
import { toRow } from './rows';
import * as t from './schema';

const BATCH = 1000;

async function insertAll(db: Db, table: PgTable, records: Record<string, unknown>[]) {
  for (let i = 0; i < records.length; i += BATCH) {
    await db.insert(table).values(records.slice(i, i + BATCH).map((r) => toRow(table, r)));
  }
}

/**
 * Loads the demo data (the same deterministic seed as the mock backend) into an empty database.
 * Returns false when the database already holds data: a restart never overwrites anything.
 */
export async function seedIfEmpty(
  db: Db,
  size: SeedSize = 'demo',
  now = new Date(),
): Promise<boolean> {
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(t.associations);
  if (n > 0) return false;
  const data = seed(size, now);
  // One hash per distinct password (all demo accounts share theirs), each account its own salt.
  const users = await Promise.all(
    data.users.map(async ({ password, ...user }) => ({
      ...user,
      passwordHash: await hashPassword(password),
    })),
  );
  await db.transaction(async (tx) => {
    const d = tx as unknown as Db;
    await insertAll(d, t.associations, data.associations);
    await insertAll(d, t.users, users);
    await insertAll(
      d,
      t.settings,
      data.settings.map(({ intakeKey, ...s }) => ({
        ...s,
        intakeKeyHash: sha256(intakeKey),
        intakeKeyHint: `…${intakeKey.slice(-4)}`,
      })),
    );
    await insertAll(
      d,
      t.referrals,
      data.referrals.map((r) => ({ ...r, ...referralKeys(r) })),
    );
    await insertAll(
      d,
      t.mentors,
      data.mentors.map((m) => ({ ...m, ...mentorKeys(m) })),
    );
    await insertAll(d, t.mentorships, data.mentorships);
    await insertAll(d, t.meetings, data.meetings);
    await insertAll(d, t.interviews, data.interviews);
    await insertAll(d, t.timeline, data.timeline);
    await insertAll(d, t.savedViews, data.savedViews);
  });
  return true;
}
