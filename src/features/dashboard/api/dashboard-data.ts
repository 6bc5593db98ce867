import type { QueryClient } from '@tanstack/react-query';
import { teamQuery } from '../../../api/shared-queries';
import { previousPeriod } from '../../../domain/indicators';
import { periodFromSearch } from '../period';
import { indicatorsQuery } from './indicators';

/** The period's indicators and the previous period's, asked for while the screen's code loads. */
export function dashboardData(queryClient: QueryClient, url: URL) {
  const period = periodFromSearch(url.searchParams);
  const coordinatorId = url.searchParams.get('coordinatorId') ?? undefined;
  return [
    queryClient.ensureQueryData(
      indicatorsQuery({ from: period.from, to: period.to, coordinatorId }),
    ),
    queryClient.ensureQueryData(indicatorsQuery({ ...previousPeriod(period), coordinatorId })),
    queryClient.ensureQueryData(teamQuery),
  ];
}
