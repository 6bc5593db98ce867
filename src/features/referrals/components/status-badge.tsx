import { Badge } from '@mantine/core';
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
  <Badge
    color={COLORS[status]}
    variant="light"
    // The whole label, even in a narrow table column.
    styles={{ root: { textTransform: 'none', maxWidth: 'none' }, label: { overflow: 'visible' } }}
  >
    {t.labels.referralStatus[status]}
  </Badge>
);
