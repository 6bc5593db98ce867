import { Button, Group, MultiSelect, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { teamQuery, useSession } from '../../../api/shared-queries';
import { DisplayControls, ListPagination } from '../../../components/data-table';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/query-state';
import { MENTORSHIP_STATUSES } from '../../../domain/enums';
import { HEALTH_LEVELS } from '../../../domain/follow-up';
import { MentorshipListQuery } from '../../../domain/queries';
import { t } from '../../../lib/i18n';
import { useListPreferences } from '../../../lib/list-preferences';
import { options } from '../../../lib/options';
import { filterKeys, isSet, useListQuery } from '../../../lib/use-list-query';
import { mentorshipsQuery } from '../api/mentorships';
import { PAIR_COLUMN_LABELS, PairsTable, sortFromSorting, sortingFromQuery } from './pairs-table';

const DEFAULT_DISPLAY = { columns: { proposed: false }, density: 'comfortable' as const };
const FILTER_KEYS = filterKeys(MentorshipListQuery);

/** Every pair of the association: filters, sort and page live in the address, like the other lists. */
export function PairsPage() {
  const session = useSession()!;
  const { query, update } = useListQuery(MentorshipListQuery);
  const preferences = useListPreferences('mentorships', session.user.id, DEFAULT_DISPLAY);
  const list = useQuery(mentorshipsQuery(query));
  const team = useQuery(teamQuery);
  const [text, setText] = useState(query.q ?? '');
  const pushText = useDebouncedCallback((q: string) => update({ q }), 300);
  const page = list.data;
  const filtered = FILTER_KEYS.some((key) => isSet(query[key]));
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
          </Group>
        </Paper>

        <Paper withBorder radius="md">
          {list.isPending ? (
            <LoadingState />
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
