import { Anchor, Button, Group, Menu, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../../api/error';
import { settingsQuery } from '../../../api/shared-queries';
import type { MentorSummary } from '../../../api/types';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/query-state';
import { MENTOR_STATUSES, type MentorStatus } from '../../../domain/enums';
import { MENTOR_TRANSITIONS, checkMentorTransition } from '../../../domain/lifecycle';
import { honorabilityStatus } from '../../../domain/matching';
import { MentorListQuery } from '../../../domain/queries';
import { DEFAULT_SETTINGS } from '../../../domain/settings';
import { clockNow } from '../../../lib/clock';
import { t } from '../../../lib/i18n';
import { mentorsQuery, useTransitionMentor } from '../api/mentors';
import { HonorabilityBadge } from './mentor-badges';

/** Cards per column; the rest are one link away, in the list filtered on that status. */
const CARDS = 50;
const COLUMNS = MENTOR_STATUSES.filter((s) => s !== 'ARCHIVED');
const MIME = 'application/x-binome-mentor';

const columnQuery = (status: MentorStatus) =>
  mentorsQuery(MentorListQuery.parse({ status: [status], pageSize: CARDS, sort: 'lastName' }));

/**
 * The onboarding pipeline as a board: a column per status, a card per mentor. Dropping a card on
 * a column, or choosing the column in the card's "Déplacer" menu, performs the transition; a
 * move the lifecycle refuses says why.
 */
export function PipelineBoard() {
  const columns = useQueries({ queries: COLUMNS.map(columnQuery) });
  const settings = useQuery(settingsQuery).data ?? DEFAULT_SETTINGS;
  const transition = useTransitionMentor();
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [over, setOver] = useState<MentorStatus | null>(null);
  const now = clockNow();

  function move(mentor: MentorSummary, to: MentorStatus) {
    const name = `${mentor.firstName} ${mentor.lastName}`;
    if (mentor.status === to) return;
    const check = checkMentorTransition(mentor.status, to, mentor);
    if (!check.ok) return setMessage({ text: t.mentors.refused(name, check.reason), ok: false });
    transition.mutate(
      { mentor, to },
      {
        onSuccess: () =>
          setMessage({ text: t.mentors.moved(name, t.labels.mentorStatus[to]), ok: true }),
        onError: (error) =>
          setMessage({
            text: t.mentors.refused(
              name,
              error instanceof ApiError ? (error.problem.detail ?? error.problem.title) : '',
            ),
            ok: false,
          }),
      },
    );
  }

  const all = columns.flatMap((c) => c.data?.items ?? []);
  function onDrop(event: DragEvent, to: MentorStatus) {
    event.preventDefault();
    setOver(null);
    const mentor = all.find((m) => m.id === event.dataTransfer.getData(MIME));
    if (mentor) move(mentor, to);
  }

  return (
    <>
      <PageHeader
        title={t.mentors.board}
        actions={
          <Button component={Link} to="/mentors" variant="default">
            {t.mentors.list}
          </Button>
        }
      />
      <Text size="sm" mb="sm">
        {t.mentors.boardHelp}
      </Text>
      <Text
        size="sm"
        mb="sm"
        role="status"
        c={message && !message.ok ? 'red.8' : undefined}
        fw={message ? 600 : undefined}
      >
        {message?.text}
      </Text>
      <ScrollArea type="auto" offsetScrollbars>
        <Group align="flex-start" wrap="nowrap" gap="sm" pb="sm">
          {COLUMNS.map((status, index) => {
            const query = columns[index]!;
            const page = query.data;
            const label = t.labels.mentorStatus[status];
            return (
              <Paper
                key={status}
                withBorder
                radius="md"
                p="sm"
                w={240}
                miw={240}
                component="section"
                aria-label={label}
                bg={over === status ? 'var(--mantine-primary-color-light)' : undefined}
                onDragOver={(e: DragEvent) => {
                  e.preventDefault();
                  setOver(status);
                }}
                onDragLeave={() => setOver(null)}
                onDrop={(e: DragEvent) => onDrop(e, status)}
              >
                <Title order={2} size="h5" mb="xs">
                  {page ? t.mentors.column(label, page.total) : label}
                </Title>
                {query.isPending ? (
                  <LoadingState />
                ) : query.isError ? (
                  <ErrorState error={query.error} onRetry={() => void query.refetch()} />
                ) : (
                  <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                    {page!.items.map((mentor) => (
                      <Paper
                        key={mentor.id}
                        component="li"
                        withBorder
                        p="xs"
                        radius="sm"
                        draggable
                        onDragStart={(e: DragEvent) => e.dataTransfer.setData(MIME, mentor.id)}
                        style={{ cursor: 'grab' }}
                      >
                        <Anchor component={Link} to={`/mentors/${mentor.id}`} fw={600} size="sm">
                          {mentor.firstName} {mentor.lastName}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {mentor.commune}
                        </Text>
                        <Group justify="space-between" mt={4} gap={4}>
                          <HonorabilityBadge
                            named
                            status={honorabilityStatus(mentor.honorabilityCheck, settings, now)}
                          />
                          <MoveMenu mentor={mentor} onMove={(to) => move(mentor, to)} />
                        </Group>
                      </Paper>
                    ))}
                    {page!.total > page!.items.length && (
                      <Anchor component={Link} to={`/mentors?status=${status}`} size="sm">
                        {t.mentors.more(page!.total - page!.items.length)}
                      </Anchor>
                    )}
                  </Stack>
                )}
              </Paper>
            );
          })}
        </Group>
      </ScrollArea>
    </>
  );
}

/** The keyboard way to move a card: every next status, the refused ones disabled with why. */
function MoveMenu({
  mentor,
  onMove,
}: {
  mentor: MentorSummary;
  onMove: (to: MentorStatus) => void;
}) {
  const targets = MENTOR_TRANSITIONS[mentor.status];
  if (!targets.length) return null;
  return (
    <Menu withinPortal position="bottom-end">
      <Menu.Target>
        <Button
          size="compact-xs"
          variant="default"
          aria-label={t.mentors.moveCard(`${mentor.firstName} ${mentor.lastName}`)}
        >
          {t.mentors.move}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {targets.map((to) => {
          const check = checkMentorTransition(mentor.status, to, mentor);
          return (
            <Menu.Item key={to} onClick={() => onMove(to)} disabled={!check.ok}>
              {t.labels.mentorStatus[to]}
              {!check.ok && (
                <Text size="xs" c="dimmed">
                  {check.reason}
                </Text>
              )}
            </Menu.Item>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}
