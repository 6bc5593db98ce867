import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Controller, useForm, useWatch, type Control, type FieldPath } from 'react-hook-form';
import type { z } from 'zod';
import { isApiError } from '../../../api/error';
import { applyFieldErrors, hasFieldErrors } from '../../../api/form-errors';
import { settingsQuery } from '../../../api/shared-queries';
import type { Settings } from '../../../api/types';
import { ConflictAlert } from '../../../components/conflict-alert';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, QueryState } from '../../../components/query-state';
import { SettingsInput } from '../../../domain/schemas';
import { t } from '../../../lib/i18n';
import { DEPARTMENT_OPTIONS } from '../../../lib/options';
import { useSaveSettings } from '../api/settings';
import { IntakeKeySection } from './intake-key-section';
import { WeightsPreview } from './weights-preview';

type Values = z.input<typeof SettingsInput>;
type Output = z.output<typeof SettingsInput>;

const valuesOf = ({
  version: _v,
  intakeKeyHint: _h,
  previousIntakeKeyUntil: _p,
  ...values
}: Settings): Values => values;

const WEIGHTS = [
  'needs',
  'sector',
  'proximity',
  'availability',
  'language',
  'preferences',
  'loadBalance',
] as const;

/** A whole number (or a weight) of the form, its error on it. */
function NumberField({
  control,
  name,
  label,
  min,
  max,
  step = 1,
}: {
  control: Control<Values>;
  name: FieldPath<Values>;
  label: string;
  min: number;
  max: number;
  step?: number;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          label={label}
          min={min}
          max={max}
          step={step}
          allowDecimal={step < 1}
          clampBehavior="none"
          required
          value={field.value as number}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
          onBlur={field.onBlur}
          ref={field.ref}
          name={field.name}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}

function Part({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="fieldset" style={{ minWidth: 0 }}>
      <Title order={2} size="h4" component="legend" px={4}>
        {title}
      </Title>
      {hint && (
        <Text size="sm" c="dimmed" mb="sm">
          {hint}
        </Text>
      )}
      {children}
    </Paper>
  );
}

/**
 * The association's settings, one form saved with the version read: a field that does not hold
 * says so on itself; someone else's save first offers to apply these values on theirs.
 */
function SettingsForm({ settings }: { settings: Settings }) {
  const save = useSaveSettings();
  // The version the form's values came from: a refetch in the background does not move it.
  const [base, setBase] = useState(settings);
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(SettingsInput),
    defaultValues: valuesOf(settings),
  });
  const { control, formState } = form;
  const { errors } = formState;
  const conflict =
    isApiError(save.error, 409) && save.error.problem.current
      ? (save.error.problem.current as unknown as Settings)
      : null;

  const send = (values: Output, version: number) =>
    save.mutate(
      { version, body: values },
      {
        onSuccess: (next) => {
          setBase(next);
          form.reset(valuesOf(next));
        },
        onError: (error) => applyFieldErrors(error, form.setError),
      },
    );
  const submit = form.handleSubmit((values) => send(values, base.version));
  const weights = useWatch({ control, name: 'matchingWeights' });

  return (
    <form onSubmit={submit} noValidate aria-label={t.settings.title}>
      <Stack gap="md">
        <Part title={t.settings.association}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t.settings.associationName}
              required
              error={errors.associationName?.message}
              {...form.register('associationName')}
            />
            <Controller
              control={control}
              name="departments"
              render={({ field, fieldState }) => (
                <MultiSelect
                  label={t.settings.departments}
                  data={DEPARTMENT_OPTIONS}
                  searchable
                  required
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  error={fieldState.error?.message ?? errors.departments?.root?.message}
                />
              )}
            />
          </SimpleGrid>
        </Part>
        <Part title={t.settings.mentees}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberField
              control={control}
              name="menteeAgeMin"
              label={t.settings.menteeAgeMin}
              min={10}
              max={30}
            />
            <NumberField
              control={control}
              name="menteeAgeMax"
              label={t.settings.menteeAgeMax}
              min={13}
              max={35}
            />
          </SimpleGrid>
        </Part>
        <Part title={t.settings.delays} hint={t.settings.delaysHint}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberField
              control={control}
              name="firstContactDelayDays"
              label={t.settings.firstContactDelayDays}
              min={1}
              max={60}
            />
            <NumberField
              control={control}
              name="maxContactAttempts"
              label={t.settings.maxContactAttempts}
              min={1}
              max={10}
            />
            <NumberField
              control={control}
              name="checkInDays"
              label={t.settings.checkInDays}
              min={1}
              max={180}
            />
            <NumberField
              control={control}
              name="atRiskDays"
              label={t.settings.atRiskDays}
              min={1}
              max={365}
            />
            <NumberField
              control={control}
              name="meetingsPerMonth"
              label={t.settings.meetingsPerMonth}
              min={1}
              max={8}
            />
            <NumberField
              control={control}
              name="plannedDurationMonths"
              label={t.settings.plannedDurationMonths}
              min={1}
              max={36}
            />
            <NumberField
              control={control}
              name="honorabilityValidityYears"
              label={t.settings.honorabilityValidityYears}
              min={1}
              max={10}
            />
            <NumberField
              control={control}
              name="honorabilityWarningDays"
              label={t.settings.honorabilityWarningDays}
              min={0}
              max={365}
            />
          </SimpleGrid>
        </Part>
        <Part title={t.settings.matching} hint={t.settings.matchingHint}>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            {WEIGHTS.map((weight) => (
              <NumberField
                key={weight}
                control={control}
                name={`matchingWeights.${weight}`}
                label={t.settings.weights[weight]}
                min={0}
                max={10}
                step={0.5}
              />
            ))}
          </SimpleGrid>
          <WeightsPreview weights={weights} />
        </Part>
        <Part title={t.settings.data}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberField
              control={control}
              name="retentionYears"
              label={t.settings.retentionYears}
              min={1}
              max={10}
            />
            <NumberField
              control={control}
              name="inactivityTimeoutMinutes"
              label={t.settings.inactivityTimeoutMinutes}
              min={5}
              max={720}
            />
          </SimpleGrid>
        </Part>
        {conflict ? (
          <ConflictAlert
            onApplyMine={form.handleSubmit((values) => send(values, conflict.version))}
            onDropMine={() => {
              save.reset();
              setBase(conflict);
              form.reset(valuesOf(conflict));
            }}
          />
        ) : (
          save.isError &&
          !hasFieldErrors(save.error) && (
            <ErrorState error={save.error} onRetry={() => void submit()} />
          )
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t.settings.save}
          </Button>
          <div role="status">
            {save.isSuccess && !formState.isDirty && (
              <Text size="sm" c="green">
                {t.settings.saved}
              </Text>
            )}
          </div>
        </Group>
      </Stack>
    </form>
  );
}

export function SettingsPage() {
  const query = useQuery(settingsQuery);
  return (
    <>
      <PageHeader title={t.settings.title} />
      <QueryState query={query}>
        {(settings) => (
          <Stack gap="md">
            <SettingsForm settings={settings} />
            <IntakeKeySection settings={settings} />
          </Stack>
        )}
      </QueryState>
    </>
  );
}
