import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Controller, useForm, type Path } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { applyFieldErrors, hasFieldErrors } from '../../../api/form-errors';
import { settingsQuery } from '../../../api/shared-queries';
import { PageHeader } from '../../../components/page-header';
import { PlaceFields } from '../../../components/place-fields';
import { ErrorState } from '../../../components/query-state';
import { GENDERS, MODALITIES, NEEDS, OCCUPATIONS, TIME_SLOTS } from '../../../domain/enums';
import { MentorInput } from '../../../domain/schemas';
import { DEFAULT_SETTINGS } from '../../../domain/settings';
import { t } from '../../../lib/i18n';
import { options } from '../../../lib/options';
import { useCreateMentor } from '../api/mentors';

const blank = (v: string) => (v.trim() ? v : null);

/** The contract's rules; blank optional text means none. Screening and training come later. */
const NewMentorForm = MentorInput.omit({ honorabilityCheck: true, training: true }).extend({
  phone: z.string().transform(blank).pipe(MentorInput.shape.phone),
  sector: z.string().transform(blank).pipe(MentorInput.shape.sector),
  jobTitle: z.string().transform(blank).pipe(MentorInput.shape.jobTitle),
  employer: z.string().transform(blank).pipe(MentorInput.shape.employer),
});
type Values = z.input<typeof NewMentorForm>;

const LANGUAGES = Object.entries(t.labels.language).map(([value, label]) => ({ value, label }));

export function NewMentorPage() {
  const navigate = useNavigate();
  const settings = useQuery(settingsQuery).data ?? DEFAULT_SETTINGS;
  const create = useCreateMentor();
  const form = useForm<Values, unknown, z.output<typeof NewMentorForm>>({
    resolver: zodResolver(NewMentorForm),
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
  const error = (name: Path<Values>) => form.getFieldState(name, form.formState).error?.message;
  const text = (name: Path<Values>) => ({ ...form.register(name), error: error(name) });
  const submit = form.handleSubmit((values) =>
    create.mutate(
      { ...values, honorabilityCheck: null, training: null },
      {
        onSuccess: (created) => navigate(`/mentors/${created.id}`),
        onError: (e) => applyFieldErrors(e, form.setError),
      },
    ),
  );
  const select = (name: Path<Values>, label: string, data: { value: string; label: string }[]) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Select
          label={label}
          required
          allowDeselect={false}
          data={data}
          value={field.value as string}
          onChange={field.onChange}
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

  return (
    <>
      <PageHeader title={t.mentors.create} />
      <form onSubmit={submit} noValidate aria-label={t.mentors.create}>
        <Stack gap="lg" maw={900}>
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
                {select(
                  'occupation',
                  t.mentors.occupation,
                  options(OCCUPATIONS, t.labels.occupation),
                )}
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
