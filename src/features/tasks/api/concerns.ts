import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/query-keys';

type Status = 'OPEN' | 'ACKNOWLEDGED';

export const concernsQuery = (params: { status: Status[]; pageSize: number }) =>
  queryOptions({
    queryKey: queryKeys.concerns.list(params),
    queryFn: ({ signal }) => unwrap(client.GET('/concerns', { params: { query: params }, signal })),
  });

/** Open concerns, for the navigation's badge: asked again every minute, they must not wait. */
export const useOpenConcernCount = (enabled: boolean) =>
  useQuery({
    ...concernsQuery({ status: ['OPEN'], pageSize: 1 }),
    enabled,
    refetchInterval: 60_000,
    select: (page) => page.total,
  }).data ?? 0;

export function useAcknowledgeConcern() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ meetingId, note }: { meetingId: string; note: string }) =>
      unwrap(
        client.POST('/meetings/{id}/concern-acknowledgement', {
          params: { path: { id: meetingId } },
          body: { note },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.concerns.all }),
  });
}

export const tasksQuery = queryOptions({
  queryKey: queryKeys.tasks,
  queryFn: ({ signal }) => unwrap(client.GET('/dashboard/tasks', { signal })),
});

/** Tasks besides concerns, for the navigation's count; asked again every minute. */
export const useTaskCount = (enabled: boolean) =>
  useQuery({ ...tasksQuery, enabled, refetchInterval: 60_000, select: (tasks) => tasks.length })
    .data ?? 0;
