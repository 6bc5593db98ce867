import { Button, Group, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useState, type ReactNode } from 'react';
import { t } from '../lib/i18n';
import { FilterChips, type FilterChip } from './filter-chips';

/** Whether the screen is phone-sized: lists keep only their search in view. */
export const usePhone = () => useMediaQuery('(max-width: 47.99em)') === true;

/**
 * A list's filters in one compact bar: the search and the filters used most, the others behind
 * "Filtres" (with how many of them are in force), and every filter in force as a removable chip.
 * On a phone, the bar keeps only the search and "Filtres".
 */
export function FilterBar({
  search,
  mostUsed,
  mostUsedKeys,
  more,
  chips,
  onRemove,
  onClear,
  tools,
}: {
  search: ReactNode;
  mostUsed: ReactNode;
  /** The chips' keys of the most used filters: not counted on "Filtres" when in the bar. */
  mostUsedKeys: string[];
  more: ReactNode;
  chips: FilterChip[];
  onRemove: (key: string) => void;
  onClear: () => void;
  /** Saved views and display controls, at the bar's end. */
  tools: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const phone = usePhone();
  const panel = useId();
  const hidden = chips.filter((c) => phone || !mostUsedKeys.includes(c.key)).length;
  return (
    <Stack gap="xs">
      <Group align="flex-end" justify="space-between" wrap="wrap" gap="sm">
        <Group align="flex-end" wrap={phone ? 'nowrap' : 'wrap'} gap="sm" style={{ flexGrow: 1 }}>
          {search}
          {!phone && mostUsed}
          <Button
            variant="default"
            aria-expanded={open}
            aria-controls={panel}
            onClick={() => setOpen(!open)}
          >
            {t.filters.more(hidden)}
          </Button>
        </Group>
        <Group gap="sm" wrap="wrap">
          {tools}
        </Group>
      </Group>
      {open && (
        <Group id={panel} align="flex-end" wrap="wrap" gap="sm">
          {phone && mostUsed}
          {more}
        </Group>
      )}
      <FilterChips chips={chips} onRemove={onRemove} onClear={onClear} />
    </Stack>
  );
}
