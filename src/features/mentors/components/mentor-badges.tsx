import { Group, Progress, Text } from '@mantine/core';
import { CellBadge } from '../../../components/list-cells';
import type { MentorStatus } from '../../../domain/enums';
import type { HonorabilityStatus } from '../../../domain/matching';
import { t } from '../../../lib/i18n';

const STATUS_COLORS: Record<MentorStatus, string> = {
  APPLICANT: 'blue',
  INTERVIEWED: 'cyan',
  SCREENED: 'teal',
  TRAINED: 'violet',
  AVAILABLE: 'green',
  FULL: 'orange',
  INACTIVE: 'gray',
  ARCHIVED: 'gray',
};

export const MentorStatusBadge = ({ status }: { status: MentorStatus }) => (
  <CellBadge color={STATUS_COLORS[status]}>{t.labels.mentorStatus[status]}</CellBadge>
);

const HONORABILITY_COLORS: Record<HonorabilityStatus, string> = {
  VALID: 'green',
  EXPIRING: 'orange',
  EXPIRED: 'red',
  MISSING: 'gray',
};

/** With `named`, says what it is about: "Honorabilité : valide", for a card without headers. */
export const HonorabilityBadge = ({
  status,
  named = false,
}: {
  status: HonorabilityStatus;
  named?: boolean;
}) => (
  <CellBadge color={HONORABILITY_COLORS[status]}>
    {named
      ? t.mentors.honorabilityNamed(t.labels.honorabilityStatus[status])
      : t.labels.honorabilityStatus[status]}
  </CellBadge>
);

/** Current pairs against places, as a gauge that says its figures in words too. */
export function LoadGauge({ active, capacity }: { active: number; capacity: number }) {
  const full = active >= capacity;
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress.Root w={64}>
        <Progress.Section
          value={Math.min(100, (active / capacity) * 100)}
          color={full ? 'orange' : 'teal'}
          aria-label={t.mentors.loadLabel(active, capacity)}
        />
      </Progress.Root>
      <Text size="sm" aria-hidden>
        {t.mentors.loadOf(active, capacity)}
      </Text>
    </Group>
  );
}
