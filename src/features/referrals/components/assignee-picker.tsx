import { Group, Select, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { teamQuery } from '../../../api/shared-queries';
import type { Referral } from '../../../api/types';
import { ErrorState } from '../../../components/query-state';
import { t } from '../../../lib/i18n';
import { useBulkAction } from '../api/referrals';

const NOBODY = 'none';

/** Who follows this referral, changed in place, with what happened said out loud. */
export function AssigneePicker({ referral }: { referral: Referral }) {
  const team = useQuery(teamQuery);
  const assign = useBulkAction();
  const data = [
    { value: NOBODY, label: t.inbox.nobody },
    ...(team.data ?? []).map((m) => ({ value: m.id, label: `${m.firstName} ${m.lastName}` })),
  ];
  const labelOf = (value: string | null) => data.find((d) => d.value === value)?.label ?? '';
  const choose = (value: string | null) =>
    value && assign.mutate({ ids: [referral.id], assigneeId: value === NOBODY ? null : value });
  const sent = assign.variables && 'assigneeId' in assign.variables ? assign.variables : null;
  return (
    <Group gap="xs" align="center">
      <Select
        label={t.inbox.assignee}
        size="xs"
        w={220}
        allowDeselect={false}
        data={data}
        value={referral.assigneeId ?? NOBODY}
        onChange={choose}
        disabled={assign.isPending}
      />
      <Text size="sm" role="status">
        {assign.isSuccess && sent
          ? t.referral.assignedSaved(labelOf(sent.assigneeId ?? NOBODY))
          : ''}
      </Text>
      {assign.isError && (
        <ErrorState error={assign.error} onRetry={() => sent && assign.mutate(sent)} />
      )}
    </Group>
  );
}
