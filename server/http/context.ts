import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { and, eq, gt, sql } from 'drizzle-orm';
import { can, type Permission } from '../../src/domain/permissions';
import { fail, parseOr } from '../../src/domain/problem';
import { searchParamsToObject } from '../../src/domain/queries';
import { Id } from '../../src/domain/schemas';
import type { Role } from '../../src/domain/enums';
import type { z } from 'zod';
import { sha256, type PasswordHasher } from '../auth/passwords';
import type { Db } from '../db/database';
import { associations, sessions, settings, users } from '../db/schema';

export const SESSION_COOKIE = 'binome_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** What every route needs: the database, the clock, the password hasher, who is asking. */
export interface Deps {
  db: () => Db;
  now: () => Date;
  passwords: PasswordHasher;
  /** The client's address as far as it can be trusted (server/node/client-address.ts). */
  clientAddress: (c: Context) => string;
}

export interface Caller {
  user: {
    id: string;
    role: Role;
    firstName: string;
    lastName: string;
    mentorId: string | null;
    email: string;
  };
  association: { id: string; name: string; shortName: string };
  session: { id: string; csrfToken: string };
  /** Read with the session (one query a request, not two): what lists and filters depend on. */
  settings: { firstContactDelayDays: number };
}

export type Env = { Variables: { caller: Caller; route: string } };

/** A session's last request is written at most this often (one write a minute, not one a request). */
const SEEN_EVERY_MS = 60_000;

/**
 * Who holds this session token: a session not expired, not left unused past the association's
 * inactivity timeout, of an active account.
 */
export async function findCaller(deps: Deps, token: string | undefined): Promise<Caller | null> {
  if (!token) return null;
  const now = deps.now();
  const db = deps.db();
  const [row] = await db
    .select({
      session: sessions,
      user: users,
      association: associations,
      firstContactDelayDays: settings.firstContactDelayDays,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(associations, eq(associations.id, users.associationId))
    .innerJoin(settings, eq(settings.associationId, users.associationId))
    .where(
      and(
        eq(sessions.tokenHash, sha256(token)),
        gt(sessions.expiresAt, now),
        gt(
          sessions.lastSeenAt,
          sql`${now}::timestamptz - make_interval(mins => ${settings.inactivityTimeoutMinutes})`,
        ),
        eq(users.active, true),
      ),
    );
  if (!row) return null;
  const { user, association, session, firstContactDelayDays } = row;
  if (now.getTime() - session.lastSeenAt.getTime() >= SEEN_EVERY_MS)
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, session.id));
  return {
    user: {
      id: user.id,
      role: user.role as Role,
      firstName: user.firstName,
      lastName: user.lastName,
      mentorId: user.mentorId,
      email: user.email,
    },
    association,
    session: { id: session.id, csrfToken: session.csrfToken },
    settings: { firstContactDelayDays },
  };
}

/** The session (401), the CSRF token on unsafe methods (403), then the role (403). */
export async function requireCaller(
  c: Context<Env>,
  deps: Deps,
  permission: Permission | null,
): Promise<Caller> {
  const caller = await findCaller(deps, getCookie(c, SESSION_COOKIE));
  if (!caller) return fail(401, 'Votre session a expiré. Reconnectez-vous.');
  if (UNSAFE.has(c.req.method) && c.req.header('X-CSRF-Token') !== caller.session.csrfToken) {
    return fail(403, 'Jeton CSRF manquant ou invalide.');
  }
  if (permission && !can(caller.user.role, permission))
    return fail(403, 'Votre rôle ne permet pas cette action.');
  c.set('caller', caller);
  return caller;
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * A JSON body parsed with the contract's schema: 415 when not sent as JSON, 400 when it does not
 * parse, 422 per invalid field.
 */
export async function readBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  if (!JSON_TYPE.test(c.req.header('Content-Type') ?? ''))
    return fail(415, 'Le corps de la requête doit être envoyé en JSON (application/json).');
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return fail(400, 'Le corps de la requête doit être du JSON.');
  }
  return parseOr(schema, body);
}

/** Whether the client reached us over HTTPS, directly or through a proxy that says so. */
export const overHttps = (c: Context) =>
  new URL(c.req.url).protocol === 'https:' || c.req.header('X-Forwarded-Proto') === 'https';

/** The query string as the contract's `explode` arrays describe it. */
export const queryObject = (c: Context) => searchParamsToObject(new URL(c.req.url).searchParams);

/** A path id of the contract's shape, or 404: whatever else arrives cannot name a record. */
export function idParam(c: Context, name = 'id'): string {
  const id = c.req.param(name) ?? '';
  return Id.safeParse(id).success ? id : fail(404, 'Introuvable.');
}
