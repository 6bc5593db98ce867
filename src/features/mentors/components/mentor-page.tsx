import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/error';
import { settingsQuery } from '../../../api/shared-queries';
import type { Mentor } from '../../../api/types';
import { EventTimeline } from '../../../components/event-timeline';
import { RecordAudit } from '../../../components/record-audit';
import { PageHeader } from '../../../components/page-header';
import { TemporaryPassword } from '../../../components/temporary-password';
import { ErrorState, LoadingState, QueryState } from '../../../components/query-state';
import { Field, Section } from '../../../components/record-section';
import type { MentorStatus } from '../../../domain/enums';
import { MENTOR_TRANSITIONS, checkMentorTransition } from '../../../domain/lifecycle';
import { hasFreePlace, honorabilityEnd, honorabilityStatus } from '../../../domain/matching';
import { DEFAULT_SETTINGS } from '../../../domain/settings';
import { formatDate, formatPercent } from '../../../lib/format';
import { clockNow } from '../../../lib/clock';
import { t } from '../../../lib/i18n';
import {
  menteeSuggestionsQuery,
  mentorPairsQuery,
  mentorQuery,
  mentorTimelineQuery,
  useInviteMentor,
  useTransitionMentor,
} from '../api/mentors';
import { HonorabilityBadge, LoadGauge, MentorStatusBadge } from './mentor-badges';
import { MentorEditForm } from './mentor-edit-form';

const list = (codes: string[], labels: Record<string, string>) =>
  codes.length ? codes.map((c) => labels[c] ?? c).join(', ') : t.referral.none;

/** Every move the pipeline has from here: allowed ones as buttons, the others with their reason. */
function Actions({ mentor, onReload }: { mentor: Mentor; onReload: () => void }) {
  const transition = useTransitionMentor();
  const [done, setDone] = useState<MentorStatus | null>(null);
  const moves = MENTOR_TRANSITIONS[mentor.status].map((to) => ({
    to,
    check: checkMentorTransition(mentor.status, to, mentor),
  }));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t.mentors.actions}>
      <Title order={2} size="h4" mb="sm">
        {t.mentors.actions}
      </Title>
      <Stack gap="xs">
        {moves.length === 0 && <Text size="sm">{t.referral.noAction}</Text>}
        <Group gap="xs">
          {moves
            .filter((m) => m.check.ok)
            .map(({ to }) => (
              <Button
                key={to}
                variant="default"
                loading={transition.isPending && transition.variables?.to === to}
                onClick={() => transition.mutate({ mentor, to }, { onSuccess: () => setDone(to) })}
              >
                {t.labels.mentorStatus[to]}
              </Button>
            ))}
        </Group>
        {moves
          .filter((m) => !m.check.ok)
          .map(({ to, check }) => (
            <Text key={to} size="sm" c="dimmed">
              {t.labels.mentorStatus[to]} : {!check.ok && check.reason}
            </Text>
          ))}
        <div aria-live="polite">
          {done && !transition.isPending && !transition.isError && (
            <Text size="sm">{t.mentors.changedTo(t.labels.mentorStatus[done])}</Text>
          )}
        </div>
        {isApiError(transition.error, 409) ? (
          <Alert color="orange" role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t.mentors.conflict}</Text>
              <Button size="xs" onClick={onReload}>
                {t.mentors.reload}
              </Button>
            </Stack>
          </Alert>
        ) : (
          transition.isError && (
            <ErrorState
              error={transition.error}
              onRetry={() => transition.variables && transition.mutate(transition.variables)}
            />
          )
        )}
      </Stack>
    </Paper>
  );
}

function Pairs({ mentorId }: { mentorId: string }) {
  const query = useQuery(mentorPairsQuery(mentorId));
  return (
    <Section title={t.mentors.pairs} plain>
      <QueryState query={query}>
        {(page) =>
          page.items.length === 0 ? (
            <Text size="sm">{t.mentors.noPairs}</Text>
          ) : (
            <List size="sm" spacing="xs">
              {page.items.map((pair) => (
                <List.Item key={pair.id}>
                  <Anchor component={Link} to={`/binomes/${pair.id}`}>
                    {t.pairs.pairLink(
                      `${pair.mentee.firstName} ${pair.mentee.lastName}`,
                      pair.mentor.firstName,
                    )}
                  </Anchor>{' '}
                  <Badge variant="light" style={{ textTransform: 'none' }}>
                    {t.labels.mentorshipStatus[pair.status]}
                  </Badge>{' '}
                  {t.mentors.meetings(pair.meetingsCount)}
                  {pair.lastMeetingAt && ` · ${formatDate(pair.lastMeetingAt)}`}
                </List.Item>
              ))}
            </List>
          )
        }
      </QueryState>
    </Section>
  );
}

