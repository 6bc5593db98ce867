import { departmentOf } from './geography';
import { hasFreePlace, honorabilityStatus } from './matching';
import type { MentorListQuery } from './queries';
import type { z } from 'zod';
import type { Gazetteer } from './gazetteer';
import { fail, toPointer } from './problem';
import { ALWAYS, checkCommune, postalCodeProblem, withFieldRule } from './referral-rules';
import { MentorInput } from './schemas';
import { searchKey } from './search';
import type { Mentor, Settings } from './types';

/** A new candidate: an applicant with no pair and no account yet. */
export function newMentor(input: z.infer<typeof MentorInput>, id: string, now: string): Mentor {
  return {
    ...input,
    id,
    version: 1,
    status: 'APPLICANT',
    department: departmentOf(input.postalCode),
    activePairs: 0,
    userId: null,
    createdAt: now,
    updatedAt: now,
    anonymisedAt: null,
  };
}

/** The text a mentor search looks in: name and email, accent-free. */
export const mentorSearchText = (m: Pick<Mentor, 'firstName' | 'lastName' | 'email'>) =>
  searchKey(`${m.firstName} ${m.lastName} ${m.email}`);

type HonorabilitySettings = Pick<Settings, 'honorabilityValidityYears' | 'honorabilityWarningDays'>;

/** The mentors list filters, as the server's SQL applies them (server/routes/mentors.ts). */
export function mentorMatches(
  m: Mentor,
  q: MentorListQuery,
  settings: HonorabilitySettings,
  today: Date,
): boolean {
  const any = <T>(wanted: T[], value: T | T[]) =>
    !wanted.length ||
    (Array.isArray(value) ? value.some((v) => wanted.includes(v)) : wanted.includes(value));
  return (
    any(q.status, m.status) &&
    any(q.expertise, m.expertise) &&
    any(q.modality, m.modalities) &&
    any(q.language, m.languages) &&
    any(q.department, m.department) &&
    (!q.sector || searchKey(m.sector ?? '').includes(searchKey(q.sector))) &&
    (q.freeCapacity === undefined || hasFreePlace(m) === q.freeCapacity) &&
    (!q.honorability ||
      honorabilityStatus(m.honorabilityCheck, settings, today) === q.honorability) &&
    (q.trained === undefined || (m.training !== null) === q.trained) &&
    (!q.q || mentorSearchText(m).includes(searchKey(q.q)))
  );
}

export interface MentorRuleContext {
  gazetteer: Gazetteer;
}

export const AGE_RANGE_UPSIDE_DOWN = 'L’âge maximum doit être au moins égal à l’âge minimum';

/**
 * The mentee age range of a mentor as it will be once changed: refused upside down, on its
 * maximum. Backends call it on the record merged with an edit, which the schema cannot see.
 */
export function checkMenteeAgeRange(m: { menteeAgeMin: number; menteeAgeMax: number }) {
  if (m.menteeAgeMin > m.menteeAgeMax)
    fail(422, 'Certains champs sont invalides.', {
      errors: [{ pointer: '/menteeAgeMax', message: AGE_RANGE_UPSIDE_DOWN }],
    });
}

/**
 * A mentor schema that also checks what the contract cannot say: a postal code that exists, and
 * a mentee age range that is a range.
 */
export function withMentorRules<S extends z.ZodObject<MentorShape>>(
  schema: S,
  { gazetteer }: MentorRuleContext,
): S {
  return schema
    .extend({
      postalCode: withFieldRule(schema.shape.postalCode, (code) =>
        postalCodeProblem(gazetteer, code),
      ),
    })
    .superRefine((m, ctx) => {
      checkCommune(gazetteer, m, ctx);
      const { menteeAgeMin: min, menteeAgeMax: max } = m as {
        menteeAgeMin?: number;
        menteeAgeMax?: number;
      };
      if (min !== undefined && max !== undefined && min > max)
        ctx.addIssue({ code: 'custom', path: ['menteeAgeMax'], message: AGE_RANGE_UPSIDE_DOWN });
    }, ALWAYS) as unknown as S;
}

type MentorShape = { postalCode: z.ZodType<string | undefined> };

export interface ImportCheck {
  /** Rows to create, with their 1-based number in the request. */
  valid: { row: number; input: z.infer<typeof MentorInput> }[];
  errors: { row: number; pointer: string; message: string }[];
  duplicates: { row: number; email: string; existingId: string }[];
}

/**
 * Sorts imported rows into those to create, those with errors (each on its field) and those whose
 * email is already a mentor of the association (reported, never doubled). An email repeated
 * within the file is an error on its later rows.
 */
export function checkImportRows(
  rows: Record<string, unknown>[],
  context: MentorRuleContext,
  existingByEmail: Map<string, string>,
): ImportCheck {
  const schema = withMentorRules(MentorInput, context);
  const result: ImportCheck = { valid: [], errors: [], duplicates: [] };
  const firstRowOf = new Map<string, number>();
  rows.forEach((raw, index) => {
    const row = index + 1;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        result.errors.push({ row, pointer: toPointer(issue.path), message: issue.message });
      return;
    }
    const email = parsed.data.email.toLowerCase();
    const existingId = existingByEmail.get(email);
    if (existingId) return void result.duplicates.push({ row, email, existingId });
    const first = firstRowOf.get(email);
    if (first)
      return void result.errors.push({
        row,
        pointer: '/email',
        message: `Cet e-mail figure déjà ligne ${first} du fichier`,
      });
    firstRowOf.set(email, row);
    result.valid.push({ row, input: parsed.data });
  });
  return result;
}
