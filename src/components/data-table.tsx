import {
  Button,
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
import {
  useEffect,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { useLocation, useNavigate } from 'react-router';
import { rememberRow, rememberedRow } from '../lib/return-focus';
import { RowCheckbox } from './list-cells';
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
      <RowCheckbox
        label={t.inbox.selectPage}
        checked={table.getIsAllPageRowsSelected()}
        indeterminate={table.getIsSomePageRowsSelected()}
        onChange={table.getToggleAllPageRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <RowCheckbox
        label={t.inbox.selectRow(nameOf(row.original))}
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
 * Headers and cells are plain functions of their context, called rather than mounted as
 * components: a list re-rendered with new column definitions keeps its DOM, and the focus in it.
 */
const render = (content: unknown, context: unknown): ReactNode =>
  typeof content === 'function' ? content(context) : (content as ReactNode);

const rowLinkOf = (body: HTMLElement | null, rowId: string) =>
  body?.querySelector<HTMLElement>(`tr[data-row-id="${CSS.escape(rowId)}"] [data-row-link]`);

/**
 * Keeps the history entry the list is on, and gives the focus back to the row opened from it once
 * that row is on screen. Its own component, drawing nothing: it follows every change of address
 * (a page, a sort) without drawing the rows again.
 */
function ReturnFocus({
  bodyRef,
  entryRef,
  rowIds,
}: {
  bodyRef: RefObject<HTMLTableSectionElement | null>;
  entryRef: RefObject<string>;
  rowIds: string[];
}) {
  const { key } = useLocation();
  useLayoutEffect(() => {
    entryRef.current = key;
  });
  const returned = rememberedRow(key);
  const hasReturnedRow = !!returned && rowIds.includes(returned);
  useEffect(() => {
    if (returned && hasReturnedRow) rowLinkOf(bodyRef.current, returned)?.focus();
  }, [bodyRef, returned, hasReturnedRow]);
  return null;
}

/**
 * A server-sorted list as a table: headers announce their sort, rows hold a real link
 * (`data-row-link`), and the keyboard moves between them: j/k or the arrows, x selects,
 * Enter follows the link. j from the page, or ↓ from the list's search (`data-list-search`),
 * enters the rows; back on the list, focus returns to the row that was opened.
 */
export function DataTable<TData extends RowData>({ table, density, minWidth }: Props<TData>) {
  const body = useRef<HTMLTableSectionElement>(null);
  const entry = useRef('');
  const navigate = useNavigate();
  const rows = table.getRowModel().rows;

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const fromSearch = event.key === 'ArrowDown' && target.matches('[data-list-search]');
      const fromPage =
        event.key === 'j' &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey &&
        !target.closest('input, textarea, select, [contenteditable], [role=dialog], [role=menu]') &&
        !body.current?.contains(target);
      const first = body.current?.querySelector<HTMLElement>('[data-row-link]');
      if ((!fromSearch && !fromPage) || !first) return;
      event.preventDefault();
      first.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // Row links are plain anchors (a router link per row costs a few hooks each): followed here, in
  // the page, as a router link would; a modified or middle click keeps the browser's own way.
  function onClick(event: MouseEvent<HTMLTableSectionElement>) {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-row-link]');
    const rowId = link?.closest('tr')?.dataset.rowId;
    if (!link || !rowId) return;
    rememberRow(entry.current, rowId);
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    void navigate(link.getAttribute('href')!);
  }

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
      rows[index]?.toggleSelected();
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
                    // Long headers wrap rather than widen their column.
                    style={{ whiteSpace: 'normal' }}
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
                        {render(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden>
                          {' '}
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </UnstyledButton>
                    ) : (
                      render(header.column.columnDef.header, header.getContext())
                    )}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody ref={body} onKeyDown={onKeyDown} onClick={onClick}>
          <ReturnFocus bodyRef={body} entryRef={entry} rowIds={rows.map((row) => row.id)} />
          {rows.map((row) => (
            // Plain elements with the table's classes: a page of rows is hundreds of cells, and
            // Mantine's components cost a style resolution each (decision 0017).
            <tr
              key={row.id}
              className={Table.classes.tr}
              data-with-row-border
              data-hover
              data-row-id={row.id}
              style={
                row.getIsSelected()
                  ? { background: 'var(--mantine-primary-color-light)' }
                  : undefined
              }
            >
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className={Table.classes.td}>
                  {render(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The columns a user may hide and the row density, remembered per user (list-preferences). */
/** The ids of the columns on screen: the first (never hidden), then those the user kept. */
export const shownColumns = (
  first: string,
  labels: Record<string, string>,
  visibility: Record<string, boolean>,
) => [first, ...Object.keys(labels).filter((id) => visibility[id] !== false)];

export function DisplayControls({
  labels,
  preferences,
}: {
  labels: Record<string, string>;
  preferences: ListPreferences & { set: (patch: Partial<ListPreferences>) => void };
}) {
  return (
    <>
      <Menu closeOnItemClick={false} withinPortal={false}>
        <Menu.Target>
          <Button variant="default">{t.inbox.columns}</Button>
        </Menu.Target>
        <Menu.Dropdown>
          {Object.entries(labels).map(([id, label]) => (
            <Menu.CheckboxItem
              key={id}
              checked={preferences.columns[id] !== false}
              onChange={(shown) =>
                preferences.set({ columns: { ...preferences.columns, [id]: shown } })
              }
            >
              {label}
            </Menu.CheckboxItem>
          ))}
        </Menu.Dropdown>
      </Menu>
      <SegmentedControl
        visibleFrom="sm"
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
