import { CellBadge } from '../../../components/list-cells';
import type { ReferralStatus } from '../../../domain/enums';
import { t } from '../../../lib/i18n';

const COLORS: Record<ReferralStatus, string> = {
  RECEIVED: 'blue',
  TO_CONTACT: 'orange',
  QUALIFIED: 'cyan',
  AWAITING_MATCH: 'violet',
  MATCH_PROPOSED: 'grape',
  MATCHED: 'green',
  UNREACHABLE: 'gray',
  NOT_ELIGIBLE: 'gray',
  WITHDRAWN: 'gray',
};

export const StatusBadge = ({ status }: { status: ReferralStatus }) => (
  <CellBadge color={COLORS[status]}>{t.labels.referralStatus[status]}</CellBadge>
);
