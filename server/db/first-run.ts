import { count } from 'drizzle-orm';
import { z } from 'zod';
import { Email, FirstName, LastName, requiredText } from '../../src/domain/schemas';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { randomToken, sha256, type PasswordHasher } from '../auth/passwords';
import type { Db } from './database';
import { associations, settings, users } from './schema';

/** How an intake key is kept: its hash, and its last four characters to recognise it. */
export const intakeKeyColumns = (key: string) => ({
  intakeKeyHash: sha256(key),
  intakeKeyHint: `…${key.slice(-4)}`,
});

export async function hasAssociation(db: Db) {
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(associations);
  return n > 0;
}

/** What the first run asks, each with its own rule (the prompt checks one answer at a time). */
export const FIRST_RUN_FIELDS = {
  association: requiredText(120),
  email: Email,
  firstName: FirstName,
  lastName: LastName,
  password: z
    .string()
    .min(12, { error: 'Au moins 12 caractères' })
    .max(200, { error: 'Au plus 200 caractères' }),
};
export type FirstRun = {
  [K in keyof typeof FIRST_RUN_FIELDS]: z.infer<(typeof FIRST_RUN_FIELDS)[K]>;
};

export class NotEmptyError extends Error {
  constructor() {
    super('This database already has an association: the first run is done.');
    this.name = 'NotEmptyError';
  }
}

/**
 * The association and its first admin, in a database that has none: what a real installation
 * starts from (the demo data is for trying Binôme). Returns the intake key, shown once.
 */
export async function createFirstAssociation(
  db: Db,
  passwords: PasswordHasher,
  input: FirstRun,
  now: Date,
): Promise<{ intakeKey: string }> {
  const passwordHash = await passwords.hash(input.password);
  const intakeKey = randomToken();
  await db.transaction(async (tx) => {
    const t: Db = tx;
    // Two first runs at once: the second waits here, then finds the first one's association.
    await t.execute('lock table associations in exclusive mode');
    if (await hasAssociation(t)) throw new NotEmptyError();
    const associationId = `asso_${crypto.randomUUID()}`;
    await t.insert(associations).values({
      id: associationId,
      name: input.association,
      shortName: input.association.split(/\s+/)[0]!,
    });
    await t
      .insert(settings)
      .values({ associationId, version: 1, ...DEFAULT_SETTINGS, ...intakeKeyColumns(intakeKey) });
    await t.insert(users).values({
      id: `usr_${crypto.randomUUID()}`,
      associationId,
      email: input.email,
      firstName: input.firstName,
      lastName: input.lastName,
      role: 'admin',
      createdAt: now,
      passwordHash,
    });
  });
  return { intakeKey };
}
