import {
  Alert,
  Anchor,
  Blockquote,
  Button,
  Card,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../../api/error';
import type { Concern, Task } from '../../../api/types';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, QueryState } from '../../../components/query-state';
import { formatDate, formatRelative } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { TASK_KINDS, type TaskKind } from '../../../domain/follow-up';
import { concernsQuery, tasksQuery, useAcknowledgeConcern } from '../api/concerns';

/** One open concern: who, when, what the mentor wrote, and the note that closes it. */
function ConcernCard({ concern, onDone }: { concern: Concern; onDone: (name: string) => void }) {
  const acknowledge = useAcknowledgeConcern();
  const [note, setNote] = useState('');
  const { youngPerson: young, mentor } = concern;
  const youngName = `${young.firstName} ${young.lastName}`;
  const titleId = `concern-${concern.meetingId}`;
  const error = acknowledge.error;
  const fieldError = isApiError(error, 422) ? error.fieldErrors['/note'] : undefined;
  const send = () =>
    acknowledge.mutate(
      { meetingId: concern.meetingId, note },
      { onSuccess: () => onDone(youngName) },
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={titleId}>
      <Title order={3} size="h4" id={titleId}>
        {t.tasks.pairOf(youngName, `${mentor.firstName} ${mentor.lastName}`)}
      </Title>
      <Text size="sm" c="dimmed" mt={4}>
        {t.tasks.meeting(formatDate(concern.meetingDate))} ·{' '}
        {t.tasks.flagged(formatRelative(concern.flaggedAt))}
      </Text>
      <Text size="sm" mt={4}>
        <Anchor component={Link} to={`/orientations/${young.id}`}>
          {t.tasks.youngPerson} : {youngName}
        </Anchor>
        {' · '}
        <Anchor component={Link} to={`/mentors/${mentor.id}`}>
          {t.tasks.mentor} : {mentor.firstName} {mentor.lastName}
        </Anchor>
        {' · '}
        <Anchor component={Link} to={`/binomes/${concern.mentorshipId}`}>
          {t.tasks.pair}
        </Anchor>
      </Text>
      {concern.notes && (
        <Blockquote mt="sm" p="sm" color="orange">
          {concern.notes}
        </Blockquote>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="xs" mt="sm">
          <Textarea
            label={t.tasks.note}
            description={t.tasks.noteHint}
            required
            rows={3}
            maxLength={1000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={fieldError}
          />
          {error && isApiError(error, 409) && (
            <Alert color="blue" role="status">
              {t.tasks.alreadyDone(
                (error.problem.current as Concern | undefined)?.acknowledgedBy ?? '',
              )}
            </Alert>
          )}
          {error && !fieldError && !isApiError(error, 409) && (
            <ErrorState error={error} onRetry={send} />
          )}
          <Button type="submit" loading={acknowledge.isPending} style={{ alignSelf: 'flex-start' }}>
            {t.tasks.acknowledge}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

const FIRST = 10;

/** One kind of task: its count, the first ten, and the rest on request (nothing capped). */
function TaskGroup({ kind, tasks }: { kind: TaskKind; tasks: Task[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? tasks : tasks.slice(0, FIRST);
  const id = `tasks-${kind}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Title order={3} size="h4" id={id} mb="xs">
        {t.tasks.kind[kind]} ({tasks.length})
      </Title>
      <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {shown.map((task) => (
          <li key={`${task.entityId}-${kind}`}>
            <Anchor
              component={Link}
              to={
                task.entityType === 'referral'
                  ? `/orientations/${task.entityId}`
                  : `/binomes/${task.entityId}`
              }
              fw={600}
            >
              {task.label}
            </Anchor>
            <Text span size="sm" c="dimmed">
              {' · '}
              {task.interviewKind ? `${t.labels.interviewKind[task.interviewKind]}, ` : ''}
              {t.tasks.detail[kind](formatDate(task.dueDay))}
            </Text>
          </li>
        ))}
      </Stack>
      {tasks.length > FIRST && (
        <Button variant="subtle" size="xs" mt="xs" onClick={() => setAll(!all)}>
          {all ? t.tasks.showFewer : t.tasks.showAll(tasks.length)}
        </Button>
      )}
    </Paper>
  );
}

/** Pairs and referrals that need the coordinator, grouped by what to do, most urgent first. */
function FollowUpTasks() {
  const query = useQuery(tasksQuery);
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t.tasks.followUp}
      </Title>
      <Text size="sm">{t.tasks.followUpIntro}</Text>
      <QueryState
        query={query}
        isEmpty={(tasks) => tasks.length === 0}
        empty={<Text>{t.tasks.nothing}</Text>}
      >
        {(tasks) =>
          TASK_KINDS.map((kind) => {
            const ofKind = tasks.filter((task) => task.kind === kind);
            return ofKind.length ? <TaskGroup key={kind} kind={kind} tasks={ofKind} /> : null;
          })
        }
      </QueryState>
    </Stack>
  );
}

/**
 * What needs the coordinator today: first the difficulties mentors flag with a meeting (they may
 * concern a minor's safety, and stay until someone takes them in hand), then the follow-up.
 */
export function TasksPage() {
  const query = useQuery(concernsQuery({ status: ['OPEN'], pageSize: 200 }));
  const [announce, setAnnounce] = useState('');
  // The card taken in hand leaves the page, its button with it: focus goes back to the list.
  const heading = useRef<HTMLHeadingElement>(null);
  const done = (name: string) => {
    setAnnounce(t.tasks.acknowledged(name));
    heading.current?.focus();
  };
  return (
    <>
      <PageHeader title={t.nav.tasks} />
      <Stack gap="md">
        <Title order={2} size="h3" ref={heading} tabIndex={-1}>
          {t.tasks.concerns}
        </Title>
        <Text size="sm">{t.tasks.concernsIntro}</Text>
        <Text size="sm" role="status" aria-live="polite">
          {announce}
        </Text>
        <QueryState
          query={query}
          isEmpty={(page) => page.items.length === 0}
          empty={<Text>{t.tasks.noConcern}</Text>}
        >
          {(page) => (
            <Stack gap="sm">
              {page.items.map((concern) => (
                <ConcernCard key={concern.meetingId} concern={concern} onDone={done} />
              ))}
            </Stack>
          )}
        </QueryState>
        <FollowUpTasks />
      </Stack>
    </>
  );
}
