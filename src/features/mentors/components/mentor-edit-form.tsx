import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack } from '@mantine/core';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { isApiError } from '../../../api/error';
import { applyFieldErrors, hasFieldErrors } from '../../../api/form-errors';
import type { Mentor } from '../../../api/types';
import { ConflictAlert } from '../../../components/conflict-alert';
import { ErrorState } from '../../../components/query-state';
import { t } from '../../../lib/i18n';
import { useUpdateMentor } from '../api/mentors';
import {
  MentorFields,
  MentorFieldsSchema,
  ScreeningFields,
  ScreeningSchema,
  type MentorFieldValues,
  type ScreeningValues,
} from './mentor-fields';

/** Every field of the mentor, screening and training included, with the contract's rules. */
const EditForm = MentorFieldsSchema.and(ScreeningSchema);
type Values = MentorFieldValues & ScreeningValues;
type Output = z.output<typeof EditForm>;

const valuesOf = (m: Mentor): Values => ({
  firstName: m.firstName,
  lastName: m.lastName,
  gender: m.gender,
  email: m.email,
  phone: m.phone ?? '',
  postalCode: m.postalCode,
  commune: m.commune,
  occupation: m.occupation,
  sector: m.sector ?? '',
  jobTitle: m.jobTitle ?? '',
  employer: m.employer ?? '',
  expertise: m.expertise,
  languages: m.languages,
  modalities: m.modalities,
  hoursPerMonth: m.hoursPerMonth,
  preferredSlots: m.preferredSlots,
  capacity: m.capacity,
  menteeAgeMin: m.menteeAgeMin,
  menteeAgeMax: m.menteeAgeMax,
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

  /** Only what differs from the record goes out, on top of `version`. */
  const send = (values: Output, version: number) => {
    const changes = Object.fromEntries(
      Object.entries(values).filter(
        ([key, value]) => JSON.stringify(value) !== JSON.stringify(mentor[key as keyof Mentor]),
      ),
    );
    if (!Object.keys(changes).length) return onDone();
    update.mutate(
      { id: mentor.id, version, changes },
      { onSuccess: onDone, onError: (e) => applyFieldErrors(e, form.setError) },
    );
  };
  const submit = form.handleSubmit((values) => send(values, mentor.version));

  return (
    <form onSubmit={submit} noValidate aria-label={t.mentors.edit}>
      <Stack gap="md">
        <ScreeningFields form={form} />
        <MentorFields form={form} />
        {conflict ? (
          <ConflictAlert
            onApplyMine={form.handleSubmit((values) => send(values, conflict.version))}
            onDropMine={onDone}
          />
        ) : (
          update.isError &&
          !hasFieldErrors(update.error) && (
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
