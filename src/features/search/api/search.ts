import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { client, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/query-keys';

export const searchQuery = (q: string) =>
  queryOptions({
    queryKey: queryKeys.search(q),
    queryFn: ({ signal }) => unwrap(client.GET('/search', { params: { query: { q } }, signal })),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
