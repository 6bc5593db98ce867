import { CellBadge } from '../../../components/list-cells';
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

export const PairStatusBadge = ({ status }: { status: Mentorship['status'] }) => (
  <CellBadge color={STATUS_COLORS[status]}>{t.labels.mentorshipStatus[status]}</CellBadge>
);

/** The pair's health, with the rule behind it as the badge's description. */
export function HealthBadge({ health }: { health: Mentorship['health'] }) {
  if (!health) return <>—</>;
  return (
    <CellBadge color={HEALTH_COLORS[health.level]}>{t.labels.healthLevel[health.level]}</CellBadge>
  );
}
