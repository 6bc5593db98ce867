import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Mentorship } from '../../../api/types';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { formatDate, formatRelativeDay } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { MEETING_STATUSES } from '../../../domain/meetings';
import { myOpenPairsQuery } from '../api/my-pairs-data';
import { useMeetingDrafts } from '../hooks/meeting-drafts';
import { MeetingForm } from './meeting-form';
import { OutboxStatus } from './outbox-status';

const STATUS_COLOR: Record<Mentorship['status'], string> = {
  PROPOSED: 'yellow',
  ACCEPTED: 'cyan',
  ACTIVE: 'green',
  PAUSED: 'orange',
  CLOSED: 'gray',
};

function PairCard({ pair }: { pair: Mentorship }) {
  const { mentee } = pair;
  const hasDraft = useMeetingDrafts((s) => pair.id in s.byPair);
  const [logging, setLogging] = useState(false);
  const canLog = MEETING_STATUSES.includes(pair.status);
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="article"
      aria-labelledby={`pair-${pair.id}`}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Title order={2} size="h3" id={`pair-${pair.id}`}>
          {mentee.firstName}
        </Title>
        <Badge color={STATUS_COLOR[pair.status]} variant="light">
          {t.labels.mentorshipStatus[pair.status]}
        </Badge>
      </Group>
      <Stack gap={6} mt="sm">
        <Text size="sm">
          <Text span fw={600}>
            {t.myPairs.needs} :{' '}
          </Text>
          {mentee.needs.map((need) => t.labels.need[need]).join(', ')}
        </Text>
        {(mentee.phone || mentee.email) && (
          <Text size="sm">
            <Text span fw={600}>
              {t.myPairs.contact} :{' '}
            </Text>
            {mentee.phone && (
              <Anchor href={`tel:${mentee.phone.replace(/\s/g, '')}`}>{mentee.phone}</Anchor>
            )}
            {mentee.phone && mentee.email && ' · '}
            {mentee.email && <Anchor href={`mailto:${mentee.email}`}>{mentee.email}</Anchor>}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t.myPairs.meetings(pair.meetingsCount)} ·{' '}
          {pair.lastMeetingAt ? (
            <>
              {t.myPairs.lastMeeting} : {formatRelativeDay(pair.lastMeetingAt)}
            </>
          ) : (
            t.myPairs.noMeeting
          )}
        </Text>
        {pair.nextInterview && (
          <Text size="sm">
            {t.myPairs.nextInterview(
              t.labels.interviewKind[pair.nextInterview.kind],
              formatDate(pair.nextInterview.dueDay),
            )}
          </Text>
        )}
        <Anchor component={Link} to={`/mes-binomes/${pair.id}`} size="sm">
          {t.myPairs.history}
        </Anchor>
        <OutboxStatus pairId={pair.id} />
        {canLog &&
          (logging ? (
            <MeetingForm pairId={pair.id} onDone={() => setLogging(false)} />
          ) : (
            <Button variant={hasDraft ? 'filled' : 'default'} onClick={() => setLogging(true)}>
              {hasDraft ? t.meeting.resume : t.meeting.open}
            </Button>
          ))}
      </Stack>
    </Card>
  );
}

export function MyPairsPage() {
  const query = useQuery(myOpenPairsQuery);
  return (
    <>
      <PageHeader title={t.myPairs.title} />
      <QueryState
        query={query}
        isEmpty={(page) => page.items.length === 0}
        empty={<Text>{t.myPairs.empty}</Text>}
      >
        {(page) => (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {page.items.map((pair) => (
              <PairCard key={pair.id} pair={pair} />
            ))}
          </SimpleGrid>
        )}
      </QueryState>
    </>
  );
}
