import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Group,
  List,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import {
  Controller,
  useForm,
  useWatch,
  type Control,
  type DefaultValues,
  type Path,
} from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { applyFieldErrors, hasFieldErrors } from '../../../api/form-errors';
import { PageHeader } from '../../../components/page-header';
import { PlaceFields } from '../../../components/place-fields';
import { ErrorState } from '../../../components/query-state';
import { ageOn } from '../../../domain/age';
import {
  CHANNELS,
  GENDERS,
  GENDER_PREFERENCES,
  MODALITY_PREFERENCES,
  NEEDS,
  PRIORITY_PUBLICS,
  SITUATIONS,
} from '../../../domain/enums';
import { ReferralInput } from '../../../domain/schemas';
import { formatDate } from '../../../lib/format';
import { clockNow, today } from '../../../lib/clock';
import { t } from '../../../lib/i18n';
import { duplicatesQuery, useCreateReferral } from '../api/referrals';
import { options } from '../../../lib/options';
import { GuardianFieldset } from './guardian-fieldset';
import { ConsentsForm, GuardianForm, blankable, guardianValues } from './referral-forms';

/** The version of the consent text read to the young person; kept with each consent. */
const CONSENT_TEXT_VERSION = '2025-01';

/** The contract's own rules, with what a form adds: blank means none, and consent is required. */
const IntakeForm = ReferralInput.omit({ receivedAt: true }).extend({
  // Chosen by the coordinator, never defaulted: a wrong channel or situation would go unnoticed.
  channel: z.enum(CHANNELS, { error: t.intake.channelRequired }),
  situation: z.enum(SITUATIONS, { error: t.intake.situationRequired }),
  email: blankable(ReferralInput.shape.email),
  phone: blankable(ReferralInput.shape.phone),
  // Only a minor has the section; left blank, there is no guardian.
  legalGuardian: GuardianForm,
  consents: ConsentsForm,
});
type Values = z.input<typeof IntakeForm>;

const emptyValues = (): DefaultValues<Values> => ({
  firstName: '',
  lastName: '',
  birthDate: '',
  gender: 'UNSPECIFIED',
  email: '',
  phone: '',
  postalCode: '',
  commune: '',
  needs: [],
  message: '',
  priorityPublics: [],
  accommodationNeeded: false,
  preferences: { mentorGender: 'ANY', modality: 'ANY', languages: ['fr'] },
  legalGuardian: guardianValues(null),
  consents: {
    processing: false,
    transmission: false,
    version: CONSENT_TEXT_VERSION,
    date: today(),
  },
});

