import {
  createColumnHelper,
  useTable,
  type ColumnVisibilityState,
  type RowSelectionState,
  type SortingState,
} from '@tanstack/react-table';
import type { Mentorship } from '../../../api/types';
import { DataTable, listFeatures, selectColumn } from '../../../components/data-table';
import { RowLink } from '../../../components/list-cells';
import { formatDate } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import type { Density } from '../../../lib/list-preferences';
import { HealthBadge, PairStatusBadge } from './pair-badges';

const column = createColumnHelper<typeof listFeatures, Mentorship>();

/** Column id → the API's sort field. */
const SORT_FIELDS: Record<string, string> = {
  status: 'status',
  start: 'startedAt',
  plannedEnd: 'plannedEndAt',
  lastMeeting: 'lastMeetingAt',
  proposed: 'proposedAt',
};

export function sortingFromQuery(sort: string): SortingState {
  const desc = sort.startsWith('-');
  const field = desc ? sort.slice(1) : sort;
  const id = Object.keys(SORT_FIELDS).find((key) => SORT_FIELDS[key] === field);
  return id ? [{ id, desc }] : [];
}

export function sortFromSorting([first]: SortingState): string | undefined {
  return first ? `${first.desc ? '-' : ''}${SORT_FIELDS[first.id]}` : undefined;
}

const columns = column.columns([
  selectColumn<Mentorship>((r) => `${r.mentee.firstName} ${r.mentee.lastName}`),
  column.accessor('mentee', {
    id: 'mentee',
    header: t.pairs.mentee,
    enableHiding: false,
    enableSorting: false,
    cell: ({ row }) => (
      <RowLink to={`/binomes/${row.original.id}`}>
        {row.original.mentee.firstName} {row.original.mentee.lastName}
      </RowLink>
    ),
  }),
  column.accessor('mentor', {
    id: 'mentor',
    header: t.pairs.mentor,
    enableSorting: false,
    cell: ({ getValue }) => `${getValue().firstName} ${getValue().lastName}`,
  }),
  column.accessor('status', {
    id: 'status',
    header: t.pairs.status,
    cell: ({ getValue }) => <PairStatusBadge status={getValue()} />,
  }),
  column.accessor('health', {
    id: 'health',
    header: t.pairs.health,
    enableSorting: false,
    cell: ({ getValue }) => <HealthBadge health={getValue()} />,
  }),
  column.accessor('coordinator', {
    id: 'coordinator',
    header: t.pairs.coordinator,
    enableSorting: false,
    cell: ({ getValue }) => {
      const c = getValue();
      return c ? `${c.firstName} ${c.lastName}` : t.pairs.nobody;
    },
  }),
  column.accessor('proposedAt', {
    id: 'proposed',
    header: t.pairs.proposed,
    cell: ({ getValue }) => formatDate(getValue()),
  }),
  column.accessor('startedAt', {
    id: 'start',
    header: t.pairs.start,
    cell: ({ getValue }) => (getValue() ? formatDate(getValue()!) : '—'),
  }),
  column.accessor('plannedEndAt', {
    id: 'plannedEnd',
    header: t.pairs.plannedEnd,
    cell: ({ getValue }) => (getValue() ? formatDate(getValue()!) : '—'),
  }),
  column.accessor('heldLast30Days', {
    id: 'last30',
    header: t.pairs.last30,
    enableSorting: false,
  }),
  column.accessor('lastMeetingAt', {
    id: 'lastMeeting',
    header: t.pairs.lastMeeting,
    cell: ({ getValue }) => (getValue() ? formatDate(getValue()!) : '—'),
  }),
]);

export const PAIR_COLUMN_LABELS = {
  mentor: t.pairs.mentor,
  status: t.pairs.status,
  health: t.pairs.health,
  coordinator: t.pairs.coordinator,
  proposed: t.pairs.proposed,
  start: t.pairs.start,
  plannedEnd: t.pairs.plannedEnd,
  last30: t.pairs.last30,
  lastMeeting: t.pairs.lastMeeting,
};

interface Props {
  rows: Mentorship[];
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  columnVisibility: ColumnVisibilityState;
  selection: RowSelectionState;
  onSelectionChange: (selection: RowSelectionState) => void;
  density: Density;
}

export function PairsTable(props: Props) {
  const { rows, sorting, columnVisibility, selection } = props;
  const table = useTable({
    features: listFeatures,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    manualSorting: true,
    enableSortingRemoval: false,
    state: { sorting, columnVisibility, rowSelection: selection },
    onSortingChange: (updater) =>
      props.onSortingChange(typeof updater === 'function' ? updater(sorting) : updater),
    onRowSelectionChange: (updater) =>
      props.onSelectionChange(typeof updater === 'function' ? updater(selection) : updater),
  });
  return <DataTable table={table} density={props.density} minWidth={900} />;
}
