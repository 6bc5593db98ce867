import {
  Anchor,
  Button,
  Group,
  Pagination,
  Paper,
  Select,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import type { AuditEvent } from '../../../api/types';
import { ExportButton } from '../../../components/export-button';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { AuditQuery } from '../../../domain/queries';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { auditQuery } from '../api/audit';
import { usersQuery } from '../api/users';
import { AuditChanges } from '../../../components/audit-changes';

const PAGE_SIZE = 50;
const FILTER_KEYS = ['actorId', 'action', 'entityType', 'entityId', 'from', 'to'] as const;

/** Where a record of the log is read, when it has a page. */
export function recordPath(type: string, id: string | null) {
  if (!id) return null;
  switch (type) {
    case 'referral':
      return `/orientations/${id}`;
    case 'mentor':
      return `/mentors/${id}`;
    case 'mentorship':
      return `/binomes/${id}`;
    case 'user':
      return `/donnees-personnelles/compte/${id}`;
    default:
      return null;
  }
}

/** The record's type and id, or an account's name: the log keeps ids, never a person's name. */
function Record({ event, names }: { event: AuditEvent; names: Map<string, string> }) {
  const type = t.labels.auditEntity[event.entityType] ?? event.entityType;
  const path = recordPath(event.entityType, event.entityId);
  const name = event.entityType === 'user' && event.entityId ? names.get(event.entityId) : null;
  return path ? (
    <Anchor component={Link} to={path} size="sm">
      {type} {name ?? event.entityId}
    </Anchor>
  ) : (
    <Text size="sm">
      {type} {event.entityId ?? ''}
    </Text>
  );
}

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/**
 * The audit log: who did what, when, to which record, with each change before and after.
 * Filters live in the address bar; pages come from the server; the filtered log can be exported.
 */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const parsed = AuditQuery.safeParse(Object.fromEntries(params));
  const query = parsed.success ? parsed.data : AuditQuery.parse({});
  const log = useQuery(auditQuery({ ...query, pageSize: PAGE_SIZE }));
  const users = useQuery(usersQuery({ pageSize: 200 }));
  const names = new Map(
    (users.data?.items ?? []).map((u) => [u.id, `${u.firstName} ${u.lastName}`]),
  );

  const set = (key: (typeof FILTER_KEYS)[number] | 'page', value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key !== 'page') next.delete('page');
        return next;
      },
      { replace: key !== 'page' },
    );
  const filters = new URLSearchParams(
    FILTER_KEYS.flatMap((key) => (query[key] ? [[key, query[key]!]] : [])),
  );

  return (
    <>
      <PageHeader
        title={t.audit.title}
        actions={
          <ExportButton
            kind="audit"
            what={t.audit.title.toLowerCase()}
            search={filters.toString()}
            total={log.data?.total ?? null}
          />
        }
      />
      <Paper withBorder p="md" radius="md">
        <Group mb="md" align="flex-end" wrap="wrap">
          <Select
            label={t.audit.who}
            placeholder={t.audit.anyone}
            data={(users.data?.items ?? []).map((u) => ({
              value: u.id,
              label: `${u.firstName} ${u.lastName}`,
            }))}
            value={query.actorId ?? null}
            onChange={(value) => set('actorId', value)}
            searchable
            clearable
          />
          <Select
            label={t.audit.action}
            placeholder={t.audit.anyAction}
            data={options(t.labels.auditFamily)}
            value={query.action ?? null}
            onChange={(value) => set('action', value)}
            clearable
          />
          <Select
            label={t.audit.entityType}
            placeholder={t.audit.anyType}
            data={options(t.labels.auditEntity)}
            value={query.entityType ?? null}
            onChange={(value) => set('entityType', value)}
            clearable
          />
          <TextInput
            label={t.audit.entityId}
            defaultValue={query.entityId ?? ''}
            key={query.entityId ?? ''}
            onBlur={(e) => set('entityId', e.currentTarget.value.trim() || null)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') set('entityId', e.currentTarget.value.trim() || null);
            }}
          />
          <TextInput
            label={t.audit.from}
            type="date"
            value={query.from ?? ''}
            onChange={(e) => set('from', e.currentTarget.value || null)}
          />
          <TextInput
            label={t.audit.to}
            type="date"
            value={query.to ?? ''}
            onChange={(e) => set('to', e.currentTarget.value || null)}
            error={parsed.success ? undefined : parsed.error.issues[0]?.message}
          />
          {filters.size > 0 && (
            <Button variant="subtle" onClick={() => setParams(new URLSearchParams())}>
              {t.audit.clear}
            </Button>
          )}
        </Group>
        <QueryState
          query={log}
          isEmpty={(page) => page.total === 0}
          empty={<Text>{t.audit.empty}</Text>}
        >
          {(page) => (
            <>
              <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
                {t.audit.count(page.total)}
              </Text>
              <Table.ScrollContainer
                minWidth={760}
                type="native"
                tabIndex={0}
                role="region"
                aria-label={t.audit.title}
              >
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t.audit.at}</Table.Th>
                      <Table.Th scope="col">{t.audit.who}</Table.Th>
                      <Table.Th scope="col">{t.audit.action}</Table.Th>
                      <Table.Th scope="col">{t.audit.record}</Table.Th>
                      <Table.Th scope="col">{t.audit.changes}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.map((event) => (
                      <Table.Tr key={event.id}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          {formatDateTime(event.at)}
                        </Table.Td>
                        <Table.Td>{event.actorName}</Table.Td>
                        <Table.Td>{t.labels.auditAction[event.action] ?? event.action}</Table.Td>
                        <Table.Td>
                          <Record event={event} names={names} />
                        </Table.Td>
                        <Table.Td>
                          <AuditChanges event={event} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {page.total > PAGE_SIZE && (
                <nav aria-label={t.inbox.pagination}>
                  <Pagination
                    mt="md"
                    total={Math.ceil(page.total / PAGE_SIZE)}
                    value={query.page}
                    onChange={(n) => set('page', String(n))}
                    getControlProps={(control) => ({ 'aria-label': t.inbox.pageControls[control] })}
                    getItemProps={(n) => ({
                      'aria-label': t.inbox.page(n),
                      'aria-current': n === query.page ? 'page' : undefined,
                    })}
                  />
                </nav>
              )}
            </>
          )}
        </QueryState>
      </Paper>
    </>
  );
}
