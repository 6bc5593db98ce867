import { http, HttpResponse } from 'msw';
import { LoginInput } from '../../src/domain/schemas';
import { fail } from '../../src/domain/problem';
import {
  SESSION_COOKIE,
  audit,
  authed,
  findSession,
  publicRecord,
  readBody,
  toProblemResponse,
  type Caller,
  type MockDb,
} from '../http';
import { newId } from '../store';

const SESSION_HOURS = 12;
const MAX_FAILURES = 5;
const FAILURE_WINDOW_MS = 15 * 60_000;

function sessionBody(caller: Caller) {
  const { password: _secret, ...user } = publicRecord(caller.user);
  return { user, association: caller.association, csrfToken: caller.session.csrfToken };
}

export function authHandlers(db: MockDb, base: string) {
  // Failed logins per email, to refuse guessing (the real server limits per address too).
  const failures = new Map<string, number[]>();

  return [
    http.post(`${base}/auth/login`, async ({ request }) => {
      try {
        const { email, password } = await readBody(request, LoginInput);
        const key = email.toLowerCase();
        const now = db.now().getTime();
        const recent = (failures.get(key) ?? []).filter((t) => now - t < FAILURE_WINDOW_MS);
        if (recent.length >= MAX_FAILURES)
          return fail(429, 'Trop de tentatives. Réessayez dans 15 minutes.');
        const user = db.store.all('users').find((u) => u.email.toLowerCase() === key);
        if (!user?.active || user.password !== password) {
          failures.set(key, [...recent, now]);
          return fail(401, 'Adresse e-mail ou mot de passe incorrect.');
        }
        failures.delete(key);
        const session = db.store.put('sessions', {
          id: newId('ses'),
          token: crypto.randomUUID(),
          userId: user.id,
          csrfToken: crypto.randomUUID(),
          expiresAt: new Date(now + SESSION_HOURS * 3_600_000).toISOString(),
        });
        const loggedIn = db.store.put('users', { ...user, lastLoginAt: db.now().toISOString() });
        const caller = {
          user: loggedIn,
          association: db.store.get('associations', user.associationId)!,
          session,
        };
        audit(db, caller, 'auth.login', {
          type: 'user',
          id: user.id,
          associationId: user.associationId,
        });
        return HttpResponse.json(sessionBody(caller), {
          // Not HttpOnly here: MSW keeps mocked cookies in document.cookie. The real server's is.
          headers: {
            'Set-Cookie': `${SESSION_COOKIE}=${session.token}; Path=/; SameSite=Strict; Max-Age=${SESSION_HOURS * 3600}`,
          },
        });
      } catch (error) {
        return toProblemResponse(error);
      }
    }),

    http.post(
      `${base}/auth/logout`,
      authed(db, null, ({ caller }) => {
        db.store.delete('sessions', caller.session.id);
        return new HttpResponse(null, {
          status: 204,
          headers: { 'Set-Cookie': `${SESSION_COOKIE}=; Path=/; SameSite=Strict; Max-Age=0` },
        });
      }),
    ),

    http.get(`${base}/auth/session`, ({ cookies }) => {
      const caller = findSession(db, cookies[SESSION_COOKIE]);
      return caller
        ? HttpResponse.json(sessionBody(caller))
        : new HttpResponse(null, { status: 204 });
    }),
  ];
}
