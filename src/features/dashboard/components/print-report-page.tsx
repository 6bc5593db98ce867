import { Box, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../../api/shared-queries';
import type { Indicators } from '../../../api/types';
import { QueryState } from '../../../components/query-state';
import { previousPeriod } from '../../../domain/indicators';
import { clockNow } from '../../../lib/clock';
import { formatDate } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { useIndicators, useReportingPeriod } from '../hooks/use-reporting-period';
import { Breakdowns } from './breakdowns';
import { formatFigure, type Unit } from './figures';
import { Trends } from './trends';

/** The report's key figures, in the order an activity report gives them. */
const FIGURES: [keyof Indicators & string, string, Unit][] = [
  ['referralsReceived', t.dashboard.referralsReceived, 'count'],
  ['medianDaysToFirstContact', t.dashboard.medianFirstContact, 'days'],
  ['qualificationRate', t.dashboard.qualificationRate, 'rate'],
  ['pairsFormed', t.dashboard.pairsFormed, 'count'],
  ['pairsActive', t.dashboard.pairsActive, 'count'],
  ['pairsClosed', t.dashboard.pairsClosed, 'count'],
  ['medianPairDurationDays', t.dashboard.medianDuration, 'days'],
  ['earlyRuptures', t.dashboard.earlyRuptures, 'count'],
  ['meetingsHeld', t.dashboard.meetingsHeld, 'count'],
  ['meetingsPerPairPerMonth', t.dashboard.meetingsPerPair, 'decimal'],
  ['mentorsRecruited', t.dashboard.mentorsRecruited, 'count'],
  ['mentorsScreened', t.dashboard.mentorsScreened, 'count'],
  ['mentorsTrained', t.dashboard.mentorsTrained, 'count'],
];

function Report({ data, previous }: { data: Indicators; previous?: Indicators }) {
  const before = previousPeriod(data);
  return (
    <Stack gap="xl">
      <section className="avoid-break">
        <Title order={2} size="h3" mb="sm">
          {t.reports.figures}
        </Title>
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.reports.figure}</Table.Th>
              <Table.Th ta="right">
                {t.dashboard.periodOf(formatDate(data.from), formatDate(data.to))}
              </Table.Th>
              <Table.Th ta="right">
                {t.reports.previousValue} ({formatDate(before.from)} – {formatDate(before.to)})
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {FIGURES.map(([key, label, unit]) => (
              <Table.Tr key={key}>
                <Table.Td>{label}</Table.Td>
                <Table.Td ta="right">{formatFigure(data[key] as number | null, unit)}</Table.Td>
                <Table.Td ta="right">
                  {previous ? formatFigure(previous[key] as number | null, unit) : '…'}
                </Table.Td>
              </Table.Tr>
            ))}
            {(['mentee', 'mentor'] as const).map((side) => (
              <Table.Tr key={side}>
                <Table.Td>
                  {side === 'mentee'
                    ? t.dashboard.satisfactionMentee
                    : t.dashboard.satisfactionMentor}
                </Table.Td>
                <Table.Td ta="right">{formatFigure(data.satisfaction[side], 'score')}</Table.Td>
                <Table.Td ta="right">
                  {previous ? formatFigure(previous.satisfaction[side], 'score') : '…'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>
      <section className="print-section">
        <Stack gap="md">
          <Trends
            both
            title={t.dashboard.trends}
            months={data.byMonth}
            series={[
              { key: 'referralsReceived', label: t.dashboard.referralsReceived, color: '#1c7ed6' },
              { key: 'pairsFormed', label: t.dashboard.pairsFormed, color: '#0c8599' },
              { key: 'meetingsHeld', label: t.dashboard.meetingsHeld, color: '#9c36b5' },
            ]}
          />
        </Stack>
      </section>
      <section className="print-section">
        <Breakdowns data={data} />
      </section>
      <section className="print-section avoid-break">
        <Title order={2} size="h3" mb="sm">
          {t.dashboard.howComputed}
        </Title>
        <Stack gap={6}>
          {t.definitions.map(([name, how]) => (
            <Text size="sm" key={name}>
              <strong>{name} : </strong>
              {how}
            </Text>
          ))}
        </Stack>
      </section>
    </Stack>
  );
}

/** The funder report: the period's activity on A4 pages, printed or saved as PDF by the browser. */
export function PrintReportPage() {
  const session = useSession()!;
  const { params, period, coordinatorId } = useReportingPeriod();
  const { current, previous } = useIndicators(period, coordinatorId);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  return (
    <Box component="main" p="xl" maw={960} mx="auto">
      <title>{`${t.reports.reportTitle} · ${session.association.name}`}</title>
      <Group justify="space-between" className="no-print" mb="lg">
        <Button component={Link} to={`/rapports?${params}`} variant="default">
          {t.reports.back}
        </Button>
        <Button onClick={() => window.print()}>{t.reports.printNow}</Button>
      </Group>
      <Stack gap={4} mb="xl">
        <Text fw={600}>{session.association.name}</Text>
        <Title order={1} ref={title} tabIndex={-1} data-page-title>
          {t.reports.reportTitle}
        </Title>
        <Text size="lg">
          {t.dashboard.periodOf(formatDate(period.from), formatDate(period.to))}
        </Text>
      </Stack>
      <QueryState query={current}>
        {(data) => <Report data={data} previous={previous.data} />}
      </QueryState>
      <Text size="xs" c="dimmed" mt="xl">
        {t.reports.generated(formatDate(clockNow().toISOString()))}
      </Text>
    </Box>
  );
}
