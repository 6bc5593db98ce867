import { Anchor, Button, Checkbox, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { QueryState } from '../../../components/query-state';
import { announce } from '../../../lib/announce';
import { formatDate } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { retentionQuery, useRunRetention } from '../api/personal-data';

const FILE_PATH = { referral: 'orientation', mentor: 'mentor' } as const;
const statusLabel = (type: 'referral' | 'mentor', status: string) =>
  (type === 'referral'
    ? (t.labels.referralStatus as Record<string, string>)
    : (t.labels.mentorStatus as Record<string, string>))[status] ?? status;

/**
 * Personal data: where subject access and erasure happen, and the retention review: the files
 * idle past the retention period, checked one by one or all, anonymised in one confirmed run.
 */
export function PersonalDataPage() {
  const review = useQuery(retentionQuery);
  const run = useRunRetention();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const items = review.data?.items ?? [];
  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const all = items.length > 0 && items.every((i) => chosen.has(i.id));
  const start = () =>
    run.mutate([...chosen], {
      onSuccess: (result) => {
        setConfirming(false);
        setChosen(new Set());
        announce(t.personalData.runDone(result.anonymised, result.skipped));
      },
    });

  return (
    <>
      <PageHeader title={t.personalData.title} />
      <Stack gap="md">
        <Text size="sm">{t.personalData.intro}</Text>
        <Paper
          withBorder
          p="md"
          radius="md"
          component="section"
          aria-label={t.personalData.retention}
        >
          <Title order={2} size="h4" mb="xs">
            {t.personalData.retention}
          </Title>
          <QueryState
            query={review}
            isEmpty={(r) => !r.items.length}
            empty={<Text size="sm">{t.personalData.retentionEmpty}</Text>}
          >
            {(r) => (
              <Stack gap="sm">
                <Text size="sm" c="dimmed">
                  {t.personalData.retentionHint(r.retentionYears, formatDate(r.before))}
                </Text>
                <Group justify="space-between" wrap="wrap">
                  <Text size="sm" aria-live="polite">
                    {t.personalData.selected(chosen.size)}
                  </Text>
                  <Button color="red" disabled={!chosen.size} onClick={() => setConfirming(true)}>
                    {t.personalData.anonymiseSelected(chosen.size)}
                  </Button>
                </Group>
                <Table.ScrollContainer
                  minWidth={560}
                  type="native"
                  tabIndex={0}
                  role="region"
                  aria-label={t.personalData.retention}
                >
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col" w={40}>
                          <Checkbox
                            aria-label={t.personalData.selectAll}
                            checked={all}
                            indeterminate={!all && chosen.size > 0}
                            onChange={() =>
                              setChosen(all ? new Set() : new Set(r.items.map((i) => i.id)))
                            }
                          />
                        </Table.Th>
                        <Table.Th scope="col">{t.personalData.name}</Table.Th>
                        <Table.Th scope="col">{t.personalData.type}</Table.Th>
                        <Table.Th scope="col">{t.personalData.status}</Table.Th>
                        <Table.Th scope="col">{t.personalData.lastActivity}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {r.items.map((item) => (
                        <Table.Tr key={item.id}>
                          <Table.Td>
                            <Checkbox
                              aria-label={t.personalData.select(item.label)}
                              checked={chosen.has(item.id)}
                              onChange={() => toggle(item.id)}
                            />
                          </Table.Td>
                          <Table.Td>
                            <Anchor
                              component={Link}
                              to={`/donnees-personnelles/${FILE_PATH[item.type]}/${item.id}`}
                            >
                              {item.label}
                            </Anchor>
                          </Table.Td>
                          <Table.Td>{t.personalData.types[item.type]}</Table.Td>
                          <Table.Td>{statusLabel(item.type, item.status)}</Table.Td>
                          <Table.Td>{formatDate(item.lastActivityAt)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Stack>
            )}
          </QueryState>
        </Paper>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t.personalData.confirmTitle(chosen.size)}
        body={t.personalData.confirmBody}
        confirm={t.personalData.confirm}
        color="red"
        pending={run.isPending}
        error={run.error}
        onConfirm={start}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}
