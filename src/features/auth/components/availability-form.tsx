import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ApiError } from '../../../api/error';
import { applyFieldErrors } from '../../../api/form-errors';
import type { Mentor } from '../../../api/types';
import { ConflictAlert } from '../../../components/conflict-alert';
import { ErrorState, QueryState } from '../../../components/query-state';
import { Section } from '../../../components/record-section';
import { TIME_SLOTS } from '../../../domain/enums';
import { MentorSelfPatch } from '../../../domain/schemas';
import { t } from '../../../lib/i18n';
import { options } from '../../../lib/options';
import { ownMentorQuery, useUpdateOwnMentor, type MentorAvailability } from '../api/profile';

const Values = MentorSelfPatch.required();
type Values = z.infer<typeof Values>;

const valuesOf = (mentor: Mentor): Values => ({
  phone: mentor.phone,
  hoursPerMonth: mentor.hoursPerMonth,
  preferredSlots: mentor.preferredSlots,
  capacity: mentor.capacity,
});

/**
 * A mentor's phone, hours, preferred slots and number of places. Saved on the version read; a
 * conflict keeps what was typed, to apply on the current version or to drop.
 */
function Form({ mentor }: { mentor: Mentor }) {
  const save = useUpdateOwnMentor();
  const [done, setDone] = useState(false);
  const form = useForm<Values>({ resolver: zodResolver(Values), defaultValues: valuesOf(mentor) });
  const send = (values: Values, version: number) => {
    setDone(false);
    save.mutate(
      { version, changes: values as MentorAvailability },
      {
        onSuccess: (next) => {
          form.reset(valuesOf(next));
          setDone(true);
        },
        onError: (error) => applyFieldErrors(error, form.setError),
      },
    );
  };
  const submit = form.handleSubmit((values) => send(values, mentor.version));
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  const current = conflict ? ((save.error as ApiError).problem.current as Mentor) : null;
  const errors = form.formState.errors;
  return (
    <form onSubmit={submit} noValidate aria-label={t.profile.availability}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t.profile.phone}
            type="tel"
            autoComplete="tel"
            {...form.register('phone', { setValueAs: (v: string) => (v.trim() ? v : null) })}
            error={errors.phone?.message}
          />
          <Controller
            control={form.control}
            name="hoursPerMonth"
            render={({ field }) => (
              <NumberInput
                label={t.mentors.hoursLabel}
                min={1}
                max={40}
                allowDecimal={false}
                value={field.value}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v))}
                error={errors.hoursPerMonth?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="capacity"
            render={({ field }) => (
              <NumberInput
                label={t.profile.capacity}
                description={t.profile.capacityHint(mentor.activePairs)}
                min={1}
                max={5}
                allowDecimal={false}
                value={field.value}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v))}
                error={errors.capacity?.message}
              />
            )}
          />
        </SimpleGrid>
        <Controller
          control={form.control}
          name="preferredSlots"
          render={({ field }) => (
            <Checkbox.Group label={t.mentors.slots} value={field.value} onChange={field.onChange}>
              <Stack gap="xs" mt="xs">
                {options(TIME_SLOTS, t.labels.timeSlot).map((slot) => (
                  <Checkbox key={slot.value} value={slot.value} label={slot.label} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
        />
        {current && (
          <ConflictAlert
            onApplyMine={() => void form.handleSubmit((values) => send(values, current.version))()}
            onDropMine={() => {
              form.reset(valuesOf(current));
              save.reset();
            }}
          />
        )}
        {save.isError &&
          !conflict &&
          !(save.error instanceof ApiError && save.error.status === 422) && (
            <ErrorState error={save.error} onRetry={() => void submit()} />
          )}
        <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
          {t.profile.saveAvailability}
        </Button>
        <div role="status">
          {done && (
            <Alert color="green" variant="light">
              {t.profile.availabilitySaved}
            </Alert>
          )}
        </div>
      </Stack>
    </form>
  );
}

/** The mentor's own record, as they may change it. */
export function AvailabilityForm() {
  const query = useQuery(ownMentorQuery);
  return (
    <Section title={t.profile.availability} plain>
      <QueryState query={query}>{(mentor) => <Form mentor={mentor} />}</QueryState>
    </Section>
  );
}
