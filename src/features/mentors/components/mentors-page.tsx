import {
  Button,
  Checkbox,
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
import { useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../../api/error';
import { settingsQuery, useSession } from '../../../api/shared-queries';
import type { MentorSummary } from '../../../api/types';
import { BulkReport } from '../../../components/bulk-report';
import { DisplayControls, ListPagination, shownColumns } from '../../../components/data-table';
import { ExportButton } from '../../../components/export-button';
import { FilterBar, usePhone } from '../../../components/filter-bar';
import { chipsFrom } from '../../../components/filter-chips';
import { PageHeader } from '../../../components/page-header';
import { ErrorState, LoadingState } from '../../../components/query-state';
import { MENTOR_STATUSES, MODALITIES, NEEDS, type MentorStatus } from '../../../domain/enums';
import { HONORABILITY_FILTERS, MentorListQuery } from '../../../domain/queries';
import { DEFAULT_SETTINGS } from '../../../domain/settings';
import { clockNow } from '../../../lib/clock';
import { formatDate } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { useListPreferences } from '../../../lib/list-preferences';
import { DEPARTMENT_OPTIONS, options } from '../../../lib/options';
import { filterKeys, useListQuery } from '../../../lib/use-list-query';
import { mentorsQuery, useTransitionMentor } from '../api/mentors';
import { MentorsTable, sortFromSorting, sortingFromQuery } from './mentors-table';

const COLUMN_LABELS = {
  status: t.mentors.status,
  commune: t.mentors.commune,
  expertise: t.mentors.expertise,
  load: t.mentors.load,
  honorability: t.mentors.honorability,
  training: t.mentors.trained,
  sector: t.mentors.sector,
  created: t.mentors.created,
};
const DEFAULT_DISPLAY = {
  columns: { sector: false, created: false },
  density: 'comfortable' as const,
};

const FILTER_KEYS = filterKeys(MentorListQuery);

/** A filter's values in words, for its chip. */
const many = (values: string[], labels: Record<string, string>) =>
  values.map((v) => labels[v] ?? v).join(', ');
const DEPARTMENT_NAMES = Object.fromEntries(DEPARTMENT_OPTIONS.map((d) => [d.value, d.label]));

const LANGUAGE_OPTIONS = Object.entries(t.labels.language).map(([value, label]) => ({
  value,
  label,
}));

interface BulkOutcome {
  succeeded: number;
  failed: { name: string; reason: string }[];
}

/**
 * Moves each selected mentor in turn, as far as the lifecycle allows each one, and says which
 * failed and why. A lost connection stops the run and says which were not tried.
 */
function BulkBar({ rows, onDone }: { rows: MentorSummary[]; onDone: () => void }) {
  const transition = useTransitionMentor();
  const [to, setTo] = useState<MentorStatus | null>(null);
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);

  async function apply() {
    if (!to) return;
    setRunning(true);
    const result: BulkOutcome = { succeeded: 0, failed: [] };
    for (const [index, mentor] of rows.entries()) {
      const name = `${mentor.firstName} ${mentor.lastName}`;
      try {
        await transition.mutateAsync({ mentor, to });
        result.succeeded += 1;
      } catch (error) {
        const reason =
          error instanceof ApiError ? (error.problem.detail ?? error.problem.title) : String(error);
        result.failed.push({ name, reason });
        if (error instanceof ApiError && error.status === 0) {
          for (const rest of rows.slice(index + 1))
            result.failed.push({ name: `${rest.firstName} ${rest.lastName}`, reason });
          break;
        }
      }
    }
    setRunning(false);
    setOutcome(result);
    if (!result.failed.length) onDone();
  }

  return (
    <Paper withBorder p="sm" radius="md" bg="var(--mantine-primary-color-light)">
      <Stack gap="xs">
        <Group align="flex-end" wrap="wrap">
          <Text fw={600} aria-live="polite">
            {t.inbox.selected(rows.length)}
          </Text>
          <Select
            label={t.inbox.moveTo}
            data={options(MENTOR_STATUSES, t.labels.mentorStatus)}
            value={to}
            onChange={(v) => setTo(v as MentorStatus | null)}
            w={240}
          />
          <Button onClick={() => void apply()} loading={running} disabled={!to}>
            {t.inbox.apply}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t.inbox.clearSelection}
          </Button>
        </Group>
        {outcome && (
          <BulkReport
            summary={t.mentors.bulkDone(outcome.succeeded, outcome.failed.length)}
            failures={outcome.failed.map((f) => ({ key: f.name, label: f.name, reason: f.reason }))}
          />
        )}
      </Stack>
    </Paper>
  );
}

