import { Button, Group, Paper, Table, Title, VisuallyHidden } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { formatNumber } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import type { Series } from './trend-chart';

const TrendChart = lazy(() => import('./trend-chart'));

const MONTH = new Intl.DateTimeFormat('fr-FR', {
  month: 'short',
  year: '2-digit',
  timeZone: 'UTC',
});
const monthLabel = (month: string) => MONTH.format(new Date(`${month}-01T00:00:00Z`));

/**
 * Figures month by month: a chart for the eye, the same numbers as a table for screen readers
 * (and on demand for everyone).
 */
export function Trends<K extends string>({
  title,
  months,
  series,
  both = false,
}: {
  title: string;
  months: ({ month: string } & Record<K, number>)[];
  series: (Series & { key: K })[];
  /** The chart and its table, both on the page (the printed report). */
  both?: boolean;
}) {
  const [asTable, setAsTable] = useState(false);
  const table = (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t.dashboard.monthColumn}</Table.Th>
          {series.map((s) => (
            <Table.Th key={s.key} ta="right">
              {s.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {months.map((m) => (
          <Table.Tr key={m.month}>
            <Table.Td>{monthLabel(m.month)}</Table.Td>
            {series.map((s) => (
              <Table.Td key={s.key} ta="right">
                {formatNumber(m[s.key])}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return (
    <Paper withBorder p="md" radius="md" className="avoid-break">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4">
          {title}
        </Title>
        {!both && (
          <Button variant="subtle" size="compact-sm" onClick={() => setAsTable((v) => !v)}>
            {asTable ? t.dashboard.showChart : t.dashboard.showTable}
          </Button>
        )}
      </Group>
      {asTable ? (
        table
      ) : (
        <>
          <div aria-hidden>
            <Suspense fallback={<div style={{ height: 260 }} />}>
              <TrendChart
                data={months.map((m) => ({ ...m, label: monthLabel(m.month) }))}
                series={series}
              />
            </Suspense>
          </div>
          {both ? table : <VisuallyHidden>{table}</VisuallyHidden>}
        </>
      )}
    </Paper>
  );
}
