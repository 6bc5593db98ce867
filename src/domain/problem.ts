import type { z } from 'zod';

// One builder of RFC 9457 problem bodies for both backends, so they answer alike.

export interface FieldProblem {
  pointer: string;
  message: string;
  code?: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldProblem[];
  current?: Record<string, unknown>;
}

const TITLES: Record<number, string> = {
  400: 'Requête invalide',
  401: 'Authentification requise',
  403: 'Action non autorisée',
  404: 'Introuvable',
  409: 'Conflit',
  413: 'Requête trop volumineuse',
  415: 'Format non pris en charge',
  422: 'Données invalides',
  428: 'Version manquante',
  429: 'Trop de tentatives',
  500: 'Erreur interne',
  501: 'Pas encore disponible',
  503: 'Service momentanément indisponible',
};

export function problem(
  status: number,
  detail?: string,
  extra?: Partial<ProblemBody>,
): ProblemBody {
  return {
    type: `https://binome.example/problems/${status}`,
    title: TITLES[status] ?? 'Erreur',
    status,
    ...(detail ? { detail } : {}),
    ...extra,
  };
}

export function toPointer(path: readonly PropertyKey[]): string {
  return '/' + path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

export function validationProblem(error: z.ZodError, status = 422): ProblemBody {
  return problem(status, 'Certains champs sont invalides.', {
    errors: error.issues.map((issue) => ({
      pointer: toPointer(issue.path),
      message: issue.message,
      code: issue.code,
    })),
  });
}

/** The largest request body either backend reads (a 5,000-row mentor import fits). */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Thrown by rules and backends alike; each backend turns it into a problem+json response. */
export class ProblemError extends Error {
  constructor(
    readonly body: ProblemBody,
    /** When the client may try again (429, 503): sent as `Retry-After`. */
    readonly retryAfterSeconds?: number,
  ) {
    super(body.detail ?? body.title);
    this.name = 'ProblemError';
  }
}

export const fail = (status: number, detail?: string, extra?: Partial<ProblemBody>): never => {
  throw new ProblemError(problem(status, detail, extra));
};

/** Not now (429: too many attempts, 503: too busy); the answer says when to try again. */
export const notNow = (status: 429 | 503, detail: string, retryAfterSeconds: number): never => {
  throw new ProblemError(problem(status, detail), retryAfterSeconds);
};

/** A lifecycle rule said no: 422 pointing at the field at fault. */
export const refused = (check: { reason: string; field: string }): never =>
  fail(422, check.reason, { errors: [{ pointer: `/${check.field}`, message: check.reason }] });

/** Parses input with a schema, or throws the problem: 422 for a body, 400 for a query. */
/** C0 controls other than tab and line breaks, and DEL: no field holds them (PostgreSQL stores no NUL). */
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const MAX_DEPTH = 32;

/** Every string, or key, of `value` holding a control character, by its pointer. */
function controlCharacters(value: unknown, path: PropertyKey[] = []): FieldProblem[] {
  const here = (message: string) => [{ pointer: toPointer(path), message, code: 'invalid_string' }];
  if (typeof value === 'string')
    return CONTROL_CHARACTER.test(value) ? here('Caractère de contrôle non autorisé') : [];
  if (typeof value !== 'object' || value === null) return [];
  if (path.length >= MAX_DEPTH) return here('Données trop imbriquées');
  return Object.entries(value).flatMap(([key, item]) =>
    CONTROL_CHARACTER.test(key)
      ? [{ pointer: toPointer([...path, key]), message: 'Caractère de contrôle non autorisé' }]
      : controlCharacters(item, [...path, key]),
  );
}

/**
 * `input` checked by `schema`, or a problem naming each field at fault: a control character in any
 * string of a body or a query is refused here, once for every schema.
 */
export function parseOr<T extends z.ZodType>(
  schema: T,
  input: unknown,
  status: 400 | 422 = 422,
): z.infer<T> {
  const unreadable = controlCharacters(input);
  if (unreadable.length)
    throw new ProblemError(
      problem(status, 'Certains champs sont invalides.', { errors: unreadable }),
    );
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ProblemError(validationProblem(parsed.error, status));
  return parsed.data;
}

/**
 * The version the client last read, from If-Match: 428 without it, 409 when stale, with the
 * record as it is now so the client can reapply its change.
 */
export function checkIfMatch(header: string | null | undefined, current: { version: number }) {
  if (!header) return fail(428, 'Envoyez la version lue dans l’en-tête If-Match.');
  const version = Number(header.replace(/^W\//, '').replace(/"/g, ''));
  if (!Number.isInteger(version)) return fail(400, 'If-Match doit contenir un numéro de version.');
  if (version !== current.version) {
    return fail(409, 'Ce dossier a été modifié par quelqu’un d’autre entre-temps.', {
      current: current as unknown as Record<string, unknown>,
    });
  }
}
