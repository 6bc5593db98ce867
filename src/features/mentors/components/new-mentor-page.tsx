import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import { applyFieldErrors, hasFieldErrors } from '../../../api/form-errors';
import { settingsQuery } from '../../../api/shared-queries';
import { PageHeader } from '../../../components/page-header';
import { ErrorState } from '../../../components/query-state';
import { DEFAULT_SETTINGS } from '../../../domain/settings';
import { t } from '../../../lib/i18n';
import { useCreateMentor } from '../api/mentors';
import { MentorFields, MentorFieldsSchema, type MentorFieldValues } from './mentor-fields';

/** A new candidate; screening and training are recorded later, on their page. */
export function NewMentorPage() {
  const navigate = useNavigate();
  const settings = useQuery(settingsQuery).data ?? DEFAULT_SETTINGS;
  const create = useCreateMentor();
  const form = useForm<MentorFieldValues, unknown, z.output<typeof MentorFieldsSchema>>({
    resolver: zodResolver(MentorFieldsSchema),
    defaultValues: {
      firstName: '',
      lastName: '',
      gender: 'UNSPECIFIED',
      email: '',
      phone: '',
      postalCode: '',
      commune: '',
      occupation: 'EMPLOYEE',
      sector: '',
      jobTitle: '',
      employer: '',
      expertise: [],
      languages: ['fr'],
      modalities: [],
      hoursPerMonth: 4,
      preferredSlots: [],
      capacity: 1,
      menteeAgeMin: settings.menteeAgeMin,
      menteeAgeMax: settings.menteeAgeMax,
    },
  });
  const submit = form.handleSubmit((values) =>
    create.mutate(
      { ...values, honorabilityCheck: null, training: null },
      {
        onSuccess: (created) => navigate(`/mentors/${created.id}`),
        onError: (e) => applyFieldErrors(e, form.setError),
      },
    ),
  );

  return (
    <>
      <PageHeader title={t.mentors.create} />
      <form onSubmit={submit} noValidate aria-label={t.mentors.create}>
        <Stack gap="lg" maw={900}>
          <MentorFields form={form} />
          {Object.keys(form.formState.errors).length > 0 && (
            <Alert color="red" role="alert">
              {t.intake.invalid}
            </Alert>
          )}
          {create.isError && !hasFieldErrors(create.error) && (
            <ErrorState error={create.error} onRetry={() => void submit()} />
          )}
          <Text size="sm" c="dimmed">
            {t.mentors.createHint}
          </Text>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t.mentors.save}
            </Button>
            <Button component={Link} to="/mentors" variant="subtle">
              {t.intake.cancel}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
