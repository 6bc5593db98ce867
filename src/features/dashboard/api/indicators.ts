import { queryOptions } from '@tanstack/react-query';
import { client, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/query-keys';

export const indicatorsQuery = (period: { from?: string; to?: string } = {}) =>
  queryOptions({
    queryKey: queryKeys.dashboard.indicators(period),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/dashboard/indicators', { params: { query: period }, signal })),
  });
