import { Anchor, Paper, Progress, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatNumber, formatPercent } from '../../../lib/format';
import { t } from '../../../lib/i18n';

// One figure of the dashboard with its change against the previous period, and the breakdowns
// as tables; each counted figure leads to the list behind it.

/** The app's list for a link of the API (`/referrals?…` is the inbox with the same query). */
const APP_PATHS: Record<string, string> = {
  '/referrals': '/orientations',
  '/mentorships': '/binomes',
  '/mentors': '/mentors',
};
export const appHref = (apiHref: string | undefined) => {
  if (!apiHref) return undefined;
  const [path = '', query = ''] = apiHref.split('?');
  return APP_PATHS[path] ? `${APP_PATHS[path]}?${query}` : undefined;
};

export type Unit = 'count' | 'days' | 'rate' | 'decimal' | 'score';

export const formatFigure = (value: number | null | undefined, unit: Unit) => {
  if (value === null || value === undefined) return '—';
  switch (unit) {
    case 'days':
      return t.dashboard.days(value);
    case 'rate':
      return formatPercent(value);
    case 'score':
      return t.dashboard.outOf5(value);
    default:
      return formatNumber(value);
  }
};

function change(value: number | null, previous: number | null | undefined, unit: Unit) {
  if (previous === undefined) return null;
  if (previous === null || value === null)
    return t.dashboard.previous(formatFigure(previous, unit));
  const delta = value - previous;
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const size = Math.abs(delta);
  const shown =
    unit === 'rate'
      ? `${formatNumber(size * 100)} pt`
      : unit === 'count' && previous > 0
        ? `${formatNumber(size)} (${formatPercent(size / previous)})`
        : formatFigure(size, unit);
  return `${t.dashboard.change(sign, shown)} · ${t.dashboard.previous(formatFigure(previous, unit))}`;
}

export function Figure({
  label,
  value,
  previous,
  unit = 'count',
  href,
}: {
  label: string;
  value: number | null;
  /** undefined while the previous period loads. */
  previous?: number | null;
  unit?: Unit;
  href?: string;
}) {
  const compared = change(value, previous, unit);
  const body = (
    <>
      <Text size="sm" c="dimmed" component="span" display="block">
        {label}
      </Text>
      <Text fw={700} fz="1.75rem" mt={4} component="span" display="block">
        {formatFigure(value, unit)}
      </Text>
      <Text size="xs" c="dimmed" component="span" display="block" mih="1.2em">
        {compared}
      </Text>
    </>
  );
  const to = appHref(href);
  return to ? (
    <Paper
      withBorder
      p="md"
      radius="md"
      component={Link}
      to={to}
      className="figure-link"
      aria-label={t.dashboard.openList(label, formatFigure(value, unit), compared)}
    >
      {body}
    </Paper>
  ) : (
    <Paper withBorder p="md" radius="md">
      {body}
    </Paper>
  );
}

export interface BreakdownRow {
  key: string;
  label: string;
  value: number;
  href?: string;
}

/** A breakdown as a table: each line, its count and its share; a line leads to its list. */
export function Breakdown({
  title,
  rows,
  total,
  valueLabel = t.dashboard.count,
}: {
  title: string;
  rows: BreakdownRow[];
  /** What the shares are of; none: no share column. */
  total?: number;
  valueLabel?: string;
}) {
  const sorted = [...rows].sort((a, b) => b.value - a.value);
  return (
    <Paper withBorder p="md" radius="md" className="avoid-break">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {sorted.length === 0 ? (
        <Text size="sm">—</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{title}</Table.Th>
              <Table.Th ta="right">{valueLabel}</Table.Th>
              {total !== undefined && <Table.Th ta="right">{t.dashboard.share}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((row) => {
              const to = appHref(row.href);
              const ratio = total ? row.value / total : 0;
              return (
                <Table.Tr key={row.key}>
                  <Table.Td>
                    {to ? (
                      <Anchor component={Link} to={to} size="sm">
                        {row.label}
                      </Anchor>
                    ) : (
                      row.label
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(row.value)}</Table.Td>
                  {total !== undefined && (
                    <Table.Td ta="right" w="30%">
                      {formatPercent(ratio)}
                      <Progress value={ratio * 100} size="xs" mt={4} aria-hidden />
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
