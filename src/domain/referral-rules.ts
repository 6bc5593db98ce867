import { z } from 'zod';
import { ageOn } from './age';
import type { Gazetteer } from './gazetteer';
import type { Settings } from './types';

export interface ReferralRuleContext {
  settings: Pick<Settings, 'menteeAgeMin' | 'menteeAgeMax'>;
  today: Date;
  gazetteer: Gazetteer;
}

/** Why a birth date falls outside the association's age range (13 to 25 by default, up to 30). */
export function ageRangeProblem(birthDate: string, { settings, today }: ReferralRuleContext) {
  const age = ageOn(birthDate, today);
  const { menteeAgeMin: min, menteeAgeMax: max } = settings;
  return age < min || age > max
    ? `L’âge doit être entre ${min} et ${max} ans (ici ${age} ans)`
    : null;
}

export const UNKNOWN_POSTAL_CODE = 'Ce code postal n’existe pas';

/** Why a well-formed postal code is refused: it is not in the official geography. */
export const postalCodeProblem = (gazetteer: Gazetteer, code: string) =>
  gazetteer.communesOf(code).length ? null : UNKNOWN_POSTAL_CODE;

export const COMMUNE_NOT_AT_POSTAL_CODE = 'Cette commune n’a pas ce code postal';

/** Names compared as people write them: without case, accents, hyphens or apostrophes. */
const nameKey = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-'’\s]+/g, ' ')
    .trim();

/** Why a commune is refused: the (existing) postal code does not serve it. */
export function communeProblem(gazetteer: Gazetteer, postalCode: string, commune: string) {
  const served = gazetteer.communesOf(postalCode);
  if (!served.length) return null; // the postal code's own rule says why
  const key = nameKey(commune);
  return served.some((c) => nameKey(c.name) === key) ? null : COMMUNE_NOT_AT_POSTAL_CODE;
}

/**
 * An object's rule that runs even when some fields are invalid (one 422 lists every problem),
 * but only on an object: a `null` or an array body is refused for what it is.
 */
export const ALWAYS = {
  when: (payload: { value: unknown }) =>
    typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value),
};

/** The commune checked against the postal code, when a record gives both (valid or not). */
export function checkCommune(
  gazetteer: Gazetteer,
  record: { postalCode?: unknown; commune?: unknown },
  ctx: z.RefinementCtx,
) {
  const { postalCode, commune } = record;
  if (typeof postalCode !== 'string' || typeof commune !== 'string') return;
  const message = communeProblem(gazetteer, postalCode, commune);
  if (message) ctx.addIssue({ code: 'custom', path: ['commune'], message });
}

/**
 * A field's schema with one more rule. Piped, so the rule sees only a value the field's own
 * schema accepted, and its problem lands on that field beside every other one.
 */
export const withFieldRule = (
  field: z.ZodType<string | undefined>,
  problemOf: (value: string) => string | null,
) =>
  field.pipe(
    z.custom<string | undefined>().superRefine((value, ctx) => {
      const message = value === undefined ? null : problemOf(value);
      if (message) ctx.addIssue({ code: 'custom', message });
    }),
  );

type ReferralShape = {
  birthDate: z.ZodType<string | undefined>;
  postalCode: z.ZodType<string | undefined>;
};

/**
 * A referral schema that also checks what the contract cannot say: the birth date within the
 * association's age range, a postal code that exists, and a commune it serves. The checks sit on
 * the fields, so one 422 lists them with every other invalid field.
 */
export function withReferralRules<S extends z.ZodObject<ReferralShape>>(
  schema: S,
  context: ReferralRuleContext,
): S {
  return schema
    .extend({
      birthDate: withFieldRule(schema.shape.birthDate, (date) => ageRangeProblem(date, context)),
      postalCode: withFieldRule(schema.shape.postalCode, (code) =>
        postalCodeProblem(context.gazetteer, code),
      ),
    })
    .superRefine(
      (record, ctx) => checkCommune(context.gazetteer, record, ctx),
      ALWAYS,
    ) as unknown as S;
}
