import { Badge } from '@mantine/core';
import type { Mentorship } from '../../../api/types';
import type { HealthLevel } from '../../../domain/follow-up';
import { t } from '../../../lib/i18n';

const STATUS_COLORS: Record<Mentorship['status'], string> = {
  PROPOSED: 'yellow',
  ACCEPTED: 'cyan',
  ACTIVE: 'green',
  PAUSED: 'orange',
  CLOSED: 'gray',
};

const HEALTH_COLORS: Record<HealthLevel, string> = {
  ON_TRACK: 'green',
  CHECK_IN: 'orange',
  AT_RISK: 'red',
};

/** Badges keep their whole label: a narrow column must not cut it. */
const WHOLE = {
  root: { textTransform: 'none', maxWidth: 'none' },
  label: { overflow: 'visible' },
} as const;

export const PairStatusBadge = ({ status }: { status: Mentorship['status'] }) => (
  <Badge color={STATUS_COLORS[status]} variant="light" styles={WHOLE}>
    {t.labels.mentorshipStatus[status]}
  </Badge>
);

/** The pair's health, with the rule behind it as the badge's description. */
export function HealthBadge({ health }: { health: Mentorship['health'] }) {
  if (!health) return <>—</>;
  return (
    <Badge color={HEALTH_COLORS[health.level]} variant="light" styles={WHOLE}>
      {t.labels.healthLevel[health.level]}
    </Badge>
  );
}
