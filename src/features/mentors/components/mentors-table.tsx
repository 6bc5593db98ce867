import {
  createColumnHelper,
  useTable,
  type ColumnVisibilityState,
  type RowSelectionState,
  type SortingState,
} from '@tanstack/react-table';
import type { MentorSummary } from '../../../api/types';
import { DataTable, listFeatures, selectColumn } from '../../../components/data-table';
import { honorabilityStatus } from '../../../domain/matching';
import type { Settings } from '../../../domain/types';
import { formatDate } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import type { Density } from '../../../lib/list-preferences';
import { RowLink, WrappingCell } from '../../../components/list-cells';
import { HonorabilityBadge, LoadGauge, MentorStatusBadge } from './mentor-badges';

const column = createColumnHelper<typeof listFeatures, MentorSummary>();

/** Column id → the API's sort field. */
const SORT_FIELDS: Record<string, string> = {
  name: 'lastName',
  status: 'status',
  load: 'activePairs',
  created: 'createdAt',
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

interface Props {
  rows: MentorSummary[];
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  columnVisibility: ColumnVisibilityState;
  selection: RowSelectionState;
  onSelectionChange: (selection: RowSelectionState) => void;
  density: Density;
  settings: Pick<Settings, 'honorabilityValidityYears' | 'honorabilityWarningDays'>;
  now: Date;
}

export function MentorsTable(props: Props) {
  const { rows, sorting, columnVisibility, selection, settings, now } = props;
  const columns = column.columns([
    selectColumn<MentorSummary>((r) => `${r.firstName} ${r.lastName}`),
    column.accessor('lastName', {
      id: 'name',
      header: t.mentors.name,
      enableHiding: false,
      cell: ({ row }) => (
        <RowLink to={`/mentors/${row.original.id}`}>
          {row.original.firstName} {row.original.lastName}
        </RowLink>
      ),
    }),
    column.accessor('status', {
      id: 'status',
      header: t.mentors.status,
      cell: ({ getValue }) => <MentorStatusBadge status={getValue()} />,
    }),
    column.accessor('commune', {
      id: 'commune',
      header: t.mentors.commune,
      enableSorting: false,
      cell: ({ row }) => (
        <WrappingCell>
          {row.original.commune} ({row.original.department})
        </WrappingCell>
      ),
    }),
    column.accessor('expertise', {
      id: 'expertise',
      header: t.mentors.expertise,
      enableSorting: false,
      cell: ({ getValue }) => (
        <WrappingCell>
          {getValue()
            .map((need) => t.labels.need[need])
            .join(', ')}
        </WrappingCell>
      ),
    }),
    column.accessor('activePairs', {
      id: 'load',
      header: t.mentors.load,
      cell: ({ row }) => (
        <LoadGauge active={row.original.activePairs} capacity={row.original.capacity} />
      ),
    }),
    column.accessor('honorabilityCheck', {
      id: 'honorability',
      header: t.mentors.honorability,
      enableSorting: false,
      cell: ({ getValue }) => (
        <HonorabilityBadge status={honorabilityStatus(getValue(), settings, now)} />
      ),
    }),
    column.accessor('training', {
      id: 'training',
      header: t.mentors.trained,
      enableSorting: false,
      cell: ({ getValue }) => (getValue() ? t.mentors.trainedYes : t.mentors.trainedNo),
    }),
    column.accessor('sector', {
      id: 'sector',
      header: t.mentors.sector,
      enableSorting: false,
      cell: ({ getValue }) => getValue() ?? '—',
    }),
    column.accessor('createdAt', {
      id: 'created',
      header: t.mentors.created,
      cell: ({ getValue }) => formatDate(getValue()),
    }),
  ]);

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
