import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError, type Problem } from './error';
import type { paths } from './schema.gen';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** The session's CSRF token, sent on every unsafe request. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** Called when a request that needed a session got 401 (the session expired). */
export function setUnauthorizedHandler(handler: (() => void) | null) {
  onUnauthorized = handler;
}

const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    if (csrfToken && UNSAFE.has(request.method)) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  onResponse({ response, schemaPath }) {
    // A 401 at login is a wrong password, not an expired session.
    if (response.status === 401 && schemaPath !== '/auth/login') onUnauthorized?.();
    return response;
  },
};

function apiBaseUrl(): string {
  return new URL('/api', globalThis.location?.origin ?? 'http://localhost').href;
}

export const client = createClient<paths>({
  baseUrl: apiBaseUrl(),
  credentials: 'same-origin',
  // Looked up on every call so that MSW, started after this module loads, sees the requests.
  fetch: (request) => globalThis.fetch(request),
});
client.use(sessionMiddleware);

type Result<T> = { data?: T; error?: unknown; response: Response };

/** Awaits an openapi-fetch call and returns its data, or throws one ApiError. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await call;
  } catch (cause) {
    throw ApiError.network(cause);
  }
  const { data, error, response } = result;
  if (!response.ok) {
    const problem = isProblem(error)
      ? error
      : { type: 'about:blank', title: response.statusText || 'Erreur', status: response.status };
    throw new ApiError(response.status, problem);
  }
  return data as T;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && 'title' in value;
}

/** The If-Match header for a record read at `version`. */
export const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });
