import { and, eq, ne, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { fail, notNow } from '../../src/domain/problem';
import { LoginInput, PasswordChangeInput } from '../../src/domain/schemas';
import { randomToken, sha256 } from '../auth/passwords';
import { writeAudit } from '../audit';
import type { Db } from '../db/database';
import { publicUser } from '../db/rows';
import { associations, sessions, settings, users } from '../db/schema';
import {
  SESSION_COOKIE,
  findCaller,
  overHttps,
  readBody,
  requireCaller,
  type Caller,
  type Deps,
  type Env,
} from '../http/context';
import { AttemptCounter, Gate } from '../http/limits';

const SESSION_HOURS = 12;
/** Password checks per account, then per client address, in a window. */
const MAX_ATTEMPTS_PER_ACCOUNT = 5;
const MAX_FAILURES_PER_ADDRESS = 30;
const WINDOW_MS = 15 * 60_000;
const TOO_MANY = 'Trop de tentatives. Réessayez dans 15 minutes.';

async function sessionBody(db: Db, caller: Caller) {
  const [user] = await db.select().from(users).where(eq(users.id, caller.user.id));
  return {
    user: publicUser(user!),
    association: caller.association,
    csrfToken: caller.session.csrfToken,
  };
}

/**
 * Counts one attempt on every account of this address (one per association) and returns them with
 * the count, in one statement: parallel logins each get their own number, so no more than the
 * limit ever reach a password check. An unknown address writes nothing.
 */
function countAttempt(db: Db, key: string, now: Date) {
  const fresh = sql`${users.loginAttemptsSince} > ${new Date(now.getTime() - WINDOW_MS)}`;
  return db
    .update(users)
    .set({
      loginAttempts: sql`case when ${fresh} then ${users.loginAttempts} + 1 else 1 end`,
      loginAttemptsSince: sql`case when ${fresh} then ${users.loginAttemptsSince} else ${now} end`,
    })
    .where(sql`lower(${users.email}) = ${key}`)
    .returning()
    .then((rows) =>
      rows.sort((a, b) => (b.lastLoginAt?.getTime() ?? 0) - (a.lastLoginAt?.getTime() ?? 0)),
    );
}

export function authRoutes(deps: Deps) {
  const app = new Hono<Env>();
  // Compared against when the email is unknown, so both cases take the same time.
  const nobody = deps.passwords.hash('no such account');
  const failuresPerAddress = new AttemptCounter(MAX_FAILURES_PER_ADDRESS, WINDOW_MS);
  // A password check takes a core for tens of milliseconds: a flood must not take them all.
  const passwordChecks = new Gate(2, 32);

  app.post('/login', async (c) => {
    const { email, password } = await readBody(c, LoginInput);
    const key = email.toLowerCase();
    const address = deps.clientAddress(c);
    const db = deps.db();
    const now = deps.now();
    if (!failuresPerAddress.take(address, now)) return notNow(429, TOO_MANY, WINDOW_MS / 1000);

    const accounts = await countAttempt(db, key, now);
    if (accounts.some((a) => a.loginAttempts > MAX_ATTEMPTS_PER_ACCOUNT))
      return notNow(429, TOO_MANY, WINDOW_MS / 1000);
    // The same address may have an account in several associations: the password picks one.
    const user = await passwordChecks.run(async () => {
      if (!accounts.length) await deps.passwords.verify(password, await nobody);
      for (const account of accounts)
        if (await deps.passwords.verify(password, account.passwordHash)) return account;
      return undefined;
    });
    if (!user?.active) {
      // Each known account's association sees the failed attempt in its log (never the password).
      for (const account of accounts)
        await writeAudit(db, now, null, 'auth.login_failed', {
          type: 'user',
          id: account.id,
          associationId: account.associationId,
        });
      return fail(401, 'Adresse e-mail ou mot de passe incorrect.');
    }
    failuresPerAddress.refund(address);

    const token = randomToken();
    const session = {
      id: `ses_${crypto.randomUUID()}`,
      tokenHash: sha256(token),
      userId: user.id,
      csrfToken: randomToken(),
      expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
      lastSeenAt: now,
    };
    const [home] = await db
      .select({ association: associations, firstContactDelayDays: settings.firstContactDelayDays })
      .from(associations)
      .innerJoin(settings, eq(settings.associationId, associations.id))
      .where(eq(associations.id, user.associationId));
    const caller: Caller = {
      user: {
        id: user.id,
        role: user.role as Caller['user']['role'],
        firstName: user.firstName,
        lastName: user.lastName,
        mentorId: user.mentorId,
        email: user.email,
      },
      association: home!.association,
      session: { id: session.id, csrfToken: session.csrfToken },
      settings: { firstContactDelayDays: home!.firstContactDelayDays },
    };
    await db.transaction(async (tx) => {
      const t: Db = tx;
      await t.insert(sessions).values(session);
      await t
        .update(users)
        .set({ lastLoginAt: now, loginAttempts: 0, loginAttemptsSince: null })
        .where(eq(users.id, user.id));
      await writeAudit(t, now, caller, 'auth.login', {
        type: 'user',
        id: user.id,
        associationId: user.associationId,
      });
    });
    setCookie(c, SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'Strict',
      secure: overHttps(c),
      maxAge: SESSION_HOURS * 3600,
    });
    return c.json(await sessionBody(db, caller));
  });

  app.post('/logout', async (c) => {
    const caller = await requireCaller(c, deps, null);
    await deps.db().delete(sessions).where(eq(sessions.id, caller.session.id));
    deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Strict' });
    return c.body(null, 204);
  });

  // A wrong current password counts against the address, as a failed login does.
  app.post('/password', async (c) => {
    const caller = await requireCaller(c, deps, null);
    const body = await readBody(c, PasswordChangeInput);
    const db = deps.db();
    const now = deps.now();
    const address = deps.clientAddress(c);
    if (!failuresPerAddress.take(address, now)) return notNow(429, TOO_MANY, WINDOW_MS / 1000);
    const [user] = await db.select().from(users).where(eq(users.id, caller.user.id));
    const right = await passwordChecks.run(() =>
      deps.passwords.verify(body.currentPassword, user!.passwordHash),
    );
    if (!right)
      return fail(422, 'Le mot de passe actuel est incorrect.', {
        errors: [{ pointer: '/currentPassword', message: 'Mot de passe actuel incorrect' }],
      });
    failuresPerAddress.refund(address);
    const passwordHash = await passwordChecks.run(() => deps.passwords.hash(body.newPassword));
    await db.transaction(async (tx) => {
      const t: Db = tx;
      await t
        .update(users)
        .set({ passwordHash, mustChangePassword: false })
        .where(eq(users.id, user!.id));
      // Whoever else held a session with the old password is logged out.
      await t
        .delete(sessions)
        .where(and(eq(sessions.userId, user!.id), ne(sessions.id, caller.session.id)));
      await writeAudit(t, now, caller, 'auth.password', {
        type: 'user',
        id: user!.id,
        associationId: user!.associationId,
      });
    });
    return c.body(null, 204);
  });

  app.get('/session', async (c) => {
    const caller = await findCaller(deps, getCookie(c, SESSION_COOKIE));
    if (!caller) return c.body(null, 204);
    return c.json(await sessionBody(deps.db(), caller));
  });

  return app;
}
