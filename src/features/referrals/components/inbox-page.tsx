import { Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ColumnVisibilityState, RowSelectionState, SortingState } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { settingsQuery, teamQuery, useSession } from '../../../api/shared-queries';
import { ErrorState, LoadingState } from '../../../components/query-state';
import { PageHeader } from '../../../components/page-header';
import { REFERRAL_STATUSES, type ReferralStatus } from '../../../domain/enums';
import { checkReferralTransition } from '../../../domain/lifecycle';
import { announce } from '../../../lib/announce';
import { clockNow } from '../../../lib/clock';
import { t } from '../../../lib/i18n';
import { referralsQuery, useBulkAction, type BulkInput } from '../api/referrals';
import { useListPreferences } from '../../../lib/list-preferences';
import { BulkReport } from '../../../components/bulk-report';
import { DisplayControls, ListPagination, shownColumns } from '../../../components/data-table';
import { useListQuery } from '../../../lib/use-list-query';
import { ReferralListQuery } from '../../../domain/queries';
import { InboxFilters } from './inbox-filters';
import { InboxTable, sortFromSorting, sortingFromQuery } from './inbox-table';
import { ExportButton } from '../../../components/export-button';
import { SaveViewButton } from '../../../components/save-view-button';

/** The columns a coordinator may hide. */
const COLUMN_LABELS = {
  age: t.inbox.age,
  status: t.inbox.status,
  received: t.inbox.received,
  commune: t.inbox.commune,
  needs: t.inbox.needs,
  channel: t.inbox.channel,
  assignee: t.inbox.assignee,
};

const DEFAULT_DISPLAY = { columns: { channel: false }, density: 'comfortable' as const };
const NO_ROWS: RowSelectionState = {};

/** Statuses a coordinator sets by hand; pairing moves go through proposals. */
const MANUAL_TARGETS = REFERRAL_STATUSES.filter(
  (s) => s !== 'MATCH_PROPOSED' && s !== 'MATCHED' && s !== 'RECEIVED',
);
const NEEDS_REASON: ReferralStatus[] = ['NOT_ELIGIBLE', 'WITHDRAWN'];

/**
 * The moves offered for the selected rows: those the lifecycle allows for at least one of them,
 * each saying for how many. With every matching row selected (statuses unknown here), all.
 */
function movesFor(statuses: ReferralStatus[] | null) {
  return MANUAL_TARGETS.flatMap((to) => {
    const label = t.labels.referralStatus[to];
    if (!statuses) return [{ value: to, label }];
    const n = statuses.filter((from) => checkReferralTransition(from, to, 'motif').ok).length;
    return n ? [{ value: to, label: t.inbox.moveCount(label, n, statuses.length) }] : [];
  });
}

function BulkBar({
  ids,
  statuses,
  allMatching,
  total,
  search,
  team,
  onDone,
}: {
  ids: string[];
  /** The selected rows' statuses, when they are all on screen. */
  statuses: ReferralStatus[] | null;
  allMatching: boolean;
  total: number;
  search: string;
  /** Colleagues to assign to, as select options. */
  team: { value: string; label: string }[];
  onDone: () => void;
}) {
  const bulk = useBulkAction();
  const [to, setTo] = useState<ReferralStatus | null>(null);
  const moves = movesFor(allMatching ? null : statuses);
  const [reason, setReason] = useState('');
  const count = allMatching ? total : ids.length;
  const reasonMissing = !!to && NEEDS_REASON.includes(to) && !reason.trim();

  const [assignee, setAssignee] = useState<string | null>(null);
  const rows = allMatching ? { query: search, expectedCount: total } : { ids };
  /** Done in full, the bar leaves with the selection: what happened is said above the screen. */
  const run = (action: BulkInput, done: (n: number) => string) => {
    if (allMatching && !window.confirm(t.inbox.confirmAll(total))) return;
    bulk.mutate(action, {
      onSuccess: (result) => {
        if (result.failed.length) return;
        announce(done(result.succeeded));
        onDone();
      },
    });
  };
  function apply() {
    if (!to || reasonMissing) return;
    run({ to, reason: reason.trim() || undefined, ...rows }, (n) =>
      t.inbox.movedTo(n, t.labels.referralStatus[to]),
    );
  }
  const assign = () =>
    assignee &&
    run({ assigneeId: assignee === 'none' ? null : assignee, ...rows }, (n) =>
      t.inbox.assignedTo(
        n,
        [{ value: 'none', label: t.inbox.nobody }, ...team].find((m) => m.value === assignee)!
          .label,
      ),
    );

  return (
    <Paper withBorder p="sm" radius="md" bg="var(--mantine-primary-color-light)">
      <Stack gap="xs">
        <Group align="flex-end" wrap="wrap">
          <Text fw={600} aria-live="polite">
            {allMatching ? t.inbox.allMatching(total) : t.inbox.selected(count)}
          </Text>
          <Select
            label={t.inbox.moveTo}
            data={moves}
            value={moves.some((m) => m.value === to) ? to : null}
            onChange={(v) => setTo(v as ReferralStatus | null)}
            nothingFoundMessage={t.inbox.noMove}
            w={300}
          />
          {to && NEEDS_REASON.includes(to) && (
            <TextInput
              label={t.inbox.reason}
              required
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={reasonMissing ? t.referral.reasonRequired : undefined}
            />
          )}
          <Button onClick={apply} loading={bulk.isPending} disabled={!to || reasonMissing}>
            {t.inbox.apply}
          </Button>
          <Select
            label={t.inbox.assignTo}
            data={[{ value: 'none', label: t.inbox.nobody }, ...team]}
            value={assignee}
            onChange={setAssignee}
            w={220}
          />
          <Button onClick={assign} loading={bulk.isPending} disabled={!assignee} variant="default">
            {t.inbox.assign}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t.inbox.clearSelection}
          </Button>
        </Group>
        {bulk.isError && <ErrorState error={bulk.error} onRetry={apply} />}
        {bulk.data && (
          <BulkReport
            summary={t.inbox.bulkDone(bulk.data.succeeded, bulk.data.failed.length)}
            failures={bulk.data.failed.map((f) => ({
              key: f.id,
              label: f.title,
              reason: f.reason,
            }))}
          />
        )}
      </Stack>
    </Paper>
  );
}

