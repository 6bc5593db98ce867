import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { client, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/query-keys';

export const indicatorsQuery = (
  period: { from?: string; to?: string; coordinatorId?: string } = {},
) =>
  queryOptions({
    queryKey: queryKeys.dashboard.indicators(period),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/dashboard/indicators', { params: { query: period }, signal })),
    // The figures of the period before stay on screen while the next one's load.
    placeholderData: keepPreviousData,
  });
