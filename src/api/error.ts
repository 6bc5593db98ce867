import type { components } from './schema.gen';

export type Problem = components['schemas']['Problem'];

/** The one error the API client throws: the HTTP status (0 when the network failed) and the problem body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }

  static network(cause: unknown): ApiError {
    const error = new ApiError(0, {
      type: 'about:blank',
      title: 'Serveur injoignable',
      status: 0,
      detail: 'Vérifiez votre connexion puis réessayez.',
    });
    error.cause = cause;
    return error;
  }

  /** Field messages keyed by JSON pointer (`/email`), for forms. */
  get fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.problem.errors ?? []).map((e) => [e.pointer, e.message]));
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
