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
export const referralEvent = (
  db: Db,
  now: Date,
  caller: Caller | null,
  associationId: string,
  referralId: string,
  fields: Fields,
) => timelineEvent(db, now, caller, associationId, { type: 'referral', id: referralId }, fields);

/** A line on a referral's or a mentor's timeline. */
export async function timelineEvent(
  db: Db,
  now: Date,
  caller: Caller | null,
  associationId: string,
  entity: { type: 'referral' | 'mentor'; id: string },
  fields: Fields,
) {
  const [event] = await db
    .insert(timeline)
    .values({
      id: `evt_${crypto.randomUUID()}`,
      associationId,
      entityType: entity.type,
      entityId: entity.id,
      at: now,
      actorId: caller?.user.id ?? null,
      actorName: caller ? `${caller.user.firstName} ${caller.user.lastName}` : 'Système',
      ...fields,
    })
    .returning();
  return event!;
}
