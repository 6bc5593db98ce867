import {
  Checkbox,
  Fieldset,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { Controller, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { PlaceFields } from '../../../components/place-fields';
import {
  GENDERS,
  HONORABILITY_RESULTS,
  HONORABILITY_TYPES,
  MODALITIES,
  NEEDS,
  OCCUPATIONS,
  TIME_SLOTS,
  TRAINING_FORMATS,
} from '../../../domain/enums';
import { HonorabilityCheck, MentorInput, Training } from '../../../domain/schemas';
import { t } from '../../../lib/i18n';
import { options } from '../../../lib/options';

// The fields of a mentor, for creating and editing alike: the contract's rules, where blank
// optional text means none.

const blank = (v: string) => (v.trim() ? v : null);

export const MentorFieldsSchema = MentorInput.omit({
  honorabilityCheck: true,
  training: true,
}).extend({
  phone: z.string().transform(blank).pipe(MentorInput.shape.phone),
  sector: z.string().transform(blank).pipe(MentorInput.shape.sector),
  jobTitle: z.string().transform(blank).pipe(MentorInput.shape.jobTitle),
  employer: z.string().transform(blank).pipe(MentorInput.shape.employer),
});
export type MentorFieldValues = z.input<typeof MentorFieldsSchema>;

/** Screening and training: all of a group, or none of it. */
export const ScreeningSchema = z
  .object({
    honorabilityCheck: z.object({ type: z.string(), date: z.string(), result: z.string() }),
    training: z.object({ date: z.string(), format: z.string() }),
  })
  .transform((v, ctx) => {
    const group = <T extends z.ZodType>(name: string, value: Record<string, string>, schema: T) => {
      if (Object.values(value).every((x) => !x)) return null;
      const parsed = schema.safeParse(value);
      if (parsed.success) return parsed.data as z.output<T>;
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: 'custom', path: [name, ...issue.path], message: t.mentors.complete });
      return z.NEVER;
    };
    return {
      honorabilityCheck: group('honorabilityCheck', v.honorabilityCheck, HonorabilityCheck),
      training: group('training', v.training, Training),
    };
  });
export type ScreeningValues = z.input<typeof ScreeningSchema>;

const LANGUAGES = Object.entries(t.labels.language).map(([value, label]) => ({ value, label }));

type Values = MentorFieldValues & Partial<ScreeningValues>;

/** Renderers bound to one form: each field's control, label and error. */
function useRenderers<T extends FieldValues & Values, Out extends FieldValues>(props: {
  form: UseFormReturn<T, unknown, Out>;
}) {
  // The form may have more fields than these; this module only touches these.
  const form = props.form as unknown as UseFormReturn<Values>;
  const error = (name: Path<Values>) => form.getFieldState(name, form.formState).error?.message;
  const text = (name: Path<Values>) => ({ ...form.register(name), error: error(name) });
  const select = (
    name: Path<Values>,
    label: string,
    data: { value: string; label: string }[],
    required = true,
  ) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Select
          label={label}
          required={required}
          allowDeselect={false}
          clearable={!required}
          data={data}
          value={(field.value as string) || null}
          onChange={(v) => field.onChange(v ?? '')}
          onBlur={field.onBlur}
          error={error(name)}
        />
      )}
    />
  );
  const checks = (
    name: Path<Values>,
    label: string,
    data: { value: string; label: string }[],
    required = false,
  ) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Checkbox.Group
          label={label}
          withAsterisk={required}
          value={field.value as string[]}
          onChange={field.onChange}
          error={error(name)}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
            {data.map((o) => (
              <Checkbox key={o.value} value={o.value} label={o.label} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      )}
    />
  );
  const number = (name: Path<Values>, label: string, min: number, max: number) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <NumberInput
          label={label}
          required
          min={min}
          max={max}
          allowDecimal={false}
          value={field.value as number}
          onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v))}
          onBlur={field.onBlur}
          error={error(name)}
        />
      )}
    />
  );

  return { form, error, text, select, checks, number };
}

/** Identity, contact, profile and availability. */
export function MentorFields<T extends FieldValues & Values, Out extends FieldValues>(props: {
  form: UseFormReturn<T, unknown, Out>;
}) {
  const { form, error, text, select, checks, number } = useRenderers(props);
  return (
    <>
      <Fieldset legend={t.intake.identity}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t.edit.firstName} required {...text('firstName')} />
          <TextInput label={t.edit.lastName} required {...text('lastName')} />
          {select('gender', t.intake.gender, options(GENDERS, t.labels.gender))}
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t.intake.contact}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t.referral.email} type="email" required {...text('email')} />
          <TextInput label={t.referral.phone} type="tel" {...text('phone')} />
          <PlaceFields form={form} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t.mentors.profile}>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {select('occupation', t.mentors.occupation, options(OCCUPATIONS, t.labels.occupation))}
            <TextInput label={t.mentors.sector} {...text('sector')} />
            <TextInput label={t.mentors.jobTitle} {...text('jobTitle')} />
            <TextInput label={t.mentors.employer} {...text('employer')} />
          </SimpleGrid>
          {checks('expertise', t.mentors.expertise, options(NEEDS, t.labels.need))}
          <Controller
            control={form.control}
            name="languages"
            render={({ field }) => (
              <MultiSelect
                label={t.intake.languages}
                searchable
                data={LANGUAGES}
                value={field.value}
                onChange={field.onChange}
                error={error('languages')}
                maw={420}
              />
            )}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t.mentors.availability}>
        <Stack gap="md">
          {checks(
            'modalities',
            t.mentors.modality,
            options(MODALITIES, t.labels.mentorModality),
            true,
          )}
          {checks('preferredSlots', t.mentors.slots, options(TIME_SLOTS, t.labels.timeSlot))}
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            {number('hoursPerMonth', t.mentors.hoursLabel, 1, 40)}
            {number('capacity', t.mentors.capacity, 1, 5)}
            {number('menteeAgeMin', t.mentors.ageMin, 13, 30)}
            {number('menteeAgeMax', t.mentors.ageMax, 13, 30)}
          </SimpleGrid>
        </Stack>
      </Fieldset>
    </>
  );
}

/** The honorability check and the training, as recorded (never the documents). */
export function ScreeningFields<T extends FieldValues & Values, Out extends FieldValues>(props: {
  form: UseFormReturn<T, unknown, Out>;
}) {
  const { text, select } = useRenderers(props);
  return (
    <>
      <Fieldset legend={t.mentors.honorabilityCheck}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {select(
            'honorabilityCheck.type',
            t.mentors.checkType,
            options(HONORABILITY_TYPES, t.labels.honorabilityType),
            false,
          )}
          <TextInput label={t.mentors.checkDate} type="date" {...text('honorabilityCheck.date')} />
          {select(
            'honorabilityCheck.result',
            t.mentors.checkResult,
            options(HONORABILITY_RESULTS, t.labels.honorabilityResult),
            false,
          )}
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t.mentors.training}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t.mentors.trainingDate} type="date" {...text('training.date')} />
          {select(
            'training.format',
            t.mentors.trainingFormat,
            options(TRAINING_FORMATS, t.labels.trainingFormat),
            false,
          )}
        </SimpleGrid>
      </Fieldset>
    </>
  );
}
