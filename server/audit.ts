import type { Db } from './db/database';
import { audit } from './db/schema';
import type { Caller } from './http/context';

/** An audit entry: who, what, when, which fields (never their values). Call it inside the change's transaction. */
export async function writeAudit(
  db: Db,
  now: Date,
  actor: Pick<Caller, 'user' | 'association'> | null,
  action: string,
  entity: { type: string; id: string | null; associationId: string },
  fields: string[] = [],
  details: Record<string, unknown> | null = null,
) {
  await db.insert(audit).values({
    id: `aud_${crypto.randomUUID()}`,
    associationId: entity.associationId,
    at: now,
    actorId: actor?.user.id ?? null,
    actorName: actor ? `${actor.user.firstName} ${actor.user.lastName}` : 'Système',
    action,
    entityType: entity.type,
    entityId: entity.id,
    fields,
    details,
  });
}
