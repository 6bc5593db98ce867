import { Box, Button, Group, Paper, Select, SimpleGrid, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { teamQuery } from '../../../api/shared-queries';
import type { Indicators } from '../../../api/types';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { t } from '../../../lib/i18n';
import { useIndicators, useReportingPeriod } from '../hooks/use-reporting-period';
import { withPeriod } from '../period';
import { Breakdowns } from './breakdowns';
import { Figure } from './figures';
import { PeriodPicker } from './period-picker';
import { Trends } from './trends';

function CoordinatorPicker({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (id: string | null) => void;
}) {
  const team = useQuery(teamQuery);
  const options = (team.data ?? [])
    .filter((m) => m.role === 'coordinator')
    .map((m) => ({ value: m.id, label: `${m.firstName} ${m.lastName}` }));
  return (
    <Select
      label={t.dashboard.coordinator}
      placeholder={t.dashboard.everyone}
      data={options}
      value={value ?? null}
      onChange={onChange}
      clearable
      w={220}
    />
  );
}

function DashboardBody({ data, previous }: { data: Indicators; previous?: Indicators }) {
  const before = <K extends keyof Indicators>(key: K) => previous?.[key];
  const figure = (key: keyof Indicators & string) => ({
    value: data[key] as number | null,
    previous: before(key) as number | null | undefined,
    href: data.links[key],
  });
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing={{ base: 'xs', sm: 'md' }}>
        <Figure label={t.dashboard.referralsReceived} {...figure('referralsReceived')} />
        <Figure
          label={t.dashboard.referralsWithoutContact}
          {...figure('referralsWithoutContact')}
        />
        <Figure
          label={t.dashboard.medianFirstContact}
          unit="days"
          {...figure('medianDaysToFirstContact')}
        />
        <Figure
          label={t.dashboard.qualificationRate}
          unit="rate"
          {...figure('qualificationRate')}
        />
        <Figure label={t.dashboard.pairsFormed} {...figure('pairsFormed')} />
        <Figure label={t.dashboard.pairsActive} {...figure('pairsActive')} />
        <Figure label={t.dashboard.pairsClosed} {...figure('pairsClosed')} />
        <Figure label={t.dashboard.earlyRuptures} {...figure('earlyRuptures')} />
        <Figure label={t.dashboard.medianMatch} unit="days" {...figure('medianDaysToMatch')} />
        <Figure
          label={t.dashboard.medianDuration}
          unit="days"
          {...figure('medianPairDurationDays')}
        />
        <Figure label={t.dashboard.meetingsHeld} {...figure('meetingsHeld')} />
        <Figure
          label={t.dashboard.meetingsPerPair}
          unit="decimal"
          {...figure('meetingsPerPairPerMonth')}
        />
        <Figure label={t.dashboard.mentorsRecruited} {...figure('mentorsRecruited')} />
        <Figure label={t.dashboard.mentorsScreened} {...figure('mentorsScreened')} />
        <Figure label={t.dashboard.mentorsTrained} {...figure('mentorsTrained')} />
        <Figure
          label={t.dashboard.satisfactionMentee}
          value={data.satisfaction.mentee}
          previous={previous?.satisfaction.mentee}
          unit="score"
        />
        <Figure
          label={t.dashboard.satisfactionMentor}
          value={data.satisfaction.mentor}
          previous={previous?.satisfaction.mentor}
          unit="score"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Trends
          title={t.dashboard.trends}
          months={data.byMonth}
          series={[
            {
              key: 'referralsReceived',
              label: t.dashboard.referralsReceived,
              color: 'var(--mantine-color-blue-6)',
            },
            {
              key: 'pairsFormed',
              label: t.dashboard.pairsFormed,
              color: 'var(--mantine-color-teal-7)',
            },
            {
              key: 'pairsClosed',
              label: t.dashboard.pairsClosed,
              color: 'var(--mantine-color-orange-7)',
            },
          ]}
        />
        <Trends
          title={t.dashboard.meetingsHeld}
          months={data.byMonth}
          series={[
            {
              key: 'meetingsHeld',
              label: t.dashboard.meetingsHeld,
              color: 'var(--mantine-color-grape-6)',
            },
          ]}
        />
      </SimpleGrid>
      <Breakdowns data={data} />
    </Stack>
  );
}

export function DashboardPage() {
  const { params, setParams, period, coordinatorId } = useReportingPeriod();
  const { current, previous } = useIndicators(period, coordinatorId);
  return (
    <>
      <PageHeader
        title={t.dashboard.title}
        actions={
          <Button component={Link} to={`/rapports?${params}`} variant="default">
            {t.reports.title}
          </Button>
        }
      />
      <Stack gap="md">
        <Paper withBorder p="md" radius="md">
          <Group align="flex-end" gap="md" wrap="wrap">
            <PeriodPicker
              value={period}
              onChange={(next, kind) => setParams(withPeriod(params, next, kind))}
            />
            <CoordinatorPicker
              value={coordinatorId}
              onChange={(id) => {
                const next = new URLSearchParams(params);
                if (id) next.set('coordinatorId', id);
                else next.delete('coordinatorId');
                setParams(next);
              }}
            />
          </Group>
        </Paper>
        <QueryState query={current}>
          {(data) => (
            // The previous period's figures stay, dimmed, while the new ones load.
            <Box
              aria-busy={current.isPlaceholderData}
              opacity={current.isPlaceholderData ? 0.6 : 1}
            >
              <DashboardBody data={data} previous={previous.data} />
            </Box>
          )}
        </QueryState>
      </Stack>
    </>
  );
}
