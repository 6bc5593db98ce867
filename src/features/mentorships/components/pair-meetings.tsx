import { Anchor, Badge, Button, Group, Pagination, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../../api/shared-queries';
import type { Meeting, Mentorship } from '../../../api/types';
import { QueryState } from '../../../components/query-state';
import { Section } from '../../../components/record-section';
import { MEETING_STATUSES, correctionRefusal } from '../../../domain/meetings';
import { clockNow } from '../../../lib/clock';
import { formatDate } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { pairMeetingsQuery } from '../api/mentorships';
import { useMeetingDrafts } from '../hooks/meeting-drafts';
import { MeetingCorrection, MeetingForm } from './meeting-form';
import { OutboxStatus } from './outbox-status';

const ATTENDANCE_COLORS = { HELD: 'green', NO_SHOW: 'red', CANCELLED: 'gray' } as const;

/** Staff correct any meeting; a mentor their own, for seven days (the server's own rule). */
const canCorrect = (meeting: Meeting, user: { id: string; role: string }) =>
  !correctionRefusal(meeting, user, {}, clockNow());

function MeetingItem({ meeting, correctable }: { meeting: Meeting; correctable: boolean }) {
  const [correcting, setCorrecting] = useState(false);
  const [corrected, setCorrected] = useState(false);
  const date = formatDate(meeting.date);
  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Text fw={600} size="sm" component="h3" m={0}>
            {date}
          </Text>
          <Group gap={6}>
            {meeting.concern && (
              <Badge color="red" variant="light" style={{ textTransform: 'none' }}>
                {t.pairs.concernFlag}
              </Badge>
            )}
            <Badge
              color={ATTENDANCE_COLORS[meeting.attendance]}
              variant="light"
              style={{ textTransform: 'none' }}
            >
              {t.labels.attendance[meeting.attendance]}
            </Badge>
          </Group>
        </Group>
        <Text size="sm">
          {t.pairs.minutes(meeting.durationMinutes)} · {t.labels.mentorModality[meeting.modality]}
          {meeting.topics.length > 0 &&
            ` · ${meeting.topics.map((n) => t.labels.need[n]).join(', ')}`}
        </Text>
        {meeting.notes && <Text size="sm">{meeting.notes}</Text>}
        <Text size="sm" role="status">
          {corrected && !correcting ? t.meeting.corrected : ''}
        </Text>
        {correctable &&
          (correcting ? (
            <MeetingCorrection
              meeting={meeting}
              onDone={() => {
                setCorrecting(false);
                setCorrected(true);
              }}
            />
          ) : (
            <Group>
              <Button size="xs" variant="subtle" onClick={() => setCorrecting(true)}>
                {t.meeting.correct(date)}
              </Button>
            </Group>
          ))}
      </Stack>
    </Paper>
  );
}

/** The pair's meetings, newest first, and logging one (a mentor's own, or one reported by phone). */
export function PairMeetings({ pair }: { pair: Mentorship }) {
  const session = useSession()!;
  const staff = session.user.role !== 'mentor';
  const [page, setPage] = useState(1);
  const list = useQuery(pairMeetingsQuery(pair.id, page));
  const [logging, setLogging] = useState(false);
  const hasDraft = useMeetingDrafts((s) => pair.id in s.byPair);
  return (
    <Section title={t.pairs.meetings} plain>
      <Stack gap="sm">
        {staff && pair.openConcerns > 0 && (
          <Anchor component={Link} to="/a-faire" size="sm" fw={600} c="red.9">
            {t.pairs.concernsLink(pair.openConcerns)}
          </Anchor>
        )}
        <OutboxStatus pairId={pair.id} />
        {MEETING_STATUSES.includes(pair.status) &&
          (logging ? (
            <MeetingForm pairId={pair.id} onDone={() => setLogging(false)} />
          ) : (
            <Group>
              <Button variant={hasDraft ? 'filled' : 'default'} onClick={() => setLogging(true)}>
                {hasDraft ? t.meeting.resume : staff ? t.pairs.logForMentor : t.meeting.open}
              </Button>
            </Group>
          ))}
        <QueryState
          query={list}
          isEmpty={(data) => data.total === 0}
          empty={<Text size="sm">{t.pairs.noMeetings}</Text>}
        >
          {(data) => (
            <>
              <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {data.items.map((meeting) => (
                  <MeetingItem
                    key={meeting.id}
                    meeting={meeting}
                    correctable={canCorrect(meeting, session.user)}
                  />
                ))}
              </Stack>
              {data.total > data.pageSize && (
                <nav aria-label={t.pairs.meetingsPages}>
                  <Pagination
                    total={Math.ceil(data.total / data.pageSize)}
                    value={page}
                    onChange={setPage}
                    size="sm"
                    getControlProps={(control) => ({ 'aria-label': t.inbox.pageControls[control] })}
                    getItemProps={(n) => ({
                      'aria-label': t.inbox.page(n),
                      'aria-current': n === page ? 'page' : undefined,
                    })}
                  />
                </nav>
              )}
            </>
          )}
        </QueryState>
      </Stack>
    </Section>
  );
}
