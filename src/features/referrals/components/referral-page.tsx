import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/error';
import { settingsQuery, teamQuery } from '../../../api/shared-queries';
import type { Referral } from '../../../api/types';
import { EventTimeline } from '../../../components/event-timeline';
import { RecordAudit } from '../../../components/record-audit';
import { PageHeader } from '../../../components/page-header';
import { Field, Section } from '../../../components/record-section';
import { ErrorState, LoadingState, QueryState } from '../../../components/query-state';
import { ageOn, consentFlags, pairingBlocker } from '../../../domain/age';
import { shouldProposeUnreachable } from '../../../domain/contact';
import type { ReferralStatus } from '../../../domain/enums';
import { REFERRAL_TRANSITIONS, checkReferralTransition } from '../../../domain/lifecycle';
import { formatDate, formatDateTime } from '../../../lib/format';
import { clockNow } from '../../../lib/clock';
import { t } from '../../../lib/i18n';
import { referralQuery, timelineQuery, useTransitionReferral } from '../api/referrals';
import { ContactForm, NoteForm } from './contact-and-notes';
import { PairingPanel, ReferralPairs } from './pairing-panel';
import { ConsentsEditForm, ReferralEditForm } from './referral-edit-form';
import { AssigneePicker } from './assignee-picker';
import { StatusBadge } from './status-badge';

const UNDO_MS = 5000;
const NEEDS_REASON: ReferralStatus[] = ['NOT_ELIGIBLE', 'WITHDRAWN'];

interface Pending {
  to: ReferralStatus;
  reason?: string;
}

/**
 * Status changes show at once and leave after 5 s, so "Annuler" simply never sends them; leaving
 * the page sends what is pending.
 */
function StatusActions({
  referral,
  maxAttempts,
  onReload,
  onEditConsents,
}: {
  referral: Referral;
  maxAttempts: number;
  onReload: () => void;
  onEditConsents: () => void;
}) {
  const transition = useTransitionReferral();
  const { mutate } = transition;
  const [pending, setPending] = useState<Pending | null>(null);
  const [asking, setAsking] = useState<ReferralStatus | null>(null);
  const [reason, setReason] = useState('');
  const reasonInput = useRef<HTMLInputElement>(null);
  // Keyed by the record's version (see ReferralBody): `referral` is fixed for this component's life.
  const pendingRef = useRef<Pending | null>(null);

  useEffect(() => {
    pendingRef.current = pending;
    if (!pending) return;
    const timer = setTimeout(() => {
      pendingRef.current = null;
      setPending(null);
      mutate({ referral, ...pending });
    }, UNDO_MS);
    return () => clearTimeout(timer);
  }, [pending, mutate, referral]);

  // Leaving the page sends what is still pending.
  useEffect(
    () => () => {
      if (pendingRef.current) mutate({ referral, ...pendingRef.current });
    },
    [mutate, referral],
  );

  useEffect(() => {
    if (asking) reasonInput.current?.focus();
  }, [asking]);

  const send = (change: Pending) => mutate({ referral, ...change });

  const blocker = pairingBlocker(referral, clockNow());
  const targets = REFERRAL_TRANSITIONS[referral.status].filter(
    (to) => checkReferralTransition(referral.status, to, 'motif', { blocker }).ok,
  );
  const blocked = blocker && REFERRAL_TRANSITIONS[referral.status].includes('AWAITING_MATCH');
  const choose = (to: ReferralStatus) => {
    transition.reset();
    if (NEEDS_REASON.includes(to)) setAsking(to);
    else setPending({ to });
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t.referral.actions}>
      <Title order={2} size="h4" mb="sm">
        {t.referral.actions}
      </Title>
      <Stack gap="sm">
        <Group gap="xs">
          <StatusBadge status={pending?.to ?? referral.status} />
          {transition.isPending && <Text size="sm">{t.common.loading}</Text>}
        </Group>
        {pending && (
          <Alert color="blue" role="status">
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">{t.referral.changedTo(t.labels.referralStatus[pending.to])}</Text>
              <Button size="xs" variant="white" onClick={() => setPending(null)}>
                {t.referral.undo}
              </Button>
            </Group>
          </Alert>
        )}
        {transition.isError &&
          (isApiError(transition.error, 409) ? (
            <Alert color="orange" role="alert">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{t.referral.conflict}</Text>
                <Text size="sm">
                  {t.referral.actions} : {t.labels.referralStatus[transition.variables!.to]}
                </Text>
                <Button size="xs" onClick={onReload}>
                  {t.referral.reload}
                </Button>
              </Stack>
            </Alert>
          ) : (
            <ErrorState
              error={transition.error}
              onRetry={() => transition.variables && send(transition.variables)}
            />
          ))}
        {!pending && shouldProposeUnreachable(referral, maxAttempts) && (
          <Alert color="orange" role="status">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t.contact.proposeUnreachable(referral.contactAttempts)}</Text>
              <Button size="xs" onClick={() => choose('UNREACHABLE')}>
                {t.contact.markUnreachable}
              </Button>
            </Stack>
          </Alert>
        )}
        {!pending && blocked && (
          <Alert color="orange" role="status" title={t.referral.blocked}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{blocker}</Text>
              <Button size="xs" onClick={onEditConsents}>
                {t.referral.recordConsent}
              </Button>
            </Stack>
          </Alert>
        )}
        {!pending && targets.length > 0 && (
          <Group gap="xs">
            {targets.map((to) => (
              <Button
                key={to}
                variant="default"
                size="sm"
                onClick={() => choose(to)}
                disabled={transition.isPending}
              >
                {t.labels.referralStatus[to]}
              </Button>
            ))}
          </Group>
        )}
        {!pending && targets.length === 0 && (
          <Text size="sm" c="dimmed">
            {referral.status === 'MATCH_PROPOSED' ? t.referral.pairing : t.referral.noAction}
          </Text>
        )}
        {asking && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (!reason.trim()) return;
              setPending({ to: asking, reason: reason.trim() });
              setAsking(null);
              setReason('');
            }}
          >
            <Group align="flex-end">
              <TextInput
                label={`${t.inbox.reason} (${t.labels.referralStatus[asking]})`}
                required
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                ref={reasonInput}
              />
              <Button type="submit" disabled={!reason.trim()}>
                {t.referral.confirm}
              </Button>
              <Button variant="subtle" onClick={() => setAsking(null)}>
                {t.referral.cancel}
              </Button>
            </Group>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

