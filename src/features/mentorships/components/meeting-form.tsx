import { zodResolver } from '@hookform/resolvers/zod';
import {
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
import { useEffect, useState, type ReactNode } from 'react';
import { Controller, useForm, useWatch, type Path, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { ATTENDANCES, MODALITIES, NEEDS } from '../../../domain/enums';
import { MeetingInput } from '../../../domain/schemas';
import { applyFieldErrors, hasFieldErrors } from '../../../api/form-errors';
import { ApiError } from '../../../api/error';
import type { Meeting } from '../../../api/types';
import { ConflictAlert } from '../../../components/conflict-alert';
import { ErrorState } from '../../../components/query-state';
import { useCorrectMeeting } from '../api/mentorships';
import { today } from '../../../lib/clock';
import { t } from '../../../lib/i18n';
import { options } from '../../../lib/options';
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

type MeetingFormApi = UseFormReturn<Values, unknown, z.output<typeof MeetingInput>>;

/** The fields of a meeting, for a new one and for a correction alike. */
function MeetingFields({ form }: { form: MeetingFormApi }) {
  const error = (name: Path<Values>) => form.getFieldState(name, form.formState).error?.message;
  return (
    <>
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
    </>
  );
}

function MeetingFormFrame({
  form,
  onSubmit,
  label,
  submitLabel,
  onCancel,
  cancelLabel,
  children,
}: {
  form: MeetingFormApi;
  onSubmit: () => void;
  label: string;
  submitLabel: string;
  onCancel: () => void;
  cancelLabel: string;
  children?: ReactNode;
}) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      noValidate
      aria-label={label}
    >
      <Stack gap="sm">
        <MeetingFields form={form} />
        {children}
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {submitLabel}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {cancelLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Logs one meeting of a pair. What is typed is kept on this device as it is typed; once saved,
 * the meeting waits in the outbox until the server has it (useMeetingOutbox), so a weak
 * connection or a closed tab loses nothing and nobody waits for a spinner.
 */
export function MeetingForm({ pairId, onDone }: { pairId: string; onDone: () => void }) {
  const drafts = useMeetingDrafts();
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

  return (
    <MeetingFormFrame
      form={form}
      label={t.meeting.title}
      submitLabel={t.meeting.save}
      cancelLabel={t.meeting.later}
      onCancel={onDone}
      onSubmit={() =>
        void form.handleSubmit((meeting) => {
          drafts.queue(pairId, meeting);
          onDone();
        })()
      }
    />
  );
}

/**
 * Corrects a recorded meeting on the version read. A conflict keeps what was typed and offers to
 * apply it on the current version; a refusal (past seven days) says why.
 */
export function MeetingCorrection({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const correct = useCorrectMeeting();
  const [version, setVersion] = useState(meeting.version);
  const {
    id: _id,
    version: _v,
    mentorshipId: _p,
    loggedById: _b,
    loggedAt: _a,
    ...initial
  } = meeting;
  const form = useForm<Values, unknown, z.output<typeof MeetingInput>>({
    resolver: zodResolver(MeetingInput),
    defaultValues: initial as Values,
  });
  const conflict = correct.error instanceof ApiError && correct.error.status === 409;
  const send = (on: number) =>
    form.handleSubmit((changes) =>
      correct
        .mutateAsync({ id: meeting.id, version: on, changes })
        .then(onDone, (error: unknown) => applyFieldErrors(error, form.setError)),
    )();
  return (
    <MeetingFormFrame
      form={form}
      label={t.meeting.correctTitle}
      submitLabel={t.meeting.saveCorrection}
      cancelLabel={t.pairs.cancel}
      onCancel={onDone}
      onSubmit={() => void send(version)}
    >
      {conflict ? (
        <ConflictAlert
          onApplyMine={() => {
            const current = (correct.error as ApiError).problem.current as { version: number };
            setVersion(current.version);
            void send(current.version);
          }}
          onDropMine={onDone}
        />
      ) : (
        correct.isError &&
        !hasFieldErrors(correct.error) && (
          <ErrorState error={correct.error} onRetry={() => void send(version)} />
        )
      )}
    </MeetingFormFrame>
  );
}
