import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../../api/error';
import { PageHeader } from '../../../components/page-header';
import { ErrorState } from '../../../components/query-state';
import { formatNumber, formatPercent } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { usePlanCohort, usePublishCohort, useScorePairs } from '../api/cohort';

type Plan = NonNullable<ReturnType<typeof usePlanCohort>['data']>;
type PlannedPair = Plan['pairs'][number] & { unmet?: string };

/**
 * Cohort matching: the server proposes the assignment with the best total score; the coordinator
 * reviews each pair and why, drops those they do not want, and publishes the rest as proposals.
 */
export function CohortPage() {
  const plan = usePlanCohort();
  const publish = usePublishCohort();
  const score = useScorePairs();
  const [dropped, setDropped] = useState<Set<string>>(new Set());
  // The plan as reviewed: pairs may have their mentors swapped.
  const [pairs, setPairs] = useState<PlannedPair[]>([]);
  const data = plan.data;
  const kept = pairs.filter((p) => !dropped.has(p.referralId));
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  const send = () =>
    publish.mutate(
      kept.map(({ referralId, mentorId }) => ({ referralId, mentorId })),
      { onSettled: () => setConfirming(false) },
    );

  const compute = () => {
    setDropped(new Set());
    publish.reset();
    plan.mutate(undefined, { onSuccess: (next) => setPairs(next.pairs) });
  };

  /** Exchanges the mentors of two pairs; both are scored again, and one that breaks a rule is dropped. */
  function swap(a: PlannedPair, b: PlannedPair) {
    const next = [
      { referralId: a.referralId, mentorId: b.mentorId },
      { referralId: b.referralId, mentorId: a.mentorId },
    ];
    score.mutate(next, {
      onSuccess: (scored) => {
        const byReferral = new Map(scored.map((s) => [s.referralId, s]));
        const mentorName = new Map([
          [a.mentorId, a.mentorName],
          [b.mentorId, b.mentorName],
        ]);
        setPairs((current) =>
          current.map((p) => {
            const s = byReferral.get(p.referralId);
            if (!s) return p;
            const unmet = s.constraints
              .filter((c) => !c.met)
              .map((c) => c.detail)
              .join(' · ');
            return {
              ...p,
              mentorId: s.mentorId,
              mentorName: mentorName.get(s.mentorId)!,
              score: s.score,
              criteria: s.criteria,
              ...(unmet ? { unmet } : { unmet: undefined }),
            };
          }),
        );
        setDropped((current) => {
          const nextDropped = new Set(current);
          for (const s of scored) if (!s.eligible) nextDropped.add(s.referralId);
          return nextDropped;
        });
      },
    });
  }
  const toggle = (referralId: string) =>
    setDropped((current) => {
      const next = new Set(current);
      if (!next.delete(referralId)) next.add(referralId);
      return next;
    });

  return (
    <>
      <PageHeader title={t.cohort.title} />
      <Stack gap="md">
        <Text size="sm">{t.cohort.intro}</Text>
        <Group>
          <Button onClick={compute} loading={plan.isPending}>
            {data ? t.cohort.recompute : t.cohort.compute}
          </Button>
        </Group>
        {plan.isError && <ErrorState error={plan.error} onRetry={compute} />}
        {publish.isSuccess ? (
          <Alert color="green" role="status">
            <Text size="sm">{t.cohort.published(publish.data.created)}</Text>
            <Anchor component={Link} to="/orientations?status=MATCH_PROPOSED" size="sm">
              {t.cohort.seeProposed}
            </Anchor>
          </Alert>
        ) : (
          data && (
            <>
              <Paper withBorder p="md" radius="md">
                {/* The summary follows every drop and swap: it describes what would be published. */}
                <Text size="sm" aria-live="polite">
                  {t.cohort.summary(
                    kept.length,
                    formatNumber(kept.reduce((sum, p) => sum + p.score, 0)),
                    formatNumber(data.greedyScore),
                    data.unmatched.length + pairs.length - kept.length,
                  )}
                </Text>
              </Paper>
              {score.isError && (
                <ErrorState
                  error={score.error}
                  onRetry={() => score.variables && score.mutate(score.variables)}
                />
              )}
              {pairs.length > 0 && (
                <Paper withBorder radius="md" component="section" aria-label={t.cohort.pairs}>
                  <Table.ScrollContainer minWidth={960}>
                    <Table fz="sm" highlightOnHover>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{t.cohort.keep}</Table.Th>
                          <Table.Th scope="col">{t.cohort.mentee}</Table.Th>
                          <Table.Th scope="col">{t.cohort.mentor}</Table.Th>
                          <Table.Th scope="col">{t.pairing.score}</Table.Th>
                          <Table.Th scope="col">{t.cohort.why}</Table.Th>
                          <Table.Th scope="col">{t.cohort.swap}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {pairs.map((p) => (
                          <Table.Tr
                            key={p.referralId}
                            // Set aside, still readable (no fading below contrast).
                            bg={
                              dropped.has(p.referralId)
                                ? 'var(--mantine-color-default-hover)'
                                : undefined
                            }
                            td={dropped.has(p.referralId) ? 'line-through' : undefined}
                          >
                            <Table.Td>
                              <Checkbox
                                aria-label={t.cohort.keepPair(p.menteeName, p.mentorName)}
                                checked={!dropped.has(p.referralId)}
                                onChange={() => toggle(p.referralId)}
                              />
                            </Table.Td>
                            <Table.Td>
                              <Anchor component={Link} to={`/orientations/${p.referralId}`}>
                                {p.menteeName}
                              </Anchor>
                            </Table.Td>
                            <Table.Td>
                              <Anchor component={Link} to={`/mentors/${p.mentorId}`}>
                                {p.mentorName}
                              </Anchor>
                            </Table.Td>
                            <Table.Td fw={600}>{formatPercent(p.score)}</Table.Td>
                            <Table.Td>
                              {p.unmet ? (
                                <Text size="sm" c="var(--mantine-color-error)">
                                  {p.unmet}
                                </Text>
                              ) : (
                                p.criteria
                                  .filter((c) => c.share > 0)
                                  .sort((a, b) => b.share - a.share)
                                  .slice(0, 3)
                                  .map(
                                    (c) =>
                                      `${t.pairing.criteria[c.criterion]} ${formatPercent(c.share)}`,
                                  )
                                  .join(' · ')
                              )}
                            </Table.Td>
                            <Table.Td>
                              <Select
                                aria-label={t.cohort.swapWith(p.menteeName)}
                                placeholder={t.cohort.swapPlaceholder}
                                data={pairs
                                  .filter(
                                    (o) =>
                                      o.referralId !== p.referralId && o.mentorId !== p.mentorId,
                                  )
                                  .map((o) => ({
                                    value: o.referralId,
                                    label: `${o.menteeName} (${o.mentorName})`,
                                  }))}
                                value={null}
                                onChange={(other) => {
                                  const b = pairs.find((o) => o.referralId === other);
                                  if (b) swap(p, b);
                                }}
                                searchable
                                disabled={score.isPending}
                                w={240}
                              />
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                </Paper>
              )}
              {data.unmatched.length > 0 && (
                <Paper
                  withBorder
                  p="md"
                  radius="md"
                  component="section"
                  aria-label={t.cohort.unmatched}
                >
                  <Title order={2} size="h4" mb="sm">
                    {t.cohort.unmatched}
                  </Title>
                  <List size="sm" spacing={4}>
                    {data.unmatched.map((u) => (
                      <List.Item key={u.referralId}>
                        <Anchor component={Link} to={`/orientations/${u.referralId}`}>
                          {u.menteeName}
                        </Anchor>{' '}
                        : {u.reason}
                      </List.Item>
                    ))}
                  </List>
                </Paper>
              )}
              {isApiError(publish.error, 409) ? (
                <Alert color="orange" role="alert" title={t.cohort.conflictTitle}>
                  <Stack gap="xs" align="flex-start">
                    <Text size="sm">{publish.error.problem.detail}</Text>
                    <Text size="sm">{t.cohort.conflictBody}</Text>
                    <Button size="xs" onClick={compute}>
                      {t.cohort.recompute}
                    </Button>
                  </Stack>
                </Alert>
              ) : (
                publish.isError && <ErrorState error={publish.error} onRetry={send} />
              )}
              {/* Stays in view at the bottom of the screen while the pairs are reviewed. */}
              <Paper withBorder p="sm" radius="md" pos="sticky" bottom={0} style={{ zIndex: 1 }}>
                {confirming ? (
                  <Group gap="sm" role="alert">
                    <Text size="sm" fw={600}>
                      {t.cohort.confirm(kept.length)}
                    </Text>
                    <Button onClick={send} loading={publish.isPending} ref={confirmButton}>
                      {t.cohort.confirmPublish}
                    </Button>
                    <Button variant="subtle" onClick={() => setConfirming(false)}>
                      {t.referral.cancel}
                    </Button>
                  </Group>
                ) : (
                  <Button disabled={!kept.length} onClick={() => setConfirming(true)}>
                    {t.cohort.publish(kept.length)}
                  </Button>
                )}
              </Paper>
            </>
          )
        )}
      </Stack>
    </>
  );
}
