import { getTableColumns, sql, type AnyColumn } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { meetings, users } from './schema';

// The contract speaks ISO strings; timestamp columns speak Date. These two convert at the edge.

/** A record of the contract to a row of `table`: timestamps to Date, unknown fields dropped. */
export function toRow<T extends PgTable>(
  table: T,
  record: Record<string, unknown>,
): T['$inferInsert'] {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    if (!(key in record)) continue;
    const value = record[key];
    row[key] = column.dataType === 'date' && typeof value === 'string' ? new Date(value) : value;
  }
  return row as T['$inferInsert'];
}

type Iso<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};

/** A row to the contract's shape: Date to ISO string. */
export function fromRow<T extends Record<string, unknown>>(row: T): Iso<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row))
    out[key] = value instanceof Date ? value.toISOString() : value;
  return out as Iso<T>;
}

/** Ids in byte order whatever the cluster's collation: the same on PGlite and PostgreSQL. */
export const byteOrder = (column: AnyColumn) => sql`${column} collate "C"`;

/** A user as the API shows it: never the password hash, nor the login attempts. */
export function publicUser(row: typeof users.$inferSelect) {
  const {
    passwordHash: _secret,
    associationId: _association,
    loginAttempts: _attempts,
    loginAttemptsSince: _since,
    ...user
  } = row;
  return fromRow(user);
}

/** A meeting as its pair's readers see it, mentors included: never the acknowledgement of its concern. */
export function publicMeeting(row: typeof meetings.$inferSelect) {
  const {
    associationId: _association,
    concernAcknowledgedAt: _at,
    concernAcknowledgedById: _by,
    concernAcknowledgement: _note,
    idempotencyKey: _key,
    ...meeting
  } = row;
  return fromRow(meeting);
}
