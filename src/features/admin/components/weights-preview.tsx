import { Group, List, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { MatchingWeights } from '../../../api/types';
import { QueryState } from '../../../components/query-state';
import { formatPercent } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { previewQuery, waitingReferralsQuery } from '../api/settings';

const asParam = (weights: MatchingWeights) =>
  Object.entries(weights)
    .map(([name, value]) => `${name}:${value}`)
    .join(',');

function Ranking({
  title,
  referralId,
  weights,
}: {
  title: string;
  referralId: string;
  weights?: string;
}) {
  const query = useQuery(previewQuery(referralId, weights));
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">
        {title}
      </Title>
      <QueryState query={query} isEmpty={(list) => !list.length} empty={<Text size="sm">—</Text>}>
        {(list) => (
          <List type="ordered" size="sm" spacing={2}>
            {list.map((s) => (
              <List.Item key={s.mentor.id}>
                {s.mentor.firstName} {s.mentor.lastName} · {formatPercent(s.score)}
              </List.Item>
            ))}
          </List>
        )}
      </QueryState>
    </Stack>
  );
}

/**
 * How the weights typed would change one waiting young person's suggestions, next to the saved
 * ones; nothing is saved until the form is.
 */
export function WeightsPreview({ weights }: { weights: MatchingWeights }) {
  const waiting = useQuery(waitingReferralsQuery);
  const [referralId, setReferralId] = useState<string | null>(null);
  const valid = Object.values(weights).every((w) => Number.isFinite(w) && w >= 0 && w <= 10);
  const [typed] = useDebouncedValue(valid ? asParam(weights) : undefined, 400);
  const options = (waiting.data?.items ?? []).map((r) => ({
    value: r.id,
    label: `${r.firstName} ${r.lastName}`,
  }));
  const chosen = referralId ?? options[0]?.value ?? null;
  return (
    <Stack gap="sm" mt="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={3} size="h5">
            {t.settings.preview}
          </Title>
          <Text size="xs" c="dimmed">
            {t.settings.previewHint}
          </Text>
        </div>
        {options.length > 0 && (
          <Select
            label={t.settings.previewPick}
            data={options}
            value={chosen}
            onChange={setReferralId}
            searchable
            allowDeselect={false}
            miw={240}
          />
        )}
      </Group>
      {waiting.isSuccess && !options.length && <Text size="sm">{t.settings.previewNone}</Text>}
      {chosen && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Ranking title={t.settings.previewCurrent} referralId={chosen} />
          <Ranking title={t.settings.previewNext} referralId={chosen} weights={typed} />
        </SimpleGrid>
      )}
    </Stack>
  );
}
