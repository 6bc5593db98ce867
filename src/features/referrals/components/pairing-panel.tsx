import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Referral } from '../../../api/types';
import { ErrorState, QueryState } from '../../../components/query-state';
import { pairingBlocker } from '../../../domain/age';
import { announce } from '../../../lib/announce';
import { clockNow } from '../../../lib/clock';
import { formatPercent } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import {
  referralPairsQuery,
  suggestionsQuery,
  useAnswerProposal,
  useProposePair,
} from '../api/referrals';

/** A failure is shown by the mutation's own error state. */
const noop = () => {};

type Suggestion = Awaited<
  ReturnType<NonNullable<ReturnType<typeof suggestionsQuery>['queryFn']>>
>[number];

/** Up to three candidates side by side: each criterion's value and share, and the constraints. */
function Comparison({ chosen }: { chosen: Suggestion[] }) {
  const criteria = chosen[0]!.criteria.map((c) => c.criterion);
  return (
    // Scrolls sideways on a phone; focusable so the keyboard can scroll it too.
    <Box style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={t.pairing.comparison}>
      <Table withTableBorder fz="sm" miw={480} aria-label={t.pairing.comparison}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t.pairing.criterion}</Table.Th>
            {chosen.map((s) => (
              <Table.Th key={s.mentor.id} scope="col">
                {s.mentor.firstName} {s.mentor.lastName}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">{t.pairing.score}</Table.Th>
            {chosen.map((s) => (
              <Table.Td key={s.mentor.id} fw={700}>
                {formatPercent(s.score)}
              </Table.Td>
            ))}
          </Table.Tr>
          {criteria.map((criterion) => (
            <Table.Tr key={criterion}>
              <Table.Th scope="row">{t.pairing.criteria[criterion]}</Table.Th>
              {chosen.map((s) => {
                const c = s.criteria.find((x) => x.criterion === criterion)!;
                return (
                  <Table.Td key={s.mentor.id}>
                    {c.detail}
                    <Text size="xs" c="dimmed">
                      {t.pairing.share(formatPercent(c.share))}
                    </Text>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

function Suggestions({ referral }: { referral: Referral }) {
  const query = useQuery(suggestionsQuery(referral.id));
  const propose = useProposePair();
  const [compared, setCompared] = useState<string[]>([]);
  const toggle = (id: string) =>
    setCompared((ids) =>
      ids.includes(id) ? ids.filter((x) => x !== id) : ids.length < 3 ? [...ids, id] : ids,
    );
  return (
    <QueryState
      query={query}
      isEmpty={(list) => !list.length}
      empty={<Text size="sm">{t.pairing.none}</Text>}
    >
      {(list) => (
        <Stack gap="sm">
          {compared.length >= 2 && (
            <Comparison chosen={list.filter((s) => compared.includes(s.mentor.id))} />
          )}
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {list.map((s) => {
              const unmet = s.constraints.filter((c) => !c.met);
              const name = `${s.mentor.firstName} ${s.mentor.lastName}`;
              return (
                <Paper
                  key={s.mentor.id}
                  component="li"
                  withBorder
                  p="sm"
                  radius="sm"
                  bg={s.eligible ? undefined : 'var(--mantine-color-default-hover)'}
                >
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <div>
                      <Anchor component={Link} to={`/mentors/${s.mentor.id}`} fw={600}>
                        {name}
                      </Anchor>{' '}
                      <Badge
                        variant="light"
                        color={s.eligible ? 'teal' : 'gray'}
                        style={{ textTransform: 'none' }}
                      >
                        {t.pairing.scoreOf(formatPercent(s.score))}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {s.mentor.commune} ·{' '}
                        {t.mentors.loadOf(s.mentor.activePairs, s.mentor.capacity)}
                      </Text>
                    </div>
                    <Group gap="xs">
                      <Checkbox
                        label={t.pairing.compare}
                        aria-label={t.pairing.compareWith(name)}
                        checked={compared.includes(s.mentor.id)}
                        disabled={!compared.includes(s.mentor.id) && compared.length >= 3}
                        onChange={() => toggle(s.mentor.id)}
                      />
                      <Button
                        size="xs"
                        disabled={!s.eligible}
                        loading={propose.isPending && propose.variables?.mentorId === s.mentor.id}
                        onClick={() =>
                          propose.mutate({ referralId: referral.id, mentorId: s.mentor.id })
                        }
                        aria-label={t.pairing.proposeWith(name)}
                      >
                        {t.pairing.propose}
                      </Button>
                    </Group>
                  </Group>
                  {unmet.length > 0 ? (
                    <Text size="sm" c="var(--mantine-color-error)">
                      {unmet.map((c) => c.detail).join(' · ')}
                    </Text>
                  ) : (
                    <Text size="xs">
                      {t.pairing.strengths(
                        s.criteria
                          .filter((c) => c.share > 0)
                          .sort((a, b) => b.share - a.share)
                          .slice(0, 3)
                          .map(
                            (c) =>
                              `${t.pairing.criteria[c.criterion]} (${t.pairing.share(formatPercent(c.share))})`,
                          )
                          .join(', '),
                      )}
                    </Text>
                  )}
                </Paper>
              );
            })}
          </Stack>
          {propose.isError && (
            <ErrorState
              error={propose.error}
              onRetry={() => propose.variables && propose.mutate(propose.variables)}
            />
          )}
        </Stack>
      )}
    </QueryState>
  );
}

function Proposal({ referral }: { referral: Referral }) {
  const pairs = useQuery(referralPairsQuery(referral.id));
  const answer = useAnswerProposal();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <QueryState query={pairs}>
      {(page) => {
        const pair = page.items.find((p) => p.status === 'PROPOSED');
        if (!pair) return null;
        const mentor = `${pair.mentor.firstName} ${pair.mentor.lastName}`;
        return (
          <Stack gap="sm">
            <Text size="sm">{t.pairing.proposedWith(mentor)}</Text>
            <Text size="xs" c="dimmed">
              {t.pairing.callBoth}
            </Text>
            {refusing ? (
              <Group align="flex-end" wrap="wrap">
                <TextInput
                  label={t.pairing.refusalReason}
                  required
                  value={reason}
                  onChange={(e) => setReason(e.currentTarget.value)}
                  error={answer.isError && !reason.trim() ? t.referral.reasonRequired : undefined}
                  w={320}
                />
                <Button
                  color="red"
                  disabled={!reason.trim()}
                  loading={answer.isPending}
                  onClick={() =>
                    void answer
                      .mutateAsync({ pair, accept: false, reason: reason.trim() })
                      .then(() => announce(t.pairing.refused(referral.firstName)), noop)
                  }
                >
                  {t.pairing.confirmRefusal}
                </Button>
                <Button variant="subtle" onClick={() => setRefusing(false)}>
                  {t.referral.cancel}
                </Button>
              </Group>
            ) : (
              <Group>
                <Button
                  loading={answer.isPending}
                  onClick={() =>
                    // Said once done, after this panel has left the screen (mutate's own
                    // callbacks would be dropped with it).
                    void answer
                      .mutateAsync({ pair, accept: true })
                      .then(() => announce(t.pairing.accepted(referral.firstName, mentor)), noop)
                  }
                >
                  {t.pairing.accept}
                </Button>
                <Button variant="default" onClick={() => setRefusing(true)}>
                  {t.pairing.refuse}
                </Button>
              </Group>
            )}
            {answer.isError && (
              <ErrorState
                error={answer.error}
                onRetry={() => answer.variables && answer.mutate(answer.variables)}
              />
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}

/** The young person's pairs, current and past, each a link to its page. */
export function ReferralPairs({ referral }: { referral: Referral }) {
  const pairs = useQuery(referralPairsQuery(referral.id));
  const shown = (pairs.data?.items ?? []).filter((p) => p.status !== 'PROPOSED');
  if (!shown.length) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t.pairing.pairs}>
      <Title order={2} size="h4" mb="sm">
        {t.pairing.pairs}
      </Title>
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {shown.map((pair) => (
          <li key={pair.id}>
            <Anchor component={Link} to={`/binomes/${pair.id}`}>
              {t.pairs.pairLink(
                referral.firstName,
                `${pair.mentor.firstName} ${pair.mentor.lastName}`,
              )}
            </Anchor>{' '}
            <Badge variant="light" style={{ textTransform: 'none' }}>
              {t.labels.mentorshipStatus[pair.status]}
            </Badge>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}

/** Pairing from the referral's page: suggestions while it waits, the answer once proposed. */
export function PairingPanel({ referral }: { referral: Referral }) {
  if (referral.status !== 'AWAITING_MATCH' && referral.status !== 'MATCH_PROPOSED') return null;
  const waiting = referral.status === 'AWAITING_MATCH';
  const title = waiting ? t.pairing.suggestions : t.pairing.proposal;
  const blocker = pairingBlocker(referral, clockNow());
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {waiting ? (
        <>
          {blocker ? (
            <Alert color="orange" role="status" mb="sm" title={t.referral.blocked}>
              {blocker}
            </Alert>
          ) : (
            <Alert color="blue" variant="light" mb="sm" p="xs">
              {t.pairing.hint}
            </Alert>
          )}
          <Suggestions referral={referral} />
        </>
      ) : (
        <Proposal referral={referral} />
      )}
    </Paper>
  );
}
