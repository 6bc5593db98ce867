import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { Controller, useForm, type Path } from 'react-hook-form';
import { z } from 'zod';
import { isApiError } from '../../../api/error';
import { applyFieldErrors } from '../../../api/form-errors';
import type { Mentor } from '../../../api/types';
import { PlaceFields } from '../../../components/place-fields';
import { ErrorState } from '../../../components/query-state';
import { HONORABILITY_RESULTS, HONORABILITY_TYPES, TRAINING_FORMATS } from '../../../domain/enums';
import { HonorabilityCheck, MentorInput, Training } from '../../../domain/schemas';
import { t } from '../../../lib/i18n';
import { options } from '../../../lib/options';
import { useUpdateMentor } from '../api/mentors';

const blankToNull = (v: string | undefined) => (v?.trim() ? v : null);

/** Contact, place, capacity, and what screening and training record; blank means none. */
const EditForm = z
  .object({
    email: MentorInput.shape.email,
    phone: z.string().transform(blankToNull).pipe(MentorInput.shape.phone),
    postalCode: MentorInput.shape.postalCode,
    commune: MentorInput.shape.commune,
    capacity: MentorInput.shape.capacity,
    hoursPerMonth: MentorInput.shape.hoursPerMonth,
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
      ...v,
      honorabilityCheck: group('honorabilityCheck', v.honorabilityCheck, HonorabilityCheck),
      training: group('training', v.training, Training),
    };
  });
type Values = z.input<typeof EditForm>;
type Output = z.output<typeof EditForm>;
const FIELDS = [
  'email',
  'phone',
  'postalCode',
  'commune',
  'capacity',
  'hoursPerMonth',
  'honorabilityCheck',
  'training',
] as const;

const valuesOf = (m: Mentor): Values => ({
  email: m.email,
  phone: m.phone ?? '',
  postalCode: m.postalCode,
  commune: m.commune,
  capacity: m.capacity,
  hoursPerMonth: m.hoursPerMonth,
  honorabilityCheck: m.honorabilityCheck ?? { type: '', date: '', result: '' },
  training: m.training ?? { date: '', format: '' },
});

export function MentorEditForm({ mentor, onDone }: { mentor: Mentor; onDone: () => void }) {
  const update = useUpdateMentor();
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(EditForm),
    defaultValues: valuesOf(mentor),
  });
  const conflict =
    isApiError(update.error, 409) && update.error.problem.current
      ? (update.error.problem.current as unknown as Mentor)
      : null;
  const error = (name: Path<Values>) => form.getFieldState(name, form.formState).error?.message;

  /** Only what differs from the record goes out, on top of `version`. */
  const send = (values: Output, version: number) => {
    const changes = Object.fromEntries(
      FIELDS.filter((f) => JSON.stringify(values[f]) !== JSON.stringify(mentor[f])).map((f) => [
        f,
        values[f],
      ]),
    );
    if (!Object.keys(changes).length) return onDone();
    update.mutate(
      { id: mentor.id, version, changes },
      { onSuccess: onDone, onError: (e) => applyFieldErrors(e, form.setError) },
    );
  };
  const submit = form.handleSubmit((values) => send(values, mentor.version));
  const select = (name: Path<Values>, label: string, data: { value: string; label: string }[]) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Select
          label={label}
          data={data}
          value={(field.value as string) || null}
          onChange={(v) => field.onChange(v ?? '')}
          onBlur={field.onBlur}
          clearable
          error={error(name)}
        />
      )}
    />
  );
  const number = (name: 'capacity' | 'hoursPerMonth', label: string, max: number) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <NumberInput
          label={label}
          required
          min={1}
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

  return (
    <form onSubmit={submit} noValidate aria-label={t.mentors.edit}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t.referral.email}
            type="email"
            required
            {...form.register('email')}
            error={error('email')}
          />
          <TextInput
            label={t.referral.phone}
            type="tel"
            {...form.register('phone')}
            error={error('phone')}
          />
          <PlaceFields form={form} />
          {number('capacity', t.mentors.capacity, 5)}
          {number('hoursPerMonth', t.mentors.hoursLabel, 40)}
        </SimpleGrid>
        <Fieldset legend={t.mentors.honorabilityCheck}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {select(
              'honorabilityCheck.type',
              t.mentors.checkType,
              options(HONORABILITY_TYPES, t.labels.honorabilityType),
            )}
            <TextInput
              label={t.mentors.checkDate}
              type="date"
              {...form.register('honorabilityCheck.date')}
              error={error('honorabilityCheck.date')}
            />
            {select(
              'honorabilityCheck.result',
              t.mentors.checkResult,
              options(HONORABILITY_RESULTS, t.labels.honorabilityResult),
            )}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t.mentors.training}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t.mentors.trainingDate}
              type="date"
              {...form.register('training.date')}
              error={error('training.date')}
            />
            {select(
              'training.format',
              t.mentors.trainingFormat,
              options(TRAINING_FORMATS, t.labels.trainingFormat),
            )}
          </SimpleGrid>
        </Fieldset>
        {conflict ? (
          <Alert color="orange" role="alert" title={t.edit.conflictTitle}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t.edit.conflictBody}</Text>
              <Group gap="xs">
                <Button size="xs" onClick={form.handleSubmit((v) => send(v, conflict.version))}>
                  {t.edit.keepMine}
                </Button>
                <Button size="xs" variant="default" onClick={onDone}>
                  {t.edit.dropMine}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : (
          update.isError &&
          !isApiError(update.error, 422) && (
            <ErrorState error={update.error} onRetry={() => void submit()} />
          )
        )}
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t.edit.save}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t.referral.cancel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