/** Creates the mentor's back-office account and shows its temporary password, once. */
function Account({ mentor }: { mentor: Mentor }) {
  const invite = useInviteMentor();
  if (invite.data)
    return (
      <TemporaryPassword
        title={t.mentors.accountCreated}
        email={invite.data.user.email}
        password={invite.data.temporaryPassword}
      />
    );
  if (mentor.userId) return <Text size="sm">{t.mentors.hasAccount}</Text>;
  return (
    <Stack gap="xs" align="flex-start">
      <Button
        size="xs"
        variant="default"
        onClick={() => invite.mutate(mentor.id)}
        loading={invite.isPending}
      >
        {t.mentors.invite}
      </Button>
      {invite.isError && (
        <ErrorState error={invite.error} onRetry={() => invite.mutate(mentor.id)} />
      )}
    </Stack>
  );
}

/** For a mentor with a free place: the young people awaiting a match who suit them best. */
function SuggestedMentees({ mentor }: { mentor: Mentor }) {
  const query = useQuery(menteeSuggestionsQuery(mentor.id));
  return (
    <Section title={t.mentors.suggestedMentees} plain>
      <Text size="xs" c="dimmed">
        {t.mentors.suggestedHint}
      </Text>
      <QueryState
        query={query}
        isEmpty={(list) => !list.length}
        empty={<Text size="sm">{t.mentors.noSuggestion}</Text>}
      >
        {(list) => (
          <List size="sm" spacing={4}>
            {list.map((s) => (
              <List.Item key={s.referral.id}>
                <Anchor component={Link} to={`/orientations/${s.referral.id}`}>
                  {s.referral.firstName} {s.referral.lastName}
                </Anchor>{' '}
                · {t.pairing.scoreOf(formatPercent(s.score))}
                {!s.eligible &&
                  ` · ${s.constraints
                    .filter((c) => !c.met)
                    .map((c) => c.detail)
                    .join(' · ')}`}
              </List.Item>
            ))}
          </List>
        )}
      </QueryState>
    </Section>
  );
}

function MentorTimeline({ id }: { id: string }) {
  const query = useQuery(mentorTimelineQuery(id));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t.mentors.timeline}>
      <Title order={2} size="h4" mb="sm">
        {t.mentors.timeline}
      </Title>
      <QueryState query={query}>
        {(events) => (
          <EventTimeline
            events={events}
            title={(e) => t.mentors.event[e.kind] ?? e.kind}
            detail={(e) =>
              e.kind === 'STATUS_CHANGED'
                ? `${t.labels.mentorStatus[e.from as MentorStatus] ?? e.from} → ${t.labels.mentorStatus[e.to as MentorStatus] ?? e.to}${e.body ? ` — ${e.body}` : ''}`
                : ''
            }
          />
        )}
      </QueryState>
    </Paper>
  );
}

