import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { client, ifMatch, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/query-keys';

export const ownMentorQuery = queryOptions({
  queryKey: queryKeys.ownMentor,
  queryFn: ({ signal }) => unwrap(client.GET('/me/mentor', { signal })),
});

export interface MentorAvailability {
  phone: string | null;
  hoursPerMonth: number;
  preferredSlots: ('WEEKDAY_DAYTIME' | 'WEEKDAY_EVENING' | 'WEEKEND')[];
  capacity: number;
}

export function useUpdateOwnMentor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, changes }: { version: number; changes: MentorAvailability }) =>
      unwrap(client.PATCH('/me/mentor', { params: { header: ifMatch(version) }, body: changes })),
    onSuccess: (next) => queryClient.setQueryData(queryKeys.ownMentor, next),
  });
}
