import { z } from 'zod';
import { frenchMessage } from './messages';

// Messages in French: they reach users through forms and problem+json alike.
z.config({ ...z.locales.fr(), customError: frenchMessage });

/** Every schema registered here becomes `#/components/schemas/<id>` in api/openapi.yaml. */
export const apiSchemas = z.registry<{ id: string; description?: string }>();

export function api<T extends z.ZodType>(id: string, schema: T, description?: string): T {
  apiSchemas.add(schema, description ? { id, description } : { id });
  return schema;
}

export const Id = api(
  'Id',
  z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'Identifiant invalide' }),
  'Opaque record identifier',
);

export const Version = api(
  'Version',
  z.int().min(1),
  'Incremented by every update; sent back in If-Match to detect concurrent edits',
);

export const IsoDate = z.iso.date();
export const IsoDateTime = z.iso.datetime({ offset: true });

export const Email = z.email({ error: 'Adresse e-mail invalide' }).max(254);

export const Phone = z
  .string()
  .regex(/^(?:\+33 ?|0)[1-9](?:[ .-]?\d{2}){4}$/, { error: 'Numéro de téléphone invalide' });

export const PostalCode = z
  .string()
  .regex(/^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$/, { error: 'Code postal invalide (5 chiffres)' });

/** Spaces, and characters that show nothing (zero-width, soft hyphen, direction marks…). */
const INVISIBLE =
  /^(?:[\s\u00AD\u115F\u1160\u180E\u200B-\u200F\u2060-\u206F\u3164\uFEFF]|\u034F)*$/u;

/**
 * A text that must say something: trimmed, and not made only of invisible characters. `missing`
 * says what to enter when it is left blank.
 */
export const requiredText = (max: number, missing = 'Champ obligatoire') =>
  z
    .string({ error: (issue) => (issue.input === undefined ? missing : undefined) })
    .trim()
    .min(1, { error: missing, abort: true })
    .max(max)
    .refine((text) => !INVISIBLE.test(text), { error: missing });

export const FirstName = requiredText(100, 'Indiquez le prénom');
export const LastName = requiredText(100, 'Indiquez le nom');

export const ShortText = z.string().max(2000);

/** RFC 9457 problem details, with one pointer per invalid field. */
export const FieldError = api(
  'FieldError',
  z.object({
    pointer: z.string().meta({ description: 'JSON pointer to the field, e.g. /email' }),
    message: z.string(),
    code: z.string().optional(),
  }),
);

export const Problem = api(
  'Problem',
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string().optional(),
    errors: z.array(FieldError).optional(),
    current: z
      .record(z.string(), z.unknown())
      .optional()
      .meta({ description: 'On 409: the record as it is now, so the client can reapply' }),
  }),
);

export function pageOf<T extends z.ZodType>(id: string, item: T) {
  return api(
    id,
    z.object({
      items: z.array(item),
      total: z.int().min(0),
      page: z.int().min(1),
      pageSize: z.int().min(1),
    }),
  );
}

export const PAGE_SIZE_MAX = 200;
export const PAGE_SIZE_DEFAULT = 50;

/** Query-string paging shared by every list endpoint. */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
  sort: z.string().max(50).optional(),
  q: z.string().trim().max(100).optional(),
});
