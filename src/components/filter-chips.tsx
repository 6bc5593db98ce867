import { Button, Group, Pill } from '@mantine/core';
import { t } from '../lib/i18n';

export interface FilterChip {
  key: string;
  /** "Statut : À contacter, Qualifiée" */
  label: string;
}

/** Chips from [key, label, words] triples: a filter without words is not in force. */
export const chipsFrom = (entries: [string, string, string | undefined][]): FilterChip[] =>
  entries.flatMap(([key, label, words]) => (words ? [{ key, label: `${label} : ${words}` }] : []));

/** The filters in force, each removable on its own, and all at once. */
export function FilterChips({
  chips,
  onRemove,
  onClear,
}: {
  chips: FilterChip[];
  onRemove: (key: string) => void;
  onClear: () => void;
}) {
  if (!chips.length) return null;
  return (
    <Group gap="xs" wrap="wrap" role="group" aria-label={t.filters.active}>
      {chips.map((chip) => (
        <Pill
          key={chip.key}
          size="md"
          withRemoveButton
          onRemove={() => onRemove(chip.key)}
          // Mantine hides the remove button from the keyboard and screen readers: not here.
          removeButtonProps={{
            'aria-label': t.filters.remove(chip.label),
            'aria-hidden': false,
            tabIndex: 0,
          }}
        >
          {chip.label}
        </Pill>
      ))}
      <Button variant="subtle" size="compact-sm" onClick={onClear}>
        {t.filters.clear}
      </Button>
    </Group>
  );
}
