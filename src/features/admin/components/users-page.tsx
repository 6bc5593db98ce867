import {
  Badge,
  Button,
  Group,
  MultiSelect,
  Paper,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { z } from 'zod';
import type { User } from '../../../api/types';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { ROLES } from '../../../domain/enums';
import { formatRelative } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { usersQuery } from '../api/users';
import { InviteUserModal } from './invite-user-modal';
import { UserActions } from './user-actions';

const features = tableFeatures({});
const column = createColumnHelper<typeof features, User>();
const columns = column.columns([
  column.accessor((u) => `${u.lastName} ${u.firstName}`, {
    id: 'name',
    header: t.users.name,
    cell: ({ row }) => `${row.original.firstName} ${row.original.lastName}`,
  }),
  column.accessor('email', { header: t.users.email }),
  column.accessor('role', {
    header: t.users.role,
    cell: ({ getValue }) => t.labels.roles[getValue()],
  }),
  column.accessor('lastLoginAt', {
    header: t.users.lastLogin,
    cell: ({ getValue }) => {
      const at = getValue();
      return at ? formatRelative(at) : t.users.never;
    },
  }),
  column.accessor('active', {
    header: t.users.status,
    cell: ({ row }) => (
      <Group gap={4}>
        {row.original.active ? (
          <Badge color="green" variant="light">
            {t.users.active}
          </Badge>
        ) : (
          <Badge color="gray" variant="light">
            {t.users.inactive}
          </Badge>
        )}
        {row.original.mustChangePassword && (
          <Badge color="orange" variant="light">
            {t.users.mustChange}
          </Badge>
        )}
      </Group>
    ),
  }),
  column.display({
    id: 'actions',
    header: () => <VisuallyHidden>{t.users.actions}</VisuallyHidden>,
    cell: ({ row }) => <UserActions user={row.original} />,
  }),
]);

/** Filters live in the address bar, parsed with a schema: a view can be bookmarked or shared. */
const Filters = z.object({
  q: z.string().max(100).catch(''),
  role: z.array(z.enum(ROLES)).catch([]),
});

function UsersTable({ users }: { users: User[] }) {
  const table = useTable({ features, columns, data: users });
  return (
    // Scrolls sideways on a phone; focusable so the keyboard can scroll it too.
    <Table.ScrollContainer
      minWidth={640}
      type="native"
      tabIndex={0}
      role="region"
      aria-label={t.users.title}
    >
      <Table striped highlightOnHover>
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => (
                <Table.Th key={header.id} scope="col">
                  <table.FlexRender header={header} />
                </Table.Th>
              ))}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {table.getRowModel().rows.map((row) => (
            <Table.Tr key={row.id}>
              {row.getAllCells().map((cell) => (
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

export function UsersPage() {
  const [params, setParams] = useSearchParams();
  const filters = Filters.parse({ q: params.get('q') ?? '', role: params.getAll('role') });
  const [search, setSearch] = useState(filters.q);
  const [debounced] = useDebouncedValue(search, 250);

  // Only a changed search moves the address: a needless navigation would redraw the list.
  const searched = filters.q;
  useEffect(() => {
    if (debounced === searched) return;
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (debounced) next.set('q', debounced);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [debounced, searched, setParams]);

  const query = useQuery(
    usersQuery({ q: filters.q || undefined, role: filters.role, pageSize: 200 }),
  );

  const [inviting, invite] = useDisclosure(false);

  return (
    <>
      <PageHeader
        title={t.users.title}
        actions={<Button onClick={invite.open}>{t.users.invite}</Button>}
      />
      <InviteUserModal opened={inviting} onClose={invite.close} />
      <Paper withBorder p="md" radius="md">
        <Group mb="md" align="flex-end" wrap="wrap">
          <TextInput
            label={t.users.search}
            placeholder={t.users.searchPlaceholder}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
          <MultiSelect
            label={t.users.role}
            data={ROLES.map((role) => ({ value: role, label: t.labels.roles[role] }))}
            value={filters.role}
            onChange={(roles) =>
              setParams((prev) => {
                const next = new URLSearchParams(prev);
                next.delete('role');
                roles.forEach((role) => next.append('role', role));
                return next;
              })
            }
            clearable
            miw={220}
          />
          {query.data && (
            <Text size="sm" c="dimmed" aria-live="polite">
              {t.users.count(query.data.total)}
            </Text>
          )}
        </Group>
        <QueryState
          query={query}
          isEmpty={(page) => page.total === 0}
          empty={<Text>{t.common.none}</Text>}
        >
          {(page) => <UsersTable users={page.items} />}
        </QueryState>
      </Paper>
    </>
  );
}
