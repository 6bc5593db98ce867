import { loadGazetteer } from '../src/domain/gazetteer';
import {
  HttpResponse,
  type DefaultBodyType,
  type HttpResponseResolver,
  type PathParams,
} from 'msw';
import type { z } from 'zod';
import { can, type Permission } from '../src/domain/permissions';
import {
  MAX_BODY_BYTES,
  ProblemError,
  fail,
  parseOr,
  problem,
  type ProblemBody,
} from '../src/domain/problem';
import type { Association } from '../src/domain/types';
import {
  newId,
  type SessionRecord,
  type Store,
  type TimelineRecord,
  type UserRecord,
} from './store';

export const SESSION_COOKIE = 'binome_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The mock backend: its store and its clock (tests pin the clock). */
export interface MockDb {
  store: Store;
  now: () => Date;
}

export function problemResponse(body: ProblemBody, headers?: Record<string, string>) {
  return HttpResponse.json(body, {
    status: body.status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

export interface Caller {
  user: UserRecord;
  association: Association;
  session: SessionRecord;
}

export function findSession(db: MockDb, token: string | undefined): Caller | null {
  if (!token) return null;
  const session = db.store.all('sessions').find((s) => s.token === token);
  if (!session || Date.parse(session.expiresAt) <= db.now().getTime()) return null;
  const user = db.store.get('users', session.userId);
  const association = user && db.store.get('associations', user.associationId);
  if (!user?.active || !association) return null;
  return { user, association, session };
}

type Resolver<P extends PathParams> = Parameters<HttpResponseResolver<P, DefaultBodyType>>[0];

interface Context<P extends PathParams> {
  request: Request;
  params: P;
  url: URL;
  caller: Caller;
}

/**
 * Wraps a handler: the session (401), the CSRF token on unsafe methods (403), the role (403),
 * then problem+json for whatever the handler throws.
 */
export function authed<P extends PathParams>(
  db: MockDb,
  permission: Permission | null,
  handle: (ctx: Context<P>) => Response | Promise<Response>,
) {
  return async ({ request, params, cookies }: Resolver<P>) => {
    try {
      const caller = findSession(db, cookies[SESSION_COOKIE]);
      if (!caller) return fail(401, 'Votre session a expiré. Reconnectez-vous.');
      if (
        UNSAFE.has(request.method) &&
        request.headers.get('X-CSRF-Token') !== caller.session.csrfToken
      ) {
        return fail(403, 'Jeton CSRF manquant ou invalide.');
      }
      if (permission && !can(caller.user.role, permission)) {
        return fail(403, 'Votre rôle ne permet pas cette action.');
      }
      return await handle({ request, params, url: new URL(request.url), caller });
    } catch (error) {
      return toProblemResponse(error);
    }
  };
}

export function toProblemResponse(error: unknown) {
  if (error instanceof ProblemError) return problemResponse(error.body);
  // A bug in a handler must still answer in the contract's shape.
  console.error(error);
  return problemResponse(problem(500, 'Erreur interne du serveur de démonstration.'));
}

/** Reads a JSON body and parses it with a schema: 400 when it is not JSON, 422 per invalid field. */
export async function readBody<T extends z.ZodType>(
  request: Request,
  schema: T,
): Promise<z.infer<T>> {
  // The mock runs in the page: it may read the body to measure it.
  const text = await request.text();
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES)
    return fail(413, 'La requête dépasse 10 Mo.');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return fail(400, 'Le corps de la requête doit être du JSON.');
  }
  return parseOr(schema, body);
}

/** The referral rules of an association: its age range, and postal codes that exist. */
export async function referralRules(db: MockDb, associationId: string) {
  return {
    settings: db.store.get('settings', associationId)!,
    today: db.now(),
    gazetteer: await loadGazetteer(),
  };
}

/** A record of the caller's association, or 404 as if it did not exist. */
export function owned<T extends { associationId: string }>(
  record: T | undefined,
  caller: Caller,
): T {
  if (!record || record.associationId !== caller.association.id) return fail(404, 'Introuvable.');
  return record;
}

/** Strips the store's own fields before a record goes out. */
export function publicRecord<T extends { associationId: string }>(
  record: T,
): Omit<T, 'associationId'> {
  const { associationId: _owner, ...rest } = record;
  return rest;
}

export function paginate<T>(items: T[], page: number, pageSize: number) {
  return {
    items: items.slice((page - 1) * pageSize, page * pageSize),
    total: items.length,
    page,
    pageSize,
  };
}

export function audit(
  db: MockDb,
  caller: Caller | null,
  action: string,
  entity: { type: string; id: string | null; associationId: string },
  fields: string[] = [],
) {
  db.store.put('audit', {
    id: newId('aud'),
    associationId: entity.associationId,
    at: db.now().toISOString(),
    actorId: caller?.user.id ?? null,
    actorName: caller ? `${caller.user.firstName} ${caller.user.lastName}` : 'Système',
    action,
    entityType: entity.type,
    entityId: entity.id,
    fields,
  });
}

type TimelineFields = Partial<
  Omit<TimelineRecord, 'id' | 'associationId' | 'entityType' | 'entityId' | 'at'>
> &
  Pick<TimelineRecord, 'kind'>;

/** A line on a referral's timeline, by the caller (or the platform when there is none). */
export const referralEvent = (
  db: MockDb,
  caller: Caller | null,
  associationId: string,
  referralId: string,
  at: string,
  fields: TimelineFields,
) => timelineEvent(db, caller, associationId, { type: 'referral', id: referralId }, at, fields);

/** A line on a referral's or a mentor's timeline. */
export function timelineEvent(
  db: MockDb,
  caller: Caller | null,
  associationId: string,
  entity: { type: TimelineRecord['entityType']; id: string },
  at: string,
  fields: TimelineFields,
) {
  return db.store.put('timeline', {
    id: newId('evt'),
    associationId,
    entityType: entity.type,
    entityId: entity.id,
    at,
    actorId: caller?.user.id ?? null,
    actorName: caller ? `${caller.user.firstName} ${caller.user.lastName}` : 'Système',
    from: null,
    to: null,
    channel: null,
    reached: null,
    body: null,
    ...fields,
  });
}
