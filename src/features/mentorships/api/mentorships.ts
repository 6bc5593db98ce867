import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/query-keys';
import type { MeetingInput } from '../../../api/types';
import type { MentorshipStatus } from '../../../domain/enums';

export interface MentorshipListParams {
  page?: number;
  pageSize?: number;
  status?: MentorshipStatus[];
  sort?: '-proposedAt' | '-lastMeetingAt';
}

export const mentorshipsQuery = (params: MentorshipListParams) =>
  queryOptions({
    queryKey: queryKeys.mentorships.list({ ...params }),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/mentorships', { params: { query: params }, signal })),
  });

export function useLogMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ pairId, meeting }: { pairId: string; meeting: MeetingInput }) =>
      unwrap(
        client.POST('/mentorships/{id}/meetings', {
          params: { path: { id: pairId } },
          body: meeting,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['mentorships'] }),
  });
}