function ReferralTimeline({ id }: { id: string }) {
  const query = useQuery(timelineQuery(id));
  const team = useQuery(teamQuery);
  const nameOf = (userId: string | null | undefined) => {
    const member = team.data?.find((m) => m.id === userId);
    return member ? `${member.firstName} ${member.lastName}` : t.inbox.nobody;
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t.referral.timeline}>
      <Title order={2} size="h4" mb="sm">
        {t.referral.timeline}
      </Title>
      <NoteForm referralId={id} />
      <QueryState query={query}>
        {(events) => (
          <EventTimeline
            events={events}
            title={(e) => t.referral.event[e.kind] ?? e.kind}
            detail={(e) =>
              [
                e.kind === 'STATUS_CHANGED' &&
                  `${t.labels.referralStatus[e.from as ReferralStatus] ?? e.from} → ${t.labels.referralStatus[e.to as ReferralStatus] ?? e.to}`,
                e.kind === 'ASSIGNED' && t.referral.assignedTo(nameOf(e.to)),
                e.kind === 'CONTACT_ATTEMPT' &&
                  `${t.referral.contactChannel[e.channel ?? ''] ?? ''}, ${e.reached ? t.referral.reached : t.referral.notReached}`,
                e.body,
              ]
                .filter(Boolean)
                .join(' — ')
            }
          />
        )}
      </QueryState>
    </Paper>
  );
}

