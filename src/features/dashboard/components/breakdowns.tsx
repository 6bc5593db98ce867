import { SimpleGrid } from '@mantine/core';
import type { Indicators } from '../../../api/types';
import { t } from '../../../lib/i18n';
import { Breakdown } from './figures';

const PRIORITY_LABELS: Record<string, string> = {
  QPV: t.labels.priorityPublic.QPV,
  FRR: t.labels.priorityPublic.FRR,
  DISABILITY: t.labels.priorityPublic.DISABILITY,
  ASE_PJJ: `${t.labels.priorityPublic.ASE} / ${t.labels.priorityPublic.PJJ}`,
  NEET: t.labels.situation.NEET,
};

/** Each breakdown of the period as a table; lines that are list filters lead to their list. */
export function Breakdowns({ data }: { data: Indicators }) {
  const rows = (key: keyof Indicators & string, labels: Record<string, string>, linked = false) =>
    Object.entries(data[key] as Record<string, number>).map(([code, value]) => ({
      key: code,
      label: labels[code] ?? (code === 'UNKNOWN' ? t.dashboard.unknown : code),
      value,
      href: linked ? data.links[`${key}.${code}`] : undefined,
    }));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Breakdown
        title={t.dashboard.byChannel}
        rows={rows('referralsByChannel', t.labels.channel, true)}
        total={data.referralsReceived}
      />
      <Breakdown
        title={t.dashboard.priorityShares}
        rows={rows('priorityCounts', PRIORITY_LABELS, true)}
        total={data.referralsReceived}
      />
      <Breakdown
        title={t.dashboard.bySituation}
        rows={rows('menteesBySituation', t.labels.situation, true)}
        total={data.referralsReceived}
      />
      <Breakdown
        title={t.dashboard.byNeed}
        rows={rows('menteesByNeed', t.labels.need, true)}
        total={data.referralsReceived}
      />
      <Breakdown
        title={t.dashboard.byAgeBand}
        rows={rows('menteesByAgeBand', t.labels.ageBand)}
        total={data.referralsReceived}
      />
      <Breakdown
        title={t.dashboard.byGender}
        rows={rows('menteesByGender', t.labels.gender)}
        total={data.referralsReceived}
      />
      <Breakdown
        title={t.dashboard.exitSituations}
        rows={rows('exitSituations', t.labels.exitSituation)}
        total={data.pairsClosed}
      />
    </SimpleGrid>
  );
}
