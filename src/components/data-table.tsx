import {
  Button,
  Checkbox,
  Group,
  Menu,
  Pagination,
  SegmentedControl,
  Select,
  Table,
  Text,
  UnstyledButton,
} from '@mantine/core';
import {
  columnVisibilityFeature,
  createColumnHelper,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  type ReactTable,
  type RowData,
} from '@tanstack/react-table';
import { useRef, type KeyboardEvent } from 'react';
import type { Density, ListPreferences } from '../lib/list-preferences';
import { t } from '../lib/i18n';

/** What every list of the back office does: sort by the server, hide columns, select rows. */
export const listFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  rowSelectionFeature,
});

/** The first column of every list: a checkbox per row (x selects from the keyboard) and one for the page. */
export function selectColumn<TData extends RowData>(nameOf: (row: TData) => string) {
  return createColumnHelper<typeof listFeatures, TData>().display({
    id: 'select',
    header: ({ table }) => (
      <Checkbox
        aria-label={t.inbox.selectPage}
        checked={table.getIsAllPageRowsSelected()}
        indeterminate={table.getIsSomePageRowsSelected()}
        onChange={table.getToggleAllPageRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <Checkbox
        aria-label={t.inbox.selectRow(nameOf(row.original))}
        checked={row.getIsSelected()}
        onChange={row.getToggleSelectedHandler()}
        tabIndex={-1}
      />
    ),
    enableSorting: false,
    enableHiding: false,
  });
}

interface Props<TData extends RowData> {
  table: ReactTable<typeof listFeatures, TData>;
  density: Density;
  minWidth: number;
}

/**
 * A server-sorted list as a table: headers announce their sort, rows hold a real link
 * (`data-row-link`), and the keyboard moves between them: j/k or the arrows, x selects,
 * Enter follows the link.
 */
export function DataTable<TData extends RowData>({ table, density, minWidth }: Props<TData>) {
  const body = useRef<HTMLTableSectionElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const links = [...(body.current?.querySelectorAll<HTMLAnchorElement>('[data-row-link]') ?? [])];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    const move = (to: number) => {
      event.preventDefault();
      links[Math.max(0, Math.min(links.length - 1, to))]?.focus();
    };
    if (event.key === 'j' || event.key === 'ArrowDown') move(index + 1);
    if (event.key === 'k' || event.key === 'ArrowUp') move(index - 1);
    if (event.key === 'x') {
      event.preventDefault();
      table.getRowModel().rows[index]?.toggleSelected();
    }
  }

  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table
        highlightOnHover
        verticalSpacing={density === 'compact' ? 4 : 'sm'}
        stickyHeader
        style={{ whiteSpace: 'nowrap' }}
      >
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const sortable = header.column.getCanSort();
                return (
                  <Table.Th
                    key={header.id}
                    scope="col"
                    aria-sort={
                      sorted === 'asc'
                        ? 'ascending'
                        : sorted === 'desc'
                          ? 'descending'
                          : sortable
                            ? 'none'
                            : undefined
                    }
                  >
                    {sortable ? (
                      <UnstyledButton
                        onClick={header.column.getToggleSortingHandler()}
                        fw={700}
                        fz="sm"
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden>
                          {' '}
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </UnstyledButton>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody ref={body} onKeyDown={onKeyDown}>
          {table.getRowModel().rows.map((row) => (
            <Table.Tr
              key={row.id}
              bg={row.getIsSelected() ? 'var(--mantine-primary-color-light)' : undefined}
            >
              {row.getVisibleCells().map((cell) => (
                <Table.Td key={cell.id}>
                  <table.FlexRender cell={cell} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The columns a user may hide and the row density, remembered per user (list-preferences). */
export function DisplayControls({
  labels,
  preferences,
}: {
  labels: Record<string, string>;
  preferences: ListPreferences & { set: (patch: Partial<ListPreferences>) => void };
}) {
  return (
    <>
      <Menu closeOnItemClick={false} withinPortal>
        <Menu.Target>
          <Button variant="default">{t.inbox.columns}</Button>
        </Menu.Target>
        <Menu.Dropdown>
          {Object.entries(labels).map(([id, label]) => (
            <Menu.Item
              key={id}
              onClick={() =>
                preferences.set({
                  columns: { ...preferences.columns, [id]: preferences.columns[id] === false },
                })
              }
              role="menuitemcheckbox"
              aria-checked={preferences.columns[id] !== false}
            >
              {preferences.columns[id] === false ? '☐' : '☑'} {label}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <SegmentedControl
        aria-label={t.inbox.density}
        value={preferences.density}
        onChange={(density) => preferences.set({ density: density as Density })}
        data={[
          { value: 'comfortable', label: t.inbox.comfortable },
          { value: 'compact', label: t.inbox.compact },
        ]}
      />
    </>
  );
}

/** Page size and page links under a list; the keyboard help beside them. */
export function ListPagination({
  total,
  page,
  pageSize,
  onChange,
}: {
  total: number;
  page: number;
  pageSize: number;
  onChange: (patch: { page?: string; pageSize?: string }) => void;
}) {
  return (
    <Group justify="space-between" wrap="wrap">
      <Text size="xs" c="dimmed">
        {t.inbox.keyboardHelp}
      </Text>
      <Group>
        <Select
          label={t.inbox.pageSize}
          data={['25', '50', '100']}
          value={String(pageSize)}
          onChange={(size) => onChange({ pageSize: size ?? undefined })}
          w={110}
        />
        <nav aria-label={t.inbox.pagination}>
          <Pagination
            total={Math.ceil(total / pageSize)}
            value={page}
            onChange={(n) => onChange({ page: String(n) })}
            getControlProps={(control) => ({ 'aria-label': t.inbox.pageControls[control] })}
            getItemProps={(n) => ({
              'aria-label': t.inbox.page(n),
              'aria-current': n === page ? 'page' : undefined,
            })}
          />
        </nav>
      </Group>
    </Group>
  );
}
