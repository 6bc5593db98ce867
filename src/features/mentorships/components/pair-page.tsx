import { Anchor, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { isApiError } from '../../../api/error';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { settingsQuery, useSession } from '../../../api/shared-queries';
import type { Mentorship } from '../../../api/types';
import { PageHeader } from '../../../components/page-header';
import { RecordAudit } from '../../../components/record-audit';
import { ErrorState, LoadingState } from '../../../components/query-state';
import { Field, Section } from '../../../components/record-section';
import { belowCadence, isEarlyRupture } from '../../../domain/follow-up';
import { DEFAULT_SETTINGS } from '../../../domain/settings';
import { formatDate } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { pairQuery } from '../api/mentorships';
import { PairActions } from './pair-actions';
import { HealthBadge, PairStatusBadge } from './pair-badges';
import { PairGoals } from './pair-goals';
import { PairInterviews } from './pair-interviews';
import { PairMeetings } from './pair-meetings';

const menteeName = (pair: Mentorship) =>
  [pair.mentee.firstName, pair.mentee.lastName].filter(Boolean).join(' ');
const mentorName = (pair: Mentorship) => `${pair.mentor.firstName} ${pair.mentor.lastName}`;

/** Who, where the pair stands, and why its follow-up says what it says. */
function Summary({ pair, staff }: { pair: Mentorship; staff: boolean }) {
  const settings = useQuery({ ...settingsQuery, enabled: staff });
  const rules = settings.data ?? DEFAULT_SETTINGS;
  return (
    <Section title={t.pairs.people}>
      <Field label={t.pairs.youngPerson}>
        {staff ? (
          <Anchor component={Link} to={`/orientations/${pair.referralId}`}>
            {menteeName(pair)}
          </Anchor>
        ) : (
          menteeName(pair)
        )}
      </Field>
      <Field label={t.pairs.mentor}>
        {staff ? (
          <Anchor component={Link} to={`/mentors/${pair.mentorId}`}>
            {mentorName(pair)}
          </Anchor>
        ) : (
          mentorName(pair)
        )}
      </Field>
      {staff && (
        <Field label={t.pairs.coordinator}>
          {pair.coordinator
            ? `${pair.coordinator.firstName} ${pair.coordinator.lastName}`
            : t.pairs.nobody}
        </Field>
      )}
      <Field label={t.pairs.status}>
        <PairStatusBadge status={pair.status} />
      </Field>
      <Field label={t.pairs.health}>
        {pair.health ? (
          <Group gap="xs" component="span">
            <HealthBadge health={pair.health} />
            <Text span size="sm">
              {t.pairs.healthRule(
                pair.health.level,
                pair.health.rule,
                pair.health.days,
                // Mentors cannot read the settings: no thresholds rather than the defaults.
                staff ? rules : null,
              )}
            </Text>
          </Group>
        ) : (
          t.pairs.notFollowed
        )}
      </Field>
      {pair.status === 'ACTIVE' && (
        <Field label={t.pairs.last30}>
          {t.pairs.cadence(pair.heldLast30Days, rules.meetingsPerMonth)}
          {belowCadence(pair.heldLast30Days, rules) ? ` · ${t.pairs.belowCadence}` : ''}
        </Field>
      )}
      <Field label={t.pairs.proposed}>{formatDate(pair.proposedAt)}</Field>
      {pair.acceptedAt && <Field label={t.pairs.accepted}>{formatDate(pair.acceptedAt)}</Field>}
      {pair.startedAt && <Field label={t.pairs.started}>{formatDate(pair.startedAt)}</Field>}
      {pair.plannedEndAt && (
        <Field label={t.pairs.plannedEnd}>{formatDate(pair.plannedEndAt)}</Field>
      )}
      {pair.closedAt && (
        <Field label={t.pairs.closed}>
          {formatDate(pair.closedAt)}
          {isEarlyRupture(pair) ? ` · ${t.pairs.earlyRupture}` : ''}
        </Field>
      )}
      {pair.closureReason && (
        <Field label={t.pairs.closureReason}>{t.labels.closureReason[pair.closureReason]}</Field>
      )}
      {pair.exitSituation && (
        <Field label={t.pairs.exitSituation}>{t.labels.exitSituation[pair.exitSituation]}</Field>
      )}
      {pair.refusalReason && <Field label={t.pairs.refusal}>{pair.refusalReason}</Field>}
    </Section>
  );
}

/**
 * One pair: for staff, both people, its follow-up, goals, interviews, meetings and its closure;
 * for its mentor, the same pair as they may see it (first name only, their meetings to correct).
 */
export function PairPage() {
  const { id = '' } = useParams();
  const session = useSession()!;
  const staff = session.user.role !== 'mentor';
  const query = useQuery(pairQuery(id));
  const pair = query.data;
  // Loading or failed, the screen keeps a title of its own, not the list's.
  const title = pair
    ? t.pairs.pairOf(menteeName(pair), mentorName(pair))
    : isApiError(query.error, 404)
      ? t.errors.notFoundTitle
      : t.pairs.recordTitle;
  return (
    <>
      <Anchor component={Link} to={staff ? '/binomes' : '/mes-binomes'} size="sm">
        ← {staff ? t.pairs.back : t.myPairs.back}
      </Anchor>
      <PageHeader title={title} />
      {query.isPending ? (
        <LoadingState shape="record" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Stack gap="md">
            <Summary pair={pair!} staff={staff} />
            {staff && <PairActions pair={pair!} />}
            <PairGoals pair={pair!} editable={staff} />
            {staff && <PairInterviews pair={pair!} />}
          </Stack>
          <Stack gap="md">
            <PairMeetings pair={pair!} />
            <RecordAudit entityType="mentorship" entityId={pair!.id} />
          </Stack>
        </SimpleGrid>
      )}
    </>
  );
}
