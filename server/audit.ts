import type { Db } from './db/database';
import { audit } from './db/schema';
import type { Caller } from './http/context';

/** A record as read before a change and as written after it: its public fields, never a secret. */
export interface Diff {
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** Bookkeeping that changes with every write and says nothing about what changed. */
const NOT_CHANGES = new Set(['version', 'updatedAt']);

/** Each field whose value differs between before and after, with both values. */
export function changesOf({ before, after }: Diff) {
  return Object.keys(after)
    .filter((field) => !NOT_CHANGES.has(field))
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/**
 * An audit entry: who, what, when, which record, and either the names of the changed fields or
 * the record before and after (each changed field's values are kept). Call it inside the change's
 * transaction; pass public records only, never a secret.
 */
export async function writeAudit(
  db: Db,
  now: Date,
  actor: Pick<Caller, 'user' | 'association'> | null,
  action: string,
  entity: { type: string; id: string | null; associationId: string },
  fields: string[] | Diff = [],
  details: Record<string, unknown> | null = null,
) {
  const changes = Array.isArray(fields) ? [] : changesOf(fields);
  await db.insert(audit).values({
    id: `aud_${crypto.randomUUID()}`,
    associationId: entity.associationId,
    at: now,
    actorId: actor?.user.id ?? null,
    actorName: actor ? `${actor.user.firstName} ${actor.user.lastName}` : 'Système',
    action,
    entityType: entity.type,
    entityId: entity.id,
    fields: Array.isArray(fields) ? fields : changes.map((c) => c.field),
    changes,
    details,
  });
}
