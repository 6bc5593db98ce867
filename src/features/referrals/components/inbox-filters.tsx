import { Checkbox, MultiSelect, NumberInput, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import { FilterBar, usePhone } from '../../../components/filter-bar';
import { chipsFrom, type FilterChip } from '../../../components/filter-chips';
import {
  AGE_BANDS,
  CHANNELS,
  NEEDS,
  PRIORITY_PUBLICS,
  REFERRAL_STATUSES,
  SITUATIONS,
} from '../../../domain/enums';
import { ReferralListQuery } from '../../../domain/queries';
import { formatDate } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { filterKeys, type ListPatch } from '../../../lib/use-list-query';
import { DEPARTMENT_OPTIONS, options } from '../../../lib/options';

/** Every key a filter writes to the address bar; clearing them keeps sort and page size. */
const FILTER_KEYS = filterKeys(ReferralListQuery);

type Query = ReferralListQuery;
type Options = { value: string; label: string }[];

/** Each filter's words, for its chip: "Statut : À contacter, Qualifiée". */
function chipsOf(query: Query, assignees: Options): FilterChip[] {
  const labelOf = (list: Options) => (value: string) =>
    list.find((o) => o.value === value)?.label ?? value;
  const many = (values: string[], label: (value: string) => string) => values.map(label).join(', ');
  return chipsFrom([
    ['status', t.inbox.status, many(query.status, (s) => t.labels.referralStatus[s as never])],
    ['assigneeId', t.inbox.assignee, query.assigneeId && labelOf(assignees)(query.assigneeId)],
    ['overdue', t.inbox.overdue, query.overdue ? t.filters.yes : undefined],
    ['need', t.inbox.need, many(query.need, (n) => t.labels.need[n as never])],
    ['situation', t.inbox.situation, many(query.situation, (n) => t.labels.situation[n as never])],
    ['channel', t.inbox.channel, many(query.channel, (n) => t.labels.channel[n as never])],
    ['ageBand', t.inbox.ageBand, many(query.ageBand, (n) => t.labels.ageBand[n as never])],
    [
      'priorityPublic',
      t.inbox.priorityPublic,
      many(query.priorityPublic, (n) => t.labels.priorityPublic[n as never]),
    ],
    ['department', t.inbox.department, many(query.department, labelOf(DEPARTMENT_OPTIONS))],
    ['receivedFrom', t.inbox.receivedFrom, query.receivedFrom && formatDate(query.receivedFrom)],
    ['receivedTo', t.inbox.receivedTo, query.receivedTo && formatDate(query.receivedTo)],
    ['waitingMinDays', t.inbox.waitingMinDays, query.waitingMinDays?.toString()],
    [
      'contacted',
      t.inbox.contacted,
      query.contacted === undefined ? undefined : query.contacted ? t.filters.yes : t.filters.no,
    ],
  ]);
}

interface Props {
  query: Query;
  update: (patch: ListPatch) => void;
  team: Options;
  userId: string;
  /** Saved views and display controls, at the bar's end. */
  tools: ReactNode;
}

/** The same filters and tools: what the bar shows (a new page leaves it as it is). */
const sameBar = (a: Props, b: Props) =>
  a.update === b.update &&
  a.team === b.team &&
  a.userId === b.userId &&
  a.tools === b.tools &&
  FILTER_KEYS.every((key) => String(a.query[key]) === String(b.query[key]));

/** The inbox's filters, in the lists' compact bar (see FilterBar). */
export const InboxFilters = memo(function InboxFilters({
  query,
  update,
  team,
  userId,
  tools,
}: Props) {
  const searchInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(query.q ?? '');
  const pushText = useDebouncedCallback((q: string) => update({ q }), 300);
  const phone = usePhone();

  // `/` jumps to the search from anywhere on the screen, unless one is typing.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key !== '/' || target.closest('input, textarea, select, [contenteditable]')) return;
      event.preventDefault();
      searchInput.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const assignees = [
    { value: userId, label: t.inbox.me },
    { value: 'none', label: t.inbox.nobody },
    ...team.filter((m) => m.value !== userId),
  ];
  const clear = () => {
    setText('');
    update(Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined])));
  };

  const mostUsed = (
    <>
      <MultiSelect
        label={t.inbox.status}
        data={options(REFERRAL_STATUSES, t.labels.referralStatus)}
        value={query.status}
        onChange={(status) => update({ status })}
        clearable
        w={phone ? '100%' : 230}
      />
      <Select
        label={t.inbox.assignee}
        data={assignees}
        value={query.assigneeId ?? null}
        onChange={(assigneeId) => update({ assigneeId: assigneeId ?? undefined })}
        clearable
        searchable
        w={phone ? '100%' : 190}
      />
      <Checkbox
        label={t.inbox.overdue}
        checked={query.overdue === true}
        onChange={(e) => update({ overdue: e.currentTarget.checked ? 'true' : undefined })}
        mb={8}
      />
    </>
  );

  return (
    <FilterBar
      search={
        <TextInput
          ref={searchInput}
          type="search"
          data-list-search
          label={t.inbox.search}
          placeholder={t.inbox.searchPlaceholder}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            pushText(event.currentTarget.value);
          }}
          w={phone ? undefined : 240}
          style={phone ? { flex: 1 } : undefined}
        />
      }
      mostUsed={mostUsed}
      mostUsedKeys={['status', 'assigneeId', 'overdue']}
      more={
        <>
          <MultiSelect
            label={t.inbox.need}
            data={options(NEEDS, t.labels.need)}
            value={query.need}
            onChange={(need) => update({ need })}
            clearable
            w={phone ? '100%' : 220}
          />
          <MultiSelect
            label={t.inbox.situation}
            data={options(SITUATIONS, t.labels.situation)}
            value={query.situation}
            onChange={(situation) => update({ situation })}
            clearable
            w={phone ? '100%' : 220}
          />
          <MultiSelect
            label={t.inbox.channel}
            data={options(CHANNELS, t.labels.channel)}
            value={query.channel}
            onChange={(channel) => update({ channel })}
            clearable
            w={phone ? '100%' : 220}
          />
          <MultiSelect
            label={t.inbox.ageBand}
            data={options(AGE_BANDS, t.labels.ageBand)}
            value={query.ageBand}
            onChange={(ageBand) => update({ ageBand })}
            clearable
            w={phone ? '100%' : 180}
          />
          <MultiSelect
            label={t.inbox.priorityPublic}
            data={options(PRIORITY_PUBLICS, t.labels.priorityPublic)}
            value={query.priorityPublic}
            onChange={(priorityPublic) => update({ priorityPublic })}
            clearable
            w={phone ? '100%' : 240}
          />
          <MultiSelect
            label={t.inbox.department}
            data={DEPARTMENT_OPTIONS}
            value={query.department}
            onChange={(department) => update({ department })}
            searchable
            clearable
            w={phone ? '100%' : 240}
          />
          <TextInput
            type="date"
            label={t.inbox.receivedFrom}
            value={query.receivedFrom ?? ''}
            onChange={(e) => update({ receivedFrom: e.currentTarget.value })}
            w={170}
          />
          <TextInput
            type="date"
            label={t.inbox.receivedTo}
            value={query.receivedTo ?? ''}
            onChange={(e) => update({ receivedTo: e.currentTarget.value })}
            w={170}
          />
          <NumberInput
            label={t.inbox.waitingMinDays}
            value={query.waitingMinDays ?? ''}
            onChange={(days) => update({ waitingMinDays: days === '' ? undefined : String(days) })}
            min={0}
            max={3650}
            allowDecimal={false}
            allowNegative={false}
            w={200}
          />
        </>
      }
      chips={chipsOf(query, assignees)}
      onRemove={(key) => update({ [key]: undefined })}
      onClear={clear}
      tools={tools}
    />
  );
}, sameBar);
