import { randomUUID } from 'node:crypto';
import type { Db } from './db/database';
import { timeline } from './db/schema';
import type { Caller } from './http/context';

type Fields = Omit<
  typeof timeline.$inferInsert,
  'id' | 'associationId' | 'entityType' | 'entityId' | 'at' | 'actorId' | 'actorName'
> & {
  actorName?: string;
};

/** A line on a referral's timeline, by the caller (or the platform when there is none). Inside the change's transaction. */
export async function referralEvent(
  db: Db,
  now: Date,
  caller: Caller | null,
  associationId: string,
  referralId: string,
  fields: Fields,
) {
  const [event] = await db
    .insert(timeline)
    .values({
      id: `evt_${randomUUID()}`,
      associationId,
      entityType: 'referral',
      entityId: referralId,
      at: now,
      actorId: caller?.user.id ?? null,
      actorName: caller ? `${caller.user.firstName} ${caller.user.lastName}` : 'Système',
      ...fields,
    })
    .returning();
  return event!;
}
