import { Button, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ExportKind } from '../../../api/exports';
import { ExportButton } from '../../../components/export-button';
import { PageHeader } from '../../../components/page-header';
import type { Period } from '../../../domain/indicators';
import { formatDate } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { withPeriod } from '../period';
import { useReportingPeriod } from '../hooks/use-reporting-period';
import { PeriodPicker } from './period-picker';

/** Each export of the page, and the filters that put it on the period. */
const EXPORTS: {
  kind: Exclude<ExportKind, 'audit'>;
  filters: (p: Period) => Record<string, string>;
}[] = [
  { kind: 'referrals', filters: (p) => ({ receivedFrom: p.from, receivedTo: p.to }) },
  { kind: 'mentorships', filters: (p) => ({ acceptedFrom: p.from, acceptedTo: p.to }) },
  { kind: 'meetings', filters: (p) => ({ from: p.from, to: p.to }) },
  { kind: 'mentors', filters: (p) => ({ createdFrom: p.from, createdTo: p.to }) },
  { kind: 'indicators', filters: (p) => ({ from: p.from, to: p.to }) },
];

/** "Rapports et exports": the printable report, every export of the period, and the method. */
export function ReportsPage() {
  const { params, setParams, period, coordinatorId } = useReportingPeriod();
  const scope: Record<string, string> = coordinatorId ? { coordinatorId } : {};
  return (
    <>
      <PageHeader title={t.reports.title} />
      <Stack gap="lg">
        <Text>{t.reports.intro}</Text>
        <Paper withBorder p="md" radius="md">
          <PeriodPicker
            value={period}
            onChange={(next, kind) => setParams(withPeriod(params, next, kind))}
          />
          <Text size="sm" mt="xs" c="dimmed">
            {t.dashboard.periodOf(formatDate(period.from), formatDate(period.to))}
          </Text>
        </Paper>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Paper withBorder p="md" radius="md">
            <Title order={2} size="h4" mb="xs">
              {t.reports.print}
            </Title>
            <Text size="sm" mb="md">
              {t.reports.printIntro}
            </Text>
            <Button component={Link} to={`/rapports/imprimer?${params}`}>
              {t.reports.openPrint}
            </Button>
          </Paper>
          <Paper withBorder p="md" radius="md">
            <Title order={2} size="h4" mb="xs">
              {t.reports.exports}
            </Title>
            <Text size="sm" mb="md">
              {t.reports.exportIntro}
            </Text>
            <Table>
              <Table.Tbody>
                {EXPORTS.map(({ kind, filters }) => (
                  <Table.Tr key={kind}>
                    <Table.Td>{t.reports.kinds[kind].label}</Table.Td>
                    <Table.Td ta="right">
                      <ExportButton
                        kind={kind}
                        what={t.reports.kinds[kind].what}
                        search={new URLSearchParams({
                          ...filters(period),
                          ...(kind === 'indicators' ? scope : {}),
                        }).toString()}
                        variant="light"
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        </SimpleGrid>
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm" id="definitions">
            {t.dashboard.howComputed}
          </Title>
          <List spacing="xs" size="sm">
            {t.definitions.map(([name, how]) => (
              <List.Item key={name}>
                <Group gap={4} wrap="wrap" component="span">
                  <Text span fw={600} size="sm">
                    {name} :
                  </Text>
                  <Text span size="sm">
                    {how}
                  </Text>
                </Group>
              </List.Item>
            ))}
          </List>
        </Paper>
      </Stack>
    </>
  );
}
