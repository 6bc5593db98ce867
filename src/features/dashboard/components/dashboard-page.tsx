import { Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Indicators } from '../../../api/types';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import type { Channel } from '../../../domain/enums';
import { formatNumber, formatPercent } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { indicatorsQuery } from '../api/indicators';

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="1.75rem" mt={4}>
        {value}
      </Text>
    </Paper>
  );
}

const orDash = (value: number | null, format: (n: number) => string) =>
  value === null ? '—' : format(value);

const PRIORITY_LABELS: Record<string, string> = {
  QPV: t.labels.priorityPublic.QPV,
  FRR: t.labels.priorityPublic.FRR,
  DISABILITY: t.labels.priorityPublic.DISABILITY,
  ASE_PJJ: `${t.labels.priorityPublic.ASE} / ${t.labels.priorityPublic.PJJ}`,
  NEET: t.labels.situation.NEET,
};

function Breakdown({
  title,
  rows,
}: {
  title: string;
  rows: { label: string; value: number; ratio: number; shown: string }[];
}) {
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <Stack gap="xs">
        {rows.map((row) => (
          <div key={row.label}>
            <Group justify="space-between" gap="xs">
              <Text size="sm">{row.label}</Text>
              <Text size="sm" fw={600}>
                {row.shown}
              </Text>
            </Group>
            <Progress value={row.ratio * 100} size="sm" aria-hidden />
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

function DashboardBody({ data }: { data: Indicators }) {
  const channels = Object.entries(data.referralsByChannel).sort((a, b) => b[1] - a[1]);
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <Stat label={t.dashboard.referralsReceived} value={formatNumber(data.referralsReceived)} />
        <Stat
          label={t.dashboard.medianFirstContact}
          value={orDash(data.medianDaysToFirstContact, t.dashboard.days)}
        />
        <Stat
          label={t.dashboard.qualificationRate}
          value={orDash(data.qualificationRate, formatPercent)}
        />
        <Stat label={t.dashboard.pairsActive} value={formatNumber(data.pairsActive)} />
        <Stat label={t.dashboard.pairsFormed} value={formatNumber(data.pairsFormed)} />
        <Stat label={t.dashboard.earlyRuptures} value={formatNumber(data.earlyRuptures)} />
        <Stat
          label={t.dashboard.meetingsPerPair}
          value={orDash(data.meetingsPerPairPerMonth, formatNumber)}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Breakdown
          title={t.dashboard.byChannel}
          rows={channels.map(([channel, n]) => ({
            label: t.labels.channel[channel as Channel] ?? channel,
            value: n,
            ratio: data.referralsReceived ? n / data.referralsReceived : 0,
            shown: formatNumber(n),
          }))}
        />
        <Breakdown
          title={t.dashboard.priorityShares}
          rows={Object.entries(data.priorityShares).map(([key, ratio]) => ({
            label: PRIORITY_LABELS[key] ?? key,
            value: ratio,
            ratio,
            shown: formatPercent(ratio),
          }))}
        />
      </SimpleGrid>
    </Stack>
  );
}

export function DashboardPage() {
  const query = useQuery(indicatorsQuery());
  return (
    <>
      <PageHeader
        title={t.dashboard.title}
        actions={
          <Text size="sm" c="dimmed">
            {t.dashboard.period}
          </Text>
        }
      />
      <QueryState query={query}>{(data) => <DashboardBody data={data} />}</QueryState>
    </>
  );
}
