import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import {
  AGE_BANDS,
  CHANNELS,
  NEEDS,
  PRIORITY_PUBLICS,
  REFERRAL_STATUSES,
  SITUATIONS,
} from '../../../domain/enums';
import { ReferralListQuery } from '../../../domain/queries';
import { t } from '../../../lib/i18n';
import { filterKeys, isSet, type ListPatch } from '../../../lib/use-list-query';
import { DEPARTMENT_OPTIONS, options } from '../../../lib/options';

/** Every key a filter writes to the address bar; clearing them keeps sort and page size. */
const FILTER_KEYS = filterKeys(ReferralListQuery);

/** Filters that are used less: behind "Plus de filtres", open when one of them is set. */
const MORE_KEYS: (keyof ReferralListQuery)[] = [
  'priorityPublic',
  'department',
  'receivedFrom',
  'receivedTo',
  'waitingMinDays',
];

interface Props {
  query: ReferralListQuery;
  update: (patch: ListPatch) => void;
  team: { value: string; label: string }[];
  userId: string;
}

export function InboxFilters({ query, update, team, userId }: Props) {
  const searchInput = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(query.q ?? '');
  const pushText = useDebouncedCallback((q: string) => update({ q }), 300);
  const moreSet = MORE_KEYS.some((key) => isSet(query[key]));
  const [more, setMore] = useState(moreSet);
  const filtered = FILTER_KEYS.some((key) => isSet(query[key]));

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

  return (
    <>
      <Group align="flex-end" wrap="wrap" gap="sm">
        <TextInput
          ref={searchInput}
          type="search"
          data-list-search
          label={t.inbox.search}
          placeholder={t.inbox.searchPlaceholder}
          description={t.inbox.searchHint}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            pushText(event.currentTarget.value);
          }}
          w={280}
        />
        <MultiSelect
          label={t.inbox.status}
          data={options(REFERRAL_STATUSES, t.labels.referralStatus)}
          value={query.status}
          onChange={(status) => update({ status })}
          clearable
          w={220}
        />
        <MultiSelect
          label={t.inbox.need}
          data={options(NEEDS, t.labels.need)}
          value={query.need}
          onChange={(need) => update({ need })}
          clearable
          w={220}
        />
        <MultiSelect
          label={t.inbox.situation}
          data={options(SITUATIONS, t.labels.situation)}
          value={query.situation}
          onChange={(situation) => update({ situation })}
          clearable
          w={220}
        />
        <MultiSelect
          label={t.inbox.channel}
          data={options(CHANNELS, t.labels.channel)}
          value={query.channel}
          onChange={(channel) => update({ channel })}
          clearable
          w={220}
        />
        <MultiSelect
          label={t.inbox.ageBand}
          data={options(AGE_BANDS, t.labels.ageBand)}
          value={query.ageBand}
          onChange={(ageBand) => update({ ageBand })}
          clearable
          w={180}
        />
        <Select
          label={t.inbox.assignee}
          data={assignees}
          value={query.assigneeId ?? null}
          onChange={(assigneeId) => update({ assigneeId: assigneeId ?? undefined })}
          clearable
          searchable
          w={200}
        />
        <Checkbox
          label={t.inbox.overdue}
          checked={query.overdue === true}
          onChange={(e) => update({ overdue: e.currentTarget.checked ? 'true' : undefined })}
          mb={8}
        />
        <Button
          variant="subtle"
          aria-expanded={more}
          aria-controls="inbox-more-filters"
          onClick={() => setMore(!more)}
        >
          {more ? t.inbox.lessFilters : t.inbox.moreFilters}
        </Button>
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
      {more && (
        <Group id="inbox-more-filters" align="flex-end" wrap="wrap" gap="sm" mt="sm">
          <MultiSelect
            label={t.inbox.priorityPublic}
            data={options(PRIORITY_PUBLICS, t.labels.priorityPublic)}
            value={query.priorityPublic}
            onChange={(priorityPublic) => update({ priorityPublic })}
            clearable
            w={240}
          />
          <MultiSelect
            label={t.inbox.department}
            data={DEPARTMENT_OPTIONS}
            value={query.department}
            onChange={(department) => update({ department })}
            searchable
            clearable
            w={240}
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
        </Group>
      )}
    </>
  );
}
