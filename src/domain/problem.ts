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
  422: 'Données invalides',
  428: 'Version manquante',
  429: 'Trop de tentatives',
  500: 'Erreur interne',
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
