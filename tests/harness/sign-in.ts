import { sql } from 'drizzle-orm';
import { sha256 } from '../../server/auth/passwords';
import { sessions, users } from '../../server/db/schema';
import { nodeScrypt } from '../../server/node/scrypt';
import { SESSION_COOKIE } from '../../server/http/context';
import { TEST_NOW } from './clock';
import { testDb } from './records';

/** Starts a session for `email` in the test's database, as if they had logged in earlier. */
export async function signIn(email: string) {
  const [user] = await testDb()
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  if (!user) throw new Error(`No demo account ${email}`);
  const token = `test-${user.id}`;
  await testDb()
    .insert(sessions)
    .values({
      id: `ses_${user.id}`,
      tokenHash: sha256(token),
      userId: user.id,
      csrfToken: `csrf-${user.id}`,
      expiresAt: new Date(TEST_NOW.getTime() + 3_600_000),
      lastSeenAt: TEST_NOW,
    })
    .onConflictDoNothing();
  document.cookie = `${SESSION_COOKIE}=${token}; Path=/`;
  return user;
}

/** How many sessions the server holds. */
export async function sessionCount() {
  return (await testDb().select().from(sessions)).length;
}

/** The server forgets every session, as on expiry or revocation. */
export async function endSessions() {
  await testDb().delete(sessions);
}

/** Whether `password` is the account's password now. */
export async function isPasswordOf(email: string, password: string) {
  const [user] = await testDb()
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`);
  return !!user && nodeScrypt.verify(password, user.passwordHash);
}
