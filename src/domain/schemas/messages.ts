import type { z } from 'zod';

const count = (n: number | bigint, one: string, many: string) =>
  `${n.toLocaleString('fr-FR')} ${Number(n) > 1 ? many : one}`;

const FORMATS: Record<string, string> = {
  date: 'Date au format jj/mm/aaaa',
  datetime: 'Date et heure invalides',
  time: 'Heure au format hh:mm',
  email: 'Adresse e-mail invalide',
};

/**
 * What a person reads when a value is refused: a short sentence that says what to do, in French.
 * A schema's own message (`{ error }`) wins; what is not covered here falls back to Zod's French.
 */
export const frenchMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'Champ obligatoire';
      if (issue.expected === 'number' || issue.expected === 'int') return 'Indiquez un nombre';
      return 'Valeur invalide';
    case 'too_small': {
      const min = Number(issue.minimum) + (issue.inclusive === false ? 1 : 0);
      if (issue.origin === 'string')
        return min <= 1 ? 'Champ obligatoire' : `Au moins ${count(min, 'caractère', 'caractères')}`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `Choisissez-en au moins ${min.toLocaleString('fr-FR')}`;
      return `Au moins ${min.toLocaleString('fr-FR')}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum) - (issue.inclusive === false ? 1 : 0);
      if (issue.origin === 'string') return `${count(max, 'caractère', 'caractères')} au plus`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `${max.toLocaleString('fr-FR')} au plus`;
      return `Au plus ${max.toLocaleString('fr-FR')}`;
    }
    case 'invalid_format':
      return FORMATS[issue.format] ?? 'Format invalide';
    case 'invalid_value':
      return 'Choisissez une valeur de la liste';
    case 'unrecognized_keys':
      return `Champ inconnu : ${issue.keys.join(', ')}`;
    default:
      return undefined;
  }
};
