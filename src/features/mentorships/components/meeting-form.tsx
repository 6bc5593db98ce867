import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useEffect } from 'react';
import { Controller, useForm, useWatch, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { applyFieldErrors, hasFieldErrors } from '../../../api/form-errors';
import { ErrorState } from '../../../components/query-state';
import { ATTENDANCES, MODALITIES, NEEDS } from '../../../domain/enums';
import { MeetingInput } from '../../../domain/schemas';
import { today } from '../../../lib/clock';
import { t } from '../../../lib/i18n';
import { options } from '../../../lib/options';
import { useLogMeeting } from '../api/mentorships';
import { useMeetingDrafts, type MeetingDraft } from '../hooks/meeting-drafts';

type Values = z.input<typeof MeetingInput>;

const blank = (): MeetingDraft => ({
  date: today(),
  durationMinutes: 60,
  modality: 'PUBLIC_PLACE',
  attendance: 'HELD',
  topics: [],
  notes: '',
  concern: false,
});

/**
 * Logs one meeting of a pair. What is typed is saved on this device as it is typed and cleared
 * once the meeting is recorded, so a failed send or a closed tab loses nothing.
 */
export function MeetingForm({ pairId, onDone }: { pairId: string; onDone: () => void }) {
  const drafts = useMeetingDrafts();
  const log = useLogMeeting();
  const form = useForm<Values, unknown, z.output<typeof MeetingInput>>({
    resolver: zodResolver(MeetingInput),
    defaultValues: (drafts.byPair[pairId] ?? blank()) as Values,
  });
  const values = useWatch({ control: form.control });
  const { isDirty } = form.formState;
  const save = drafts.save;
  useEffect(() => {
    if (isDirty) save(pairId, { ...blank(), ...values } as MeetingDraft);
  }, [values, isDirty, pairId, save]);

  const error = (name: Path<Values>) => form.getFieldState(name, form.formState).error?.message;
  const submit = form.handleSubmit((meeting) =>
    log.mutate(
      { pairId, meeting },
      {
        onSuccess: () => {
          drafts.clear(pairId);
          onDone();
        },
        onError: (e) => applyFieldErrors(e, form.setError),
      },
    ),
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t.meeting.title}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t.meeting.date}
            type="date"
            required
            max={today()}
            {...form.register('date')}
            error={error('date')}
          />
          <Controller
            control={form.control}
            name="durationMinutes"
            render={({ field }) => (
              <NumberInput
                label={t.meeting.duration}
                required
                min={5}
                max={480}
                step={15}
                allowDecimal={false}
                value={field.value}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v))}
                onBlur={field.onBlur}
                error={error('durationMinutes')}
              />
            )}
          />
          <Controller
            control={form.control}
            name="attendance"
            render={({ field }) => (
              <Select
                label={t.meeting.attendance}
                required
                allowDeselect={false}
                data={options(ATTENDANCES, t.labels.attendance)}
                value={field.value}
                onChange={field.onChange}
                error={error('attendance')}
              />
            )}
          />
          <Controller
            control={form.control}
            name="modality"
            render={({ field }) => (
              <Select
                label={t.meeting.modality}
                required
                allowDeselect={false}
                data={options(MODALITIES, t.labels.mentorModality)}
                value={field.value}
                onChange={field.onChange}
                error={error('modality')}
              />
            )}
          />
        </SimpleGrid>
        <Controller
          control={form.control}
          name="topics"
          render={({ field }) => (
            <Checkbox.Group
              label={t.meeting.topics}
              value={field.value}
              onChange={field.onChange}
              error={error('topics')}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                {NEEDS.map((need) => (
                  <Checkbox key={need} value={need} label={t.labels.need[need]} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          )}
        />
        <Textarea
          label={t.meeting.notes}
          rows={3}
          {...form.register('notes')}
          error={error('notes')}
        />
        <Checkbox label={t.meeting.concern} {...form.register('concern')} />
        {log.isError && !hasFieldErrors(log.error) && (
          <ErrorState error={log.error} onRetry={() => void submit()} />
        )}
        {log.isError && (
          <Alert color="blue" variant="light" p="xs">
            {t.meeting.kept}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={log.isPending}>
            {t.meeting.save}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t.meeting.later}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
