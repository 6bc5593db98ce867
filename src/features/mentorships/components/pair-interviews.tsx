import {
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../../api/error';
import type { Mentorship } from '../../../api/types';
import { ErrorState, QueryState } from '../../../components/query-state';
import { Section } from '../../../components/record-section';
import { INTERVIEW_KINDS, type InterviewKind } from '../../../domain/enums';
import { today } from '../../../lib/clock';
import { formatDate } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { options } from '../../../lib/options';
import { interviewsQuery, useAddInterview } from '../api/mentorships';

const satisfaction = (value: string | number) => (value === '' ? null : Number(value));

/** Start, mid-term and closing interviews: when, each side's satisfaction, notes; the next one due. */
export function PairInterviews({ pair }: { pair: Mentorship }) {
  const list = useQuery(interviewsQuery(pair.id));
  const add = useAddInterview();
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState(false);
  const blank = () => ({
    kind: (pair.nextInterview?.kind ?? 'START') as InterviewKind,
    date: today(),
    menteeSatisfaction: '' as string | number,
    mentorSatisfaction: '' as string | number,
    notes: '',
  });
  const [values, setValues] = useState(blank);
  const fieldErrors = add.error instanceof ApiError ? add.error.fieldErrors : {};
  const set = (patch: Partial<ReturnType<typeof blank>>) => setValues((v) => ({ ...v, ...patch }));

  return (
    <Section title={t.pairs.interviews} plain>
      <Stack gap="sm">
        {pair.nextInterview && (
          <Text size="sm" fw={600}>
            {t.pairs.nextInterview(
              t.labels.interviewKind[pair.nextInterview.kind],
              formatDate(pair.nextInterview.dueDay),
            )}
          </Text>
        )}
        <QueryState
          query={list}
          isEmpty={(items) => items.length === 0}
          empty={<Text size="sm">{t.pairs.noInterview}</Text>}
        >
          {(items) => (
            <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {items.map((interview) => (
                <li key={interview.id}>
                  <Text size="sm" fw={600}>
                    {t.labels.interviewKind[interview.kind]} · {formatDate(interview.date)}
                  </Text>
                  <Text size="sm">
                    {t.pairs.satisfaction(
                      interview.menteeSatisfaction,
                      interview.mentorSatisfaction,
                    )}
                  </Text>
                  {interview.notes && <Text size="sm">{interview.notes}</Text>}
                </li>
              ))}
            </Stack>
          )}
        </QueryState>
        <Text size="sm" role="status">
          {saved ? t.pairs.interviewSaved : ''}
        </Text>
        {!adding ? (
          <Group>
            <Button
              variant="default"
              onClick={() => {
                setSaved(false);
                setValues(blank());
                setAdding(true);
              }}
            >
              {t.pairs.addInterview}
            </Button>
          </Group>
        ) : (
          <form
            aria-label={t.pairs.addInterview}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              add.mutate(
                {
                  pairId: pair.id,
                  interview: {
                    ...values,
                    menteeSatisfaction: satisfaction(values.menteeSatisfaction),
                    mentorSatisfaction: satisfaction(values.mentorSatisfaction),
                  },
                },
                {
                  onSuccess: () => {
                    setAdding(false);
                    setSaved(true);
                  },
                },
              );
            }}
          >
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label={t.pairs.interviewKind}
                  required
                  allowDeselect={false}
                  data={options(INTERVIEW_KINDS, t.labels.interviewKind)}
                  value={values.kind}
                  onChange={(kind) => set({ kind: kind as InterviewKind })}
                  data-autofocus
                />
                <TextInput
                  label={t.pairs.interviewDate}
                  type="date"
                  required
                  max={today()}
                  value={values.date}
                  onChange={(e) => set({ date: e.currentTarget.value })}
                  error={fieldErrors['/date']}
                />
                <NumberInput
                  label={t.pairs.menteeSatisfaction}
                  min={1}
                  max={5}
                  allowDecimal={false}
                  value={values.menteeSatisfaction}
                  onChange={(v) => set({ menteeSatisfaction: v })}
                  error={fieldErrors['/menteeSatisfaction']}
                />
                <NumberInput
                  label={t.pairs.mentorSatisfaction}
                  min={1}
                  max={5}
                  allowDecimal={false}
                  value={values.mentorSatisfaction}
                  onChange={(v) => set({ mentorSatisfaction: v })}
                  error={fieldErrors['/mentorSatisfaction']}
                />
              </SimpleGrid>
              <Textarea
                label={t.pairs.interviewNotes}
                rows={3}
                maxLength={1000}
                value={values.notes}
                onChange={(e) => set({ notes: e.currentTarget.value })}
                error={fieldErrors['/notes']}
              />
              {add.isError && !Object.keys(fieldErrors).length && (
                <ErrorState
                  error={add.error}
                  onRetry={() => add.variables && add.mutate(add.variables)}
                />
              )}
              <Group>
                <Button type="submit" loading={add.isPending}>
                  {t.pairs.saveInterview}
                </Button>
                <Button variant="subtle" onClick={() => setAdding(false)}>
                  {t.pairs.cancel}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Section>
  );
}
