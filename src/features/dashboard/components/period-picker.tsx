import { Group, Select, TextInput } from '@mantine/core';
import { periodContaining, type Period } from '../../../domain/indicators';
import { today } from '../../../lib/clock';
import { t } from '../../../lib/i18n';
import { periodOfKind, periodOptions, type PeriodChoice } from '../period';

const KINDS: PeriodChoice[] = ['last12', 'month', 'quarter', 'year', 'custom'];

/** Which period: the last twelve months, a month, a quarter, a year, or two dates. */
export function PeriodPicker({
  value,
  onChange,
}: {
  value: Period & { kind: PeriodChoice };
  onChange: (period: Period, kind: PeriodChoice) => void;
}) {
  const { kind } = value;
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Select
        label={t.dashboard.period}
        data={KINDS.map((k) => ({ value: k, label: t.dashboard.periodKinds[k] }))}
        value={kind}
        onChange={(next) =>
          next && onChange(periodOfKind(next as PeriodChoice, today(), value), next as PeriodChoice)
        }
        allowDeselect={false}
        w={190}
      />
      {(kind === 'month' || kind === 'quarter' || kind === 'year') && (
        <Select
          label={t.dashboard[kind]}
          data={periodOptions(kind, today())}
          value={value.from}
          onChange={(from) => from && onChange(periodContaining(kind, from), kind)}
          allowDeselect={false}
          searchable
          w={190}
        />
      )}
      {kind === 'custom' && (
        <>
          <TextInput
            type="date"
            label={t.dashboard.from}
            value={value.from}
            max={value.to}
            onChange={(e) => {
              const from = e.currentTarget.value;
              if (from && from <= value.to) onChange({ from, to: value.to }, kind);
            }}
            w={170}
          />
          <TextInput
            type="date"
            label={t.dashboard.to}
            value={value.to}
            min={value.from}
            onChange={(e) => {
              const to = e.currentTarget.value;
              if (to && to >= value.from) onChange({ from: value.from, to }, kind);
            }}
            w={170}
          />
        </>
      )}
    </Group>
  );
}