export function NewReferralPage() {
  const navigate = useNavigate();
  const create = useCreateReferral();
  const form = useForm<Values, unknown, z.output<typeof IntakeForm>>({
    resolver: zodResolver(IntakeForm),
    defaultValues: emptyValues(),
  });
  const { errors } = form.formState;
  const birthDate = useWatch({ control: form.control, name: 'birthDate' });
  const minor = /^\d{4}-\d{2}-\d{2}$/.test(birthDate) && ageOn(birthDate, clockNow()) < 18;

  const submit = form.handleSubmit((values) =>
    create.mutate(values, {
      onSuccess: (created) => navigate(`/orientations/${created.id}`),
      onError: (error) => applyFieldErrors(error, form.setError),
    }),
  );
  const error = (name: Path<Values>) => form.getFieldState(name, form.formState).error;
  const text = (name: Path<Values>) => ({
    ...form.register(name),
    error: error(name)?.message,
  });
  // An adult has no guardian: the fields leave the form with their section.
  const guardian = (name: Path<Values>) => ({
    ...form.register(name, { shouldUnregister: true }),
    error: error(name)?.message,
  });

  return (
    <>
      <PageHeader title={t.intake.title} />
      <form onSubmit={submit} noValidate aria-label={t.intake.title}>
        <Stack gap="lg" maw={900}>
          <Text size="sm">{t.intake.intro}</Text>
          <Fieldset legend={t.intake.origin}>
            <Controller
              control={form.control}
              name="channel"
              render={({ field }) => (
                <Select
                  {...field}
                  value={field.value ?? null}
                  label={t.referral.channel}
                  placeholder={t.intake.choose}
                  required
                  allowDeselect={false}
                  data={options(CHANNELS, t.labels.channel)}
                  error={error('channel')?.message}
                  maw={360}
                />
              )}
            />
          </Fieldset>

          <Fieldset legend={t.intake.identity}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t.edit.firstName}
                required
                autoComplete="off"
                {...text('firstName')}
              />
              <TextInput
                label={t.edit.lastName}
                required
                autoComplete="off"
                {...text('lastName')}
              />
              <TextInput label={t.referral.born} type="date" required {...text('birthDate')} />
              <Controller
                control={form.control}
                name="gender"
                render={({ field }) => (
                  <Select
                    {...field}
                    label={t.intake.gender}
                    allowDeselect={false}
                    data={options(GENDERS, t.labels.gender)}
                  />
                )}
              />
            </SimpleGrid>
          </Fieldset>

          <Fieldset legend={t.intake.contact}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t.referral.email} type="email" {...text('email')} />
              <TextInput label={t.referral.phone} type="tel" {...text('phone')} />
              <PlaceFields form={form} />
            </SimpleGrid>
          </Fieldset>

          <Duplicates control={form.control} />

          <Fieldset legend={t.intake.situation}>
            <Stack gap="md">
              <Controller
                control={form.control}
                name="situation"
                render={({ field }) => (
                  <Select
                    {...field}
                    value={field.value ?? null}
                    label={t.inbox.situation}
                    placeholder={t.intake.choose}
                    required
                    allowDeselect={false}
                    data={options(SITUATIONS, t.labels.situation)}
                    error={error('situation')?.message}
                    maw={420}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="needs"
                render={({ field }) => (
                  <Checkbox.Group
                    {...field}
                    label={t.intake.needs}
                    withAsterisk
                    error={error('needs')?.message}
                  >
                    <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                      {NEEDS.map((need) => (
                        <Checkbox key={need} value={need} label={t.labels.need[need]} />
                      ))}
                    </SimpleGrid>
                  </Checkbox.Group>
                )}
              />
              <Controller
                control={form.control}
                name="priorityPublics"
                render={({ field }) => (
                  <Checkbox.Group {...field} label={t.referral.priorityPublics}>
                    <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                      {PRIORITY_PUBLICS.map((p) => (
                        <Checkbox key={p} value={p} label={t.labels.priorityPublic[p]} />
                      ))}
                    </SimpleGrid>
                  </Checkbox.Group>
                )}
              />
              <Checkbox
                label={t.referral.accommodation}
                {...form.register('accommodationNeeded')}
              />
              <Textarea label={t.intake.message} rows={4} {...text('message')} />
            </Stack>
          </Fieldset>

          <Fieldset legend={t.intake.preferences}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Controller
                control={form.control}
                name="preferences.mentorGender"
                render={({ field }) => (
                  <Select
                    {...field}
                    label={t.intake.mentorGender}
                    allowDeselect={false}
                    data={options(GENDER_PREFERENCES, t.labels.genderPreference)}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="preferences.modality"
                render={({ field }) => (
                  <Select
                    {...field}
                    label={t.intake.modality}
                    allowDeselect={false}
                    data={options(MODALITY_PREFERENCES, t.labels.modality)}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="preferences.languages"
                render={({ field }) => (
                  <MultiSelect
                    {...field}
                    label={t.intake.languages}
                    searchable
                    data={Object.entries(t.labels.language).map(([value, label]) => ({
                      value,
                      label,
                    }))}
                    error={error('preferences.languages')?.message}
                  />
                )}
              />
            </SimpleGrid>
          </Fieldset>

          {minor && <GuardianFieldset field={guardian} />}

          <Fieldset legend={t.intake.consents}>
            <Stack gap="sm">
              <Checkbox
                label={t.intake.processing}
                required
                {...form.register('consents.processing')}
                error={error('consents.processing')?.message}
              />
              <Checkbox label={t.intake.transmission} {...form.register('consents.transmission')} />
              <TextInput
                label={t.intake.consentDate}
                type="date"
                required
                maw={240}
                {...text('consents.date')}
              />
            </Stack>
          </Fieldset>

          {Object.keys(errors).length > 0 && (
            <Alert color="red" role="alert">
              {t.intake.invalid}
            </Alert>
          )}
          {create.isError && !hasFieldErrors(create.error) && (
            <ErrorState error={create.error} onRetry={() => void submit()} />
          )}
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t.intake.save}
            </Button>
            <Button component={Link} to="/orientations" variant="subtle">
              {t.intake.cancel}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}

/** The people already on file who look like the one being entered, as the form fills in. */
function Duplicates({
  control,
}: {
  control: Control<Values, unknown, z.output<typeof IntakeForm>>;
}) {
  const [firstName, lastName, birthDate, email, phone] = useWatch({
    control,
    name: ['firstName', 'lastName', 'birthDate', 'email', 'phone'],
  });
  const [criteria] = useDebouncedValue(
    Object.fromEntries(
      Object.entries({ firstName, lastName, birthDate, email, phone }).filter(
        ([, v]) => typeof v === 'string' && v.trim() !== '',
      ),
    ) as Record<string, string>,
    400,
  );
  const enabled = Object.keys(criteria).length > 0;
  const duplicates = useQuery({ ...duplicatesQuery(criteria), enabled });
  const found = enabled ? (duplicates.data ?? []) : [];
  if (!found.length) return null;
  return (
    <Alert color="orange" title={t.intake.duplicatesTitle} role="status">
      <Text size="sm" mb="xs">
        {t.intake.duplicatesBody}
      </Text>
      <List size="sm">
        {found.map((d) => (
          <List.Item key={d.id}>
            <Anchor
              href={`/orientations/${d.id}`}
              target="_blank"
              rel="noopener"
              c="inherit"
              fw={600}
              underline="always"
            >
              {d.firstName} {d.lastName}, {formatDate(d.birthDate)} {t.intake.newTab}
            </Anchor>{' '}
            : {t.labels.referralStatus[d.status]},{' '}
            {d.matchedOn.map((m) => t.intake.matchedOn[m]).join(', ')}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
