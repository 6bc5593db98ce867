import { memo } from 'react';
import {
  createColumnHelper,
  useTable,
  type RowSelectionState,
  type SortingState,
  type ColumnVisibilityState,
} from '@tanstack/react-table';
import type { ReferralSummary } from '../../../api/types';
import { ageOn } from '../../../domain/age';
import { isFirstContactOverdue } from '../../../domain/settings';
import { formatDate, formatRelative } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { DataTable, listFeatures, selectColumn } from '../../../components/data-table';
import type { Density } from '../../../lib/list-preferences';
import {
  CellBadge,
  CellGroup,
  CellText,
  RowLink,
  WrappingCell,
} from '../../../components/list-cells';
import { StatusBadge } from './status-badge';

const column = createColumnHelper<typeof listFeatures, ReferralSummary>();

/** Column id → the API's sort field; the age column sorts by birth date, the other way round. */
export const SORT_FIELDS: Record<string, { field: string; inverted?: boolean }> = {
  name: { field: 'lastName' },
  age: { field: 'birthDate', inverted: true },
  status: { field: 'status' },
  received: { field: 'receivedAt' },
  commune: { field: 'commune' },
  assignee: { field: 'assignee' },
};

export function sortingFromQuery(sort: string): SortingState {
  const desc = sort.startsWith('-');
  const field = desc ? sort.slice(1) : sort;
  const [id, spec] = Object.entries(SORT_FIELDS).find(([, s]) => s.field === field) ?? [];
  return id ? [{ id, desc: spec!.inverted ? !desc : desc }] : [];
}

export function sortFromSorting(sorting: SortingState): string | undefined {
  const [first] = sorting;
  if (!first) return undefined;
  const spec = SORT_FIELDS[first.id]!;
  const desc = spec.inverted ? !first.desc : first.desc;
  return `${desc ? '-' : ''}${spec.field}`;
}

interface Props {
  rows: ReferralSummary[];
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  columnVisibility: ColumnVisibilityState;
  onColumnVisibilityChange: (visibility: ColumnVisibilityState) => void;
  selection: RowSelectionState;
  onSelectionChange: (selection: RowSelectionState) => void;
  density: Density;
  /** Staff names by id, for the assignee column. */
  names: Record<string, string>;
  delayDays: number;
  now: Date;
}

/** Memoised: a change of address alone (a page asked for) leaves the rows on screen as they are. */
export const InboxTable = memo(function InboxTable(props: Props) {
  const { rows, sorting, columnVisibility, selection, density, now, delayDays } = props;

  const columns = column.columns([
    selectColumn<ReferralSummary>((r) => `${r.firstName} ${r.lastName}`),
    column.accessor((r) => `${r.lastName} ${r.firstName}`, {
      id: 'name',
      header: t.inbox.name,
      enableHiding: false,
      cell: ({ row }) => (
        <RowLink to={`/orientations/${row.original.id}`}>
          {row.original.firstName} {row.original.lastName}
        </RowLink>
      ),
    }),
    column.accessor('birthDate', {
      id: 'age',
      header: t.inbox.age,
      cell: ({ getValue }) => t.inbox.years(ageOn(getValue(), now)),
    }),
    column.accessor('status', {
      id: 'status',
      header: t.inbox.status,
      cell: ({ getValue }) => <StatusBadge status={getValue()} />,
    }),
    column.accessor('receivedAt', {
      id: 'received',
      header: t.inbox.received,
      cell: ({ row }) => (
        <CellGroup>
          <CellText title={formatDate(row.original.receivedAt)}>
            {formatRelative(row.original.receivedAt, now)}
          </CellText>
          {isFirstContactOverdue(row.original, delayDays, now) && (
            <CellBadge color="red" size="sm">
              {t.inbox.overdueBadge}
            </CellBadge>
          )}
        </CellGroup>
      ),
    }),
    column.accessor('commune', {
      id: 'commune',
      header: t.inbox.commune,
      cell: ({ row }) => (
        <WrappingCell>
          {row.original.commune} ({row.original.postalCode})
        </WrappingCell>
      ),
    }),
    column.accessor('needs', {
      id: 'needs',
      header: t.inbox.needs,
      enableSorting: false,
      cell: ({ getValue }) => (
        <WrappingCell>
          {getValue()
            .map((need) => t.labels.need[need])
            .join(', ')}
        </WrappingCell>
      ),
    }),
    column.accessor('assigneeId', {
      id: 'assignee',
      header: t.inbox.assignee,
      cell: ({ getValue }) => {
        const id = getValue();
        return id ? (props.names[id] ?? '…') : t.inbox.nobody;
      },
    }),
    column.accessor('channel', {
      id: 'channel',
      header: t.inbox.channel,
      enableSorting: false,
      cell: ({ getValue }) => t.labels.channel[getValue()],
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
    onColumnVisibilityChange: (updater) =>
      props.onColumnVisibilityChange(
        typeof updater === 'function' ? updater(columnVisibility) : updater,
      ),
    onRowSelectionChange: (updater) =>
      props.onSelectionChange(typeof updater === 'function' ? updater(selection) : updater),
  });

  return <DataTable table={table} density={density} minWidth={760} />;
});