export function MentorsPage() {
  const session = useSession()!;
  const queryClient = useQueryClient();
  const prefetch = useCallback(
    (next: MentorListQuery) => void queryClient.prefetchQuery(mentorsQuery(next)),
    [queryClient],
  );
  const { query, search, update } = useListQuery(MentorListQuery, prefetch);
  const preferences = useListPreferences('mentors', session.user.id, DEFAULT_DISPLAY);
  const list = useQuery(mentorsQuery(query));
  const settings = useQuery(settingsQuery);
  const now = useMemo(() => clockNow(), []);
  const [text, setText] = useState(query.q ?? '');
  const [sector, setSector] = useState(query.sector ?? '');
  const pushText = useDebouncedCallback((q: string) => update({ q }), 300);
  const pushSector = useDebouncedCallback((s: string) => update({ sector: s }), 300);
  const [selected, setSelected] = useState({ search, rows: {} as RowSelectionState });
  const selection = selected.search === search ? selected.rows : {};
  const setSelection = (rows: RowSelectionState) => setSelected({ search, rows });

  const page = list.data;
  const chosen = (page?.items ?? []).filter((m) => selection[m.id]);
  const phone = usePhone();
  const flag = (value: boolean | undefined) => (value === undefined ? null : String(value));

  return (
    <>
      <PageHeader
        title={t.mentors.title}
        actions={
          <Group gap="sm">
            {page && (
              <Text c="dimmed" aria-live="polite">
                {t.mentors.count(page.total)}
              </Text>
            )}
            <Button component={Link} to="/mentors/parcours" variant="default">
              {t.mentors.board}
            </Button>
            <Button component={Link} to="/mentors/import" variant="default">
              {t.mentors.import}
            </Button>
            <Button component={Link} to="/mentors/nouveau">
              {t.mentors.create}
            </Button>
          </Group>
        }
      />
      <Stack gap="md">
        <FilterBar
          search={
            <TextInput
              type="search"
              data-list-search
              label={t.mentors.search}
              placeholder={t.mentors.searchPlaceholder}
              value={text}
              onChange={(e) => {
                setText(e.currentTarget.value);
                pushText(e.currentTarget.value);
              }}
              w={phone ? undefined : 240}
              style={phone ? { flex: 1 } : undefined}
            />
          }
          mostUsed={
            <>
              <MultiSelect
                label={t.mentors.status}
                data={options(MENTOR_STATUSES, t.labels.mentorStatus)}
                value={query.status}
                onChange={(status) => update({ status })}
                clearable
                w={220}
              />
              <MultiSelect
                label={t.mentors.expertise}
                data={options(NEEDS, t.labels.need)}
                value={query.expertise}
                onChange={(expertise) => update({ expertise })}
                clearable
                w={220}
              />
              <Checkbox
                label={t.mentors.freeCapacity}
                checked={query.freeCapacity === true}
                onChange={(e) =>
                  update({ freeCapacity: e.currentTarget.checked ? 'true' : undefined })
                }
                mb={8}
              />
            </>
          }
          mostUsedKeys={['status', 'expertise', 'freeCapacity']}
          more={
            <>
              <MultiSelect
                label={t.mentors.modality}
                data={options(MODALITIES, t.labels.mentorModality)}
                value={query.modality}
                onChange={(modality) => update({ modality })}
                clearable
                w={220}
              />
              <MultiSelect
                label={t.mentors.language}
                data={LANGUAGE_OPTIONS}
                value={query.language}
                onChange={(language) => update({ language })}
                searchable
                clearable
                w={180}
              />
              <MultiSelect
                label={t.mentors.department}
                data={DEPARTMENT_OPTIONS}
                value={query.department}
                onChange={(department) => update({ department })}
                searchable
                clearable
                w={220}
              />
              <TextInput
                label={t.mentors.sector}
                value={sector}
                onChange={(e) => {
                  setSector(e.currentTarget.value);
                  pushSector(e.currentTarget.value);
                }}
                w={180}
              />
              <Select
                label={t.mentors.honorability}
                data={options(HONORABILITY_FILTERS, t.labels.honorabilityStatus)}
                value={query.honorability ?? null}
                onChange={(honorability) => update({ honorability: honorability ?? undefined })}
                clearable
                w={180}
              />
              <Select
                label={t.mentors.trained}
                data={[
                  { value: 'true', label: t.mentors.trainedYes },
                  { value: 'false', label: t.mentors.trainedNo },
                ]}
                value={flag(query.trained)}
                onChange={(trained) => update({ trained: trained ?? undefined })}
                clearable
                w={160}
              />
            </>
          }
          chips={chipsFrom([
            ['status', t.mentors.status, many(query.status, t.labels.mentorStatus)],
            ['expertise', t.mentors.expertise, many(query.expertise, t.labels.need)],
            [
              'freeCapacity',
              t.mentors.freeCapacity,
              query.freeCapacity ? t.filters.yes : undefined,
            ],
            ['modality', t.mentors.modality, many(query.modality, t.labels.mentorModality)],
            ['language', t.mentors.language, many(query.language, t.labels.language)],
            ['department', t.mentors.department, many(query.department, DEPARTMENT_NAMES)],
            ['sector', t.mentors.sector, query.sector],
            [
              'createdFrom',
              t.mentors.createdFrom,
              query.createdFrom && formatDate(query.createdFrom),
            ],
            ['createdTo', t.mentors.createdTo, query.createdTo && formatDate(query.createdTo)],
            [
              'honorability',
              t.mentors.honorability,
              query.honorability && t.labels.honorabilityStatus[query.honorability],
            ],
            [
              'trained',
              t.mentors.trained,
              query.trained === undefined
                ? undefined
                : query.trained
                  ? t.mentors.trainedYes
                  : t.mentors.trainedNo,
            ],
          ])}
          onRemove={(key) => {
            if (key === 'sector') setSector('');
            update({ [key]: undefined });
          }}
          onClear={() => {
            setText('');
            setSector('');
            update(Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined])));
          }}
          tools={
            <>
              <DisplayControls labels={COLUMN_LABELS} preferences={preferences} />
              <ExportButton
                kind="mentors"
                what={t.mentors.exportWhat}
                search={search}
                columns={shownColumns('name', COLUMN_LABELS, preferences.columns)}
                total={page?.total}
              />
            </>
          }
        />

        {chosen.length > 0 && <BulkBar rows={chosen} onDone={() => setSelection({})} />}

        <Paper withBorder radius="md">
          {list.isPending ? (
            <LoadingState shape="table" />
          ) : list.isError ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          ) : page!.total === 0 ? (
            <Text p="lg">{t.mentors.empty}</Text>
          ) : (
            <MentorsTable
              rows={page!.items}
              sorting={sortingFromQuery(query.sort)}
              onSortingChange={(sorting) => update({ sort: sortFromSorting(sorting) })}
              columnVisibility={preferences.columns}
              selection={selection}
              onSelectionChange={setSelection}
              density={preferences.density}
              settings={settings.data ?? DEFAULT_SETTINGS}
              now={now}
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
