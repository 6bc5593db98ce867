import { and, count, eq, gt, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { fail } from '../../src/domain/problem';
import { LoginInput } from '../../src/domain/schemas';
import { randomToken, sha256 } from '../auth/passwords';
import { writeAudit } from '../audit';
import type { Db } from '../db/database';
import { fromRow } from '../db/rows';
import { associations, loginFailures, sessions, users } from '../db/schema';
import {
  SESSION_COOKIE,
  findCaller,
  readBody,
  requireCaller,
  type Caller,
  type Deps,
  type Env,
} from '../http/context';

const SESSION_HOURS = 12;
const MAX_FAILURES = 5;
const FAILURE_WINDOW_MS = 15 * 60_000;

async function sessionBody(db: Db, caller: Caller) {
  const [user] = await db.select().from(users).where(eq(users.id, caller.user.id));
  const { passwordHash: _secret, associationId: _a, ...publicUser } = fromRow(user!);
  return { user: publicUser, association: caller.association, csrfToken: caller.session.csrfToken };
}

export function authRoutes(deps: Deps) {
  const app = new Hono<Env>();
  // Compared against when the email is unknown, so both cases take the same time.
  const nobody = deps.passwords.hash('no such account');

  app.post('/login', async (c) => {
    const { email, password } = await readBody(c, LoginInput);
    const key = email.toLowerCase();
    const db = deps.db();
    const now = deps.now();
    const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
    const [{ n } = { n: 0 }] = await db
      .select({ n: count() })
      .from(loginFailures)
      .where(and(eq(loginFailures.email, key), gt(loginFailures.at, since)));
    if (n >= MAX_FAILURES) return fail(429, 'Trop de tentatives. Réessayez dans 15 minutes.');

    const [user] = await db
      .select()
      .from(users)
      .where(sql`lower(${users.email}) = ${key}`);
    const ok = await deps.passwords.verify(password, user?.passwordHash ?? (await nobody));
    if (!user?.active || !ok) {
      await db.insert(loginFailures).values({ email: key, at: now });
      return fail(401, 'Adresse e-mail ou mot de passe incorrect.');
    }

    const token = randomToken();
    const session = {
      id: `ses_${crypto.randomUUID()}`,
      tokenHash: sha256(token),
      userId: user.id,
      csrfToken: randomToken(),
      expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
    };
    const [association] = await db
      .select()
      .from(associations)
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
      association: association!,
      session: { id: session.id, csrfToken: session.csrfToken },
    };
    await db.transaction(async (tx) => {
      const t: Db = tx;
      await t.delete(loginFailures).where(eq(loginFailures.email, key));
      await t.insert(sessions).values(session);
      await t.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
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
      secure:
        new URL(c.req.url).protocol === 'https:' || c.req.header('X-Forwarded-Proto') === 'https',
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

  app.get('/session', async (c) => {
    const caller = await findCaller(deps, getCookie(c, SESSION_COOKIE));
    if (!caller) return c.body(null, 204);
    return c.json(await sessionBody(deps.db(), caller));
  });

  return app;
}