function ReferralBody({ referral, onReload }: { referral: Referral; onReload: () => void }) {
  const settings = useQuery(settingsQuery);
  const [editing, setEditing] = useState<'identity' | 'consents' | null>(null);
  const done = () => {
    setEditing(null);
    onReload();
  };
  const now = clockNow();
  const age = ageOn(referral.birthDate, now);
  const flags = consentFlags(referral.birthDate, referral.legalGuardian?.consentDate, now);
  return (
    <Stack gap="md">
      <Group gap="xs">
        {flags.includes('MINOR') && (
          <Badge color="yellow" variant="light">
            {t.referral.minor}
          </Badge>
        )}
        {flags.includes('UNDER_15_WITHOUT_GUARDIAN_CONSENT') && (
          <Badge color="red" variant="light">
            {t.referral.under15NoConsent}
          </Badge>
        )}
        <Text size="sm" c="dimmed">
          {t.referral.contactAttempts(referral.contactAttempts)}
        </Text>
        <AssigneePicker referral={referral} />
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Stack gap="md">
          <StatusActions
            key={`${referral.id}-${referral.version}`}
            referral={referral}
            maxAttempts={settings.data?.maxContactAttempts ?? 3}
            onReload={onReload}
            onEditConsents={() => setEditing('consents')}
          />
          <ContactForm referral={referral} />
          <Section
            title={t.referral.identity}
            plain={editing === 'identity'}
            action={
              !editing && (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => setEditing('identity')}
                  aria-label={t.edit.title}
                >
                  {t.edit.edit}
                </Button>
              )
            }
          >
            {editing === 'identity' ? (
              <ReferralEditForm referral={referral} onDone={done} />
            ) : (
              <>
                <Field label={t.referral.born}>
                  {formatDate(referral.birthDate)} ({t.referral.age(age)})
                </Field>
                <Field label={t.referral.email}>
                  {referral.email ? (
                    <Anchor href={`mailto:${referral.email}`}>{referral.email}</Anchor>
                  ) : (
                    t.referral.none
                  )}
                </Field>
                <Field label={t.referral.phone}>
                  {referral.phone ? (
                    <Anchor href={`tel:${referral.phone.replace(/\s/g, '')}`}>
                      {referral.phone}
                    </Anchor>
                  ) : (
                    t.referral.none
                  )}
                </Field>
                <Field label={t.referral.address}>
                  {referral.commune} ({referral.postalCode})
                </Field>
                <Field label={t.referral.channel}>{t.labels.channel[referral.channel]}</Field>
                <Field label={t.referral.receivedAt}>{formatDateTime(referral.receivedAt)}</Field>
              </>
            )}
          </Section>
          <Section
            title={t.referral.consents}
            plain={editing === 'consents'}
            action={
              !editing && (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => setEditing('consents')}
                  aria-label={t.edit.consentsTitle}
                >
                  {t.edit.edit}
                </Button>
              )
            }
          >
            {editing === 'consents' ? (
              <ConsentsEditForm referral={referral} minor={age < 18} onDone={done} />
            ) : (
              <>
                <Field label={t.referral.guardian}>
                  {referral.legalGuardian?.name ?? t.referral.none}
                </Field>
                {referral.legalGuardian && (
                  <Field label={t.referral.guardianConsent}>
                    {referral.legalGuardian.consentDate
                      ? t.referral.consentGiven(formatDate(referral.legalGuardian.consentDate))
                      : t.referral.consentMissing}
                  </Field>
                )}
                <Field label={t.referral.processing}>
                  {referral.consents.processing
                    ? t.referral.consentGiven(formatDate(referral.consents.date))
                    : t.referral.consentMissing}
                </Field>
                <Field label={t.referral.transmission}>
                  {referral.consents.transmission
                    ? t.referral.consentGiven(formatDate(referral.consents.date))
                    : t.referral.consentMissing}
                </Field>
              </>
            )}
          </Section>
        </Stack>
        <Stack gap="md">
          <Section title={t.referral.situation}>
            <Field label={t.inbox.situation}>{t.labels.situation[referral.situation]}</Field>
            <Field label={t.inbox.needs}>
              {referral.needs.map((need) => t.labels.need[need]).join(', ')}
            </Field>
            <Field label={t.referral.priorityPublics}>
              {referral.priorityPublics.length
                ? referral.priorityPublics.map((p) => t.labels.priorityPublic[p]).join(', ')
                : t.referral.none}
            </Field>
            <Field label={t.referral.accommodation}>
              {referral.accommodationNeeded ? t.referral.yes : t.referral.no}
            </Field>
            <Field label={t.referral.message}>{referral.message || t.referral.none}</Field>
          </Section>
          <PairingPanel referral={referral} />
          <ReferralPairs referral={referral} />
          <ReferralTimeline id={referral.id} />
          <RecordAudit entityType="referral" entityId={referral.id} personalData="orientation" />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}

export function ReferralPage() {
  const { id = '' } = useParams();
  const query = useQuery(referralQuery(id));
  // Loading or failed, the screen keeps a title of its own, not the list's.
  const title = query.data
    ? `${query.data.firstName} ${query.data.lastName}`
    : isApiError(query.error, 404)
      ? t.errors.notFoundTitle
      : t.referral.recordTitle;
  return (
    <>
      <Anchor component={Link} to="/orientations" size="sm">
        ← {t.referral.back}
      </Anchor>
      <PageHeader title={title} />
      {query.isPending ? (
        <LoadingState shape="record" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <ReferralBody referral={query.data} onReload={() => void query.refetch()} />
      )}
    </>
  );
}
