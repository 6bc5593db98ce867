import { z } from 'zod';
import { Consents, LegalGuardian } from '../../../domain/schemas';
import { t } from '../../../lib/i18n';

/** A text field where blank means none. */
export const blankable = <T extends z.ZodType<unknown, string | null>>(schema: T) =>
  z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? v : null))
    .pipe(schema);

/** The guardian's fields as typed: all blank means no guardian. */
export const GuardianForm = z
  .object({
    name: z.string().optional(),
    email: z.string().optional(),
    phone: z.string().optional(),
    consentDate: z.string().optional(),
  })
  .optional()
  .transform((g) => (g && Object.values(g).some((v) => v?.trim()) ? g : null))
  .pipe(
    LegalGuardian.extend({
      email: blankable(LegalGuardian.shape.email),
      phone: blankable(LegalGuardian.shape.phone),
      consentDate: blankable(LegalGuardian.shape.consentDate),
    }).nullable(),
  );

/** The person's consents: processing is what the association may not do without. */
export const ConsentsForm = Consents.extend({
  processing: z.boolean().refine((given) => given, { error: t.intake.processingRequired }),
});

/** A guardian as the form shows it: blanks for what is not known. */
export const guardianValues = (guardian: z.input<typeof LegalGuardian> | null) => ({
  name: guardian?.name ?? '',
  email: guardian?.email ?? '',
  phone: guardian?.phone ?? '',
  consentDate: guardian?.consentDate ?? '',
});
