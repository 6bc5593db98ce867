import {
  Box,
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { RowSelectionState } from '@tanstack/react-table';
import { useCallback, useState } from 'react';
import { teamQuery, useSession } from '../../../api/shared-queries';
import { DisplayControls, ListPagination, shownColumns } from '../../../components/data-table';
import { ExportButton } from '../../../components/export-button';
import { FilterChips, chipsFrom } from '../../../components/filter-chips';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/query-state';
import { BulkReport } from '../../../components/bulk-report';
import { SaveViewButton } from '../../../components/save-view-button';
import type { Mentorship } from '../../../api/types';
import { MENTORSHIP_STATUSES } from '../../../domain/enums';
import { HEALTH_LEVELS } from '../../../domain/follow-up';
import { MentorshipListQuery } from '../../../domain/queries';
import { formatDate } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { useListPreferences } from '../../../lib/list-preferences';
import { options } from '../../../lib/options';
import { filterKeys, isSet, useListQuery } from '../../../lib/use-list-query';
import { mentorshipsQuery, useReassignPairs } from '../api/mentorships';
import { PAIR_COLUMN_LABELS, PairsTable, sortFromSorting, sortingFromQuery } from './pairs-table';

const DEFAULT_DISPLAY = {
  columns: { proposed: false, start: false },
  density: 'comfortable' as const,
};
const FILTER_KEYS = filterKeys(MentorshipListQuery);
const day = (iso: string | undefined) => iso && formatDate(iso);

/** Gives the selected pairs to one coordinator, and says what it did and what it could not. */
function ReassignBar({
  rows,
  team,
  onDone,
}: {
  rows: Mentorship[];
  team: { value: string; label: string }[];
  onDone: (summary: string | null) => void;
}) {
  const reassign = useReassignPairs();
  const [to, setTo] = useState<string | null>(null);
  const result = reassign.data;
  const name = team.find((m) => m.value === reassign.variables?.coordinatorId)?.label ?? '';
  return (
    <Paper withBorder p="sm" radius="md" bg="var(--mantine-primary-color-light)">
      <Stack gap="xs">
        <Group align="flex-end" wrap="wrap">
          <Text fw={600} aria-live="polite">
            {t.pairs.selected(rows.length)}
          </Text>
          <Select
            label={t.pairs.reassignTo}
            data={team}
            value={to}
            onChange={setTo}
            searchable
            w={240}
          />
          <Button
            disabled={!to}
            loading={reassign.isPending}
            onClick={() =>
              to &&
              reassign.mutate(
                { ids: rows.map((r) => r.id), coordinatorId: to },
                {
                  onSuccess: (r) =>
                    !r.failed.length &&
                    onDone(
                      t.pairs.reassigned(r.succeeded, team.find((m) => m.value === to)!.label),
                    ),
                },
              )
            }
          >
            {t.pairs.reassign}
          </Button>
          <Button variant="subtle" onClick={() => onDone(null)}>
            {t.inbox.clearSelection}
          </Button>
        </Group>
        {reassign.isError && (
          <ErrorState error={reassign.error} onRetry={() => reassign.mutate(reassign.variables!)} />
        )}
      </Stack>
      {result && (
        <BulkReport
          summary={t.pairs.reassigned(result.succeeded, name)}
          failures={result.failed.map((f) => ({ key: f.id, label: f.title, reason: f.reason }))}
        />
      )}
    </Paper>
  );
}

/** Every pair of the association: filters, sort and page live in the address, like the other lists. */
export function PairsPage() {
  const session = useSession()!;
  const queryClient = useQueryClient();
  const prefetch = useCallback(
    (next: MentorshipListQuery) => void queryClient.prefetchQuery(mentorshipsQuery(next)),
    [queryClient],
  );
  const { query, search, update } = useListQuery(MentorshipListQuery, prefetch);
  const preferences = useListPreferences('mentorships', session.user.id, DEFAULT_DISPLAY);
  const list = useQuery(mentorshipsQuery(query));
  const team = useQuery(teamQuery);
  const [text, setText] = useState(query.q ?? '');
  const [selected, setSelected] = useState({ search, rows: {} as RowSelectionState });
  const selection = selected.search === search ? selected.rows : {};
  const setSelection = (rows: RowSelectionState) => setSelected({ search, rows });
  const [announce, setAnnounce] = useState('');
  const pushText = useDebouncedCallback((q: string) => update({ q }), 300);
  const page = list.data;
  const filtered = FILTER_KEYS.some((key) => isSet(query[key]));
  const chosen = (page?.items ?? []).filter((pair) => selection[pair.id]);
  const coordinators = (team.data ?? [])
    .filter((member) => member.role !== 'mentor')
    .map((member) => ({ value: member.id, label: `${member.firstName} ${member.lastName}` }));

  return (
    <>
      <PageHeader
        title={t.pairs.title}
        actions={
          page && (
            <Text c="dimmed" aria-live="polite">
              {t.pairs.count(page.total)}
            </Text>
          )
        }
      />
      <Stack gap="md">
        <Paper withBorder p="md" radius="md">
          <Group align="flex-end" wrap="wrap" gap="sm">
            <TextInput
              type="search"
              data-list-search
              label={t.pairs.search}
              placeholder={t.pairs.searchPlaceholder}
              value={text}
              onChange={(e) => {
                setText(e.currentTarget.value);
                pushText(e.currentTarget.value);
              }}
              w={260}
            />
            <MultiSelect
              label={t.pairs.status}
              data={options(MENTORSHIP_STATUSES, t.labels.mentorshipStatus)}
              value={query.status}
              onChange={(status) => update({ status })}
              clearable
              w={220}
            />
            <MultiSelect
              label={t.pairs.health}
              data={options(HEALTH_LEVELS, t.labels.healthLevel)}
              value={query.health}
              onChange={(health) => update({ health })}
              clearable
              w={220}
            />
            <Select
              label={t.pairs.coordinator}
              data={coordinators}
              value={query.coordinatorId ?? null}
              onChange={(coordinatorId) => update({ coordinatorId: coordinatorId ?? undefined })}
              searchable
              clearable
              w={220}
            />
            {filtered && (
              <Button
                variant="subtle"
                onClick={() => {
                  setText('');
                  update(Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined])));
                }}
              >
                {t.inbox.clearFilters}
              </Button>
            )}
          </Group>
          <Group wrap="wrap" gap="sm" mt="sm">
            <DisplayControls labels={PAIR_COLUMN_LABELS} preferences={preferences} />
            <SaveViewButton search={search} resource="mentorships" />
            <ExportButton
              kind="mentorships"
              what={t.pairs.exportWhat}
              search={search}
              columns={shownColumns('mentee', PAIR_COLUMN_LABELS, preferences.columns)}
              total={page?.total}
            />
          </Group>
          <Box mt="sm">
            <FilterChips
              chips={chipsFrom([
                ['acceptedFrom', t.pairs.acceptedFrom, day(query.acceptedFrom)],
                ['acceptedTo', t.pairs.acceptedTo, day(query.acceptedTo)],
                ['closedFrom', t.pairs.closedFrom, day(query.closedFrom)],
                ['closedTo', t.pairs.closedTo, day(query.closedTo)],
                ['activeOn', t.pairs.activeOn, day(query.activeOn)],
                [
                  'earlyRupture',
                  t.pairs.earlyRupture,
                  query.earlyRupture === undefined
                    ? undefined
                    : query.earlyRupture
                      ? t.filters.yes
                      : t.filters.no,
                ],
              ])}
              onRemove={(key) => update({ [key]: undefined })}
              onClear={() => {
                setText('');
                update(Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined])));
              }}
            />
          </Box>
        </Paper>

        <Text size="sm" role="status">
          {announce}
        </Text>
        {chosen.length > 0 && (
          <ReassignBar
            rows={chosen}
            team={coordinators}
            onDone={(summary) => {
              setSelection({});
              setAnnounce(summary ?? '');
            }}
          />
        )}

        <Paper withBorder radius="md">
          {list.isPending ? (
            <LoadingState shape="table" />
          ) : list.isError ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          ) : page!.total === 0 ? (
            <Text p="lg">{t.pairs.empty}</Text>
          ) : (
            <PairsTable
              rows={page!.items}
              sorting={sortingFromQuery(query.sort)}
              onSortingChange={(sorting) => update({ sort: sortFromSorting(sorting) })}
              columnVisibility={preferences.columns}
              selection={selection}
              onSelectionChange={(rows) => {
                setAnnounce('');
                setSelection(rows);
              }}
              density={preferences.density}
            />
          )}
        </Paper>

        {page && page.total > 0 && (
          <ListPagination
            total={page.total}
            page={query.page}
            pageSize={query.pageSize}
            onChange={update}
          />
        )}
      </Stack>
    </>
  );
}