function MentorBody({ mentor, onReload }: { mentor: Mentor; onReload: () => void }) {
  const settings = useQuery(settingsQuery).data ?? DEFAULT_SETTINGS;
  const [editing, setEditing] = useState(false);
  const check = mentor.honorabilityCheck;
  const honorability = honorabilityStatus(check, settings, clockNow());
  return (
    <>
      <PageHeader
        title={`${mentor.firstName} ${mentor.lastName}`}
        actions={<MentorStatusBadge status={mentor.status} />}
      />
      <Anchor component={Link} to="/mentors" size="sm" mb="md" display="inline-block">
        ← {t.mentors.back}
      </Anchor>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap="md">
          <Actions mentor={mentor} onReload={onReload} />
          {editing ? (
            <Paper withBorder p="md" radius="md" component="section" aria-label={t.mentors.edit}>
              <Title order={2} size="h4" mb="sm">
                {t.mentors.edit}
              </Title>
              <MentorEditForm mentor={mentor} onDone={() => setEditing(false)} />
            </Paper>
          ) : (
            <Section
              title={t.mentors.honorabilityCheck}
              action={
                <Button size="xs" variant="default" onClick={() => setEditing(true)}>
                  {t.edit.edit}
                </Button>
              }
            >
              <Field label={t.mentors.honorabilityState}>
                <Group gap="xs" component="span">
                  <HonorabilityBadge status={honorability} />
                  {check?.result === 'VALID' &&
                    t.mentors.honorabilityEnds(formatDate(honorabilityEnd(check, settings)))}
                </Group>
                {honorability === 'EXPIRED' && (
                  <Alert color="red" p="xs" mt="xs">
                    {t.mentors.honorabilityBlocks}
                  </Alert>
                )}
              </Field>
              <Field label={t.mentors.honorabilityLast}>
                {check
                  ? t.mentors.honorabilityDetail(
                      t.labels.honorabilityType[check.type],
                      formatDate(check.date),
                      t.labels.honorabilityResult[check.result],
                    )
                  : t.mentors.honorabilityNone}
              </Field>
              <Field label={t.mentors.training}>
                {mentor.training
                  ? t.mentors.trainingDetail(
                      formatDate(mentor.training.date),
                      t.labels.trainingFormat[mentor.training.format],
                    )
                  : t.mentors.trainingNone}
              </Field>
              <Field label={t.mentors.capacity}>
                <LoadGauge active={mentor.activePairs} capacity={mentor.capacity} />
              </Field>
            </Section>
          )}
          {hasFreePlace(mentor) && <SuggestedMentees mentor={mentor} />}
          <Pairs mentorId={mentor.id} />
        </Stack>
        <Stack gap="md">
          <Section title={t.mentors.profile}>
            <Field label={t.referral.email}>
              <Anchor href={`mailto:${mentor.email}`}>{mentor.email}</Anchor>
            </Field>
            <Field label={t.referral.phone}>{mentor.phone ?? t.referral.none}</Field>
            <Field label={t.referral.address}>
              {mentor.commune} ({mentor.postalCode})
            </Field>
            <Field label={t.mentors.occupation}>
              {t.labels.occupation[mentor.occupation]}
              {mentor.jobTitle && ` · ${mentor.jobTitle}`}
              {mentor.employer && ` · ${mentor.employer}`}
            </Field>
            <Field label={t.mentors.sector}>{mentor.sector ?? t.referral.none}</Field>
            <Field label={t.mentors.expertise}>{list(mentor.expertise, t.labels.need)}</Field>
            <Field label={t.intake.languages}>{list(mentor.languages, t.labels.language)}</Field>
            <Field label={t.mentors.modality}>
              {list(mentor.modalities, t.labels.mentorModality)}
            </Field>
            <Field label={t.mentors.availability}>
              {t.mentors.hoursPerMonth(mentor.hoursPerMonth)}
              {mentor.preferredSlots.length > 0 &&
                ` · ${list(mentor.preferredSlots, t.labels.timeSlot)}`}
            </Field>
            <Field label={t.mentors.menteeAgeLabel}>
              {t.mentors.menteeAge(mentor.menteeAgeMin, mentor.menteeAgeMax)}
            </Field>
            <Field label={t.mentors.account}>
              <Account mentor={mentor} />
            </Field>
          </Section>
          <MentorTimeline id={mentor.id} />
          <RecordAudit entityType="mentor" entityId={mentor.id} personalData="mentor" />
        </Stack>
      </SimpleGrid>
    </>
  );
}

export function MentorPage() {
  const { id } = useParams() as { id: string };
  const query = useQuery(mentorQuery(id));
  // Loading or failed, the screen keeps a title of its own.
  if (query.isPending || query.isError)
    return (
      <>
        <PageHeader
          title={isApiError(query.error, 404) ? t.errors.notFoundTitle : t.mentors.recordTitle}
        />
        {query.isPending ? (
          <LoadingState shape="record" />
        ) : isApiError(query.error, 404) ? (
          <Anchor component={Link} to="/mentors">
            {t.mentors.back}
          </Anchor>
        ) : (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        )}
      </>
    );
  return <MentorBody mentor={query.data} onReload={() => void query.refetch()} />;
}
