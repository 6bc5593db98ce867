import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { client, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/query-keys';
import type { AuditQuery } from '../../../domain/queries';

export const auditQuery = (query: Partial<AuditQuery>) =>
  queryOptions({
    queryKey: queryKeys.audit.list({ ...query }),
    queryFn: ({ signal }) => unwrap(client.GET('/audit-events', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
