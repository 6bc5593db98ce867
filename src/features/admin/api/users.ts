import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { client, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/query-keys';
import type { Role } from '../../../domain/enums';

export interface UserListParams {
  q?: string;
  role?: Role[];
  page?: number;
  pageSize?: number;
}

export const usersQuery = (params: UserListParams) =>
  queryOptions({
    queryKey: queryKeys.users.list({ ...params }),
    queryFn: ({ signal }) => unwrap(client.GET('/users', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