export function InboxPage() {
  const session = useSession()!;
  const queryClient = useQueryClient();
  const prefetch = useCallback(
    (next: ReferralListQuery) => void queryClient.prefetchQuery(referralsQuery(next)),
    [queryClient],
  );
  const { query, search, update } = useListQuery(ReferralListQuery, prefetch);
  const preferences = useListPreferences('referrals', session.user.id, DEFAULT_DISPLAY);
  const list = useQuery(referralsQuery(query));
  const settings = useQuery(settingsQuery);
  const team = useQuery(teamQuery);
  const teamOptions = useMemo(
    () => (team.data ?? []).map((m) => ({ value: m.id, label: `${m.firstName} ${m.lastName}` })),
    [team.data],
  );
  const names = useMemo(
    () => Object.fromEntries(teamOptions.map((m) => [m.value, m.label])),
    [teamOptions],
  );
  // A selection belongs to the rows it was made on: a new filter, sort or page starts afresh.
  const [selected, setSelected] = useState({ search, rows: NO_ROWS, all: false });
  const current = selected.search === search ? selected : { search, rows: NO_ROWS, all: false };
  const selection = current.rows;
  const allMatching = current.all;
  const setSelection = useCallback(
    (rows: RowSelectionState) => setSelected({ search, rows, all: false }),
    [search],
  );
  const setAllMatching = (all: boolean) => setSelected({ ...current, all });
  const now = useMemo(() => clockNow(), []);
  // The table's props keep their identity while only the address changes: on a click, the
  // rows on screen are not drawn again before the new ones arrive.
  const sorting = useMemo(() => sortingFromQuery(query.sort), [query.sort]);
  const onSortingChange = useCallback(
    (next: SortingState) => update({ sort: sortFromSorting(next) }),
    [update],
  );
  const setPreferences = preferences.set;
  const onColumnVisibilityChange = useCallback(
    (columns: ColumnVisibilityState) => setPreferences({ columns }),
    [setPreferences],
  );

  const page = list.data;
  const total = page?.total;
  // The filter bar is drawn again for a new filter, sort or total, not for a new page.
  const filterSearch = useMemo(() => {
    const params = new URLSearchParams(search);
    params.delete('page');
    return params.toString();
  }, [search]);
  const tools = useMemo(
    () => (
      <>
        <SaveViewButton search={filterSearch} resource="referrals" />
        <DisplayControls labels={COLUMN_LABELS} preferences={preferences} />
        <ExportButton
          kind="referrals"
          what={t.inbox.exportWhat}
          search={filterSearch}
          columns={shownColumns('name', COLUMN_LABELS, preferences.columns)}
          total={total}
        />
      </>
    ),
    [filterSearch, preferences, total],
  );
  const ids = Object.keys(selection).filter((id) => selection[id]);
  return (
    <>
      <PageHeader
        title={t.inbox.title}
        actions={
          <Group gap="md">
            {page && (
              <Text c="dimmed" aria-live="polite">
                {t.inbox.count(page.total)}
              </Text>
            )}
            <Button component={Link} to="/orientations/nouvelle">
              {t.intake.open}
            </Button>
          </Group>
        }
      />
      <Stack gap="md">
        <InboxFilters
          query={query}
          update={update}
          team={teamOptions}
          userId={session.user.id}
          tools={tools}
        />

        {(ids.length > 0 || allMatching) && page && (
          <BulkBar
            team={teamOptions}
            ids={ids}
            statuses={page.items.filter((r) => selection[r.id]).map((r) => r.status)}
            allMatching={allMatching}
            total={page.total}
            search={search}
            onDone={() => setSelection({})}
          />
        )}
        {ids.length > 0 &&
          ids.length === page?.items.length &&
          !allMatching &&
          page.total > ids.length && (
            <Button variant="subtle" onClick={() => setAllMatching(true)} w="fit-content">
              {t.inbox.selectAllMatching(page.total)}
            </Button>
          )}

        <Paper withBorder radius="md">
          {list.isPending ? (
            <LoadingState shape="table" />
          ) : list.isError ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          ) : page!.total === 0 ? (
            <Text p="lg">{t.inbox.empty}</Text>
          ) : (
            <InboxTable
              rows={page!.items}
              sorting={sorting}
              onSortingChange={onSortingChange}
              columnVisibility={preferences.columns}
              onColumnVisibilityChange={onColumnVisibilityChange}
              selection={selection}
              onSelectionChange={setSelection}
              density={preferences.density}
              names={names}
              delayDays={settings.data?.firstContactDelayDays ?? 7}
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
