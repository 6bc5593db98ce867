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

type ReferralShape = {
  birthDate: z.ZodType<string | undefined>;
  postalCode: z.ZodType<string | undefined>;
};

/**
 * A referral schema that also checks what the contract cannot say: the birth date within the
 * association's age range, and a postal code that exists. The checks sit on the fields, so one
 * 422 lists them with every other invalid field.
 */
export function withReferralRules<S extends z.ZodObject<ReferralShape>>(
  schema: S,
  context: ReferralRuleContext,
): S {
  // Piped, so a rule sees only a value its field's own schema accepted.
  const ruled = (
    field: z.ZodType<string | undefined>,
    problemOf: (value: string) => string | null,
  ) =>
    field.pipe(
      z.custom<string | undefined>().superRefine((value, ctx) => {
        const message = value === undefined ? null : problemOf(value);
        if (message) ctx.addIssue({ code: 'custom', message });
      }),
    );
  return schema.extend({
    birthDate: ruled(schema.shape.birthDate, (date) => ageRangeProblem(date, context)),
    postalCode: ruled(schema.shape.postalCode, (code) =>
      context.gazetteer.communesOf(code).length ? null : UNKNOWN_POSTAL_CODE,
    ),
  }) as unknown as S;
}
