import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { client, ifMatch, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/query-keys';
import type { MeetingInput } from '../../../api/types';
import type { MentorshipStatus } from '../../../domain/enums';
import type { MentorshipListQuery } from '../../../domain/queries';

export interface MentorshipListParams {
  page?: number;
  pageSize?: number;
  status?: MentorshipStatus[];
  sort?: '-proposedAt' | '-lastMeetingAt';
}

export const mentorshipsQuery = (params: MentorshipListParams | MentorshipListQuery) =>
  queryOptions({
    queryKey: queryKeys.mentorships.list({ ...params }),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/mentorships', { params: { query: params as never }, signal })),
    placeholderData: keepPreviousData,
  });

export const pairQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.mentorships.detail(id),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/mentorships/{id}', { params: { path: { id } }, signal })),
  });

export const pairMeetingsQuery = (id: string, page: number) =>
  queryOptions({
    queryKey: queryKeys.mentorships.meetings(id, page),
    queryFn: ({ signal }) =>
      unwrap(
        client.GET('/mentorships/{id}/meetings', {
          params: { path: { id }, query: { page, pageSize: 20 } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const interviewsQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.mentorships.interviews(id),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/mentorships/{id}/interviews', { params: { path: { id } }, signal })),
  });

/** Any change to a pair or its meetings refreshes pairs, referrals, mentors and concerns. */
function usePairMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    // After an error too: a conflict or a refusal means what the screen shows is out of date.
    onSettled: () =>
      Promise.all(
        [
          queryKeys.mentorships.all,
          queryKeys.referrals.all,
          queryKeys.mentors.all,
          queryKeys.concerns.all,
        ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ),
  });
}

/**
 * Logs a meeting. The key is the draft's own: a send repeated after a lost answer finds the
 * meeting already recorded instead of adding a second one.
 */
export const useLogMeeting = () =>
  usePairMutation(
    ({ pairId, meeting, key }: { pairId: string; meeting: MeetingInput; key: string }) =>
      unwrap(
        client.POST('/mentorships/{id}/meetings', {
          params: { path: { id: pairId }, header: { 'Idempotency-Key': key } },
          body: meeting,
        }),
      ),
  );

export type PairMove =
  { to: 'PAUSED' | 'ACTIVE' } | { to: 'CLOSED'; closureReason: string; exitSituation: string };

export const useMovePair = () =>
  usePairMutation(({ pair, move }: { pair: { id: string; version: number }; move: PairMove }) =>
    unwrap(
      client.POST('/mentorships/{id}/transitions', {
        params: { path: { id: pair.id }, header: ifMatch(pair.version) },
        body: move as never,
      }),
    ),
  );

export const useSetGoals = () =>
  usePairMutation(
    ({
      pair,
      goals,
    }: {
      pair: { id: string; version: number };
      goals: { id?: string; label: string; done: boolean }[];
    }) =>
      unwrap(
        client.PUT('/mentorships/{id}/goals', {
          params: { path: { id: pair.id }, header: ifMatch(pair.version) },
          body: { goals },
        }),
      ),
  );

export const useAddInterview = () =>
  usePairMutation(
    ({
      pairId,
      interview,
    }: {
      pairId: string;
      interview: {
        kind: 'START' | 'MID' | 'CLOSING';
        date: string;
        menteeSatisfaction: number | null;
        mentorSatisfaction: number | null;
        notes: string;
      };
    }) =>
      unwrap(
        client.POST('/mentorships/{id}/interviews', {
          params: { path: { id: pairId } },
          body: interview,
        }),
      ),
  );

export const useCorrectMeeting = () =>
  usePairMutation(
    ({ id, version, changes }: { id: string; version: number; changes: Partial<MeetingInput> }) =>
      unwrap(
        client.PATCH('/meetings/{id}', {
          params: { path: { id }, header: ifMatch(version) },
          body: changes,
        }),
      ),
  );

export const useReassignPairs = () =>
  usePairMutation((body: { ids: string[]; coordinatorId: string }) =>
    unwrap(client.POST('/mentorships/coordinator', { body })),
  );
