import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { client, ifMatch, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/query-keys';
import type { Mentor, MentorInput } from '../../../api/types';
import type { MentorStatus } from '../../../domain/enums';
import type { MentorListQuery } from '../../../domain/queries';

export const mentorsQuery = (query: MentorListQuery) =>
  queryOptions({
    queryKey: queryKeys.mentors.list({ ...query }),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/mentors', { params: { query: query as never }, signal })),
    placeholderData: keepPreviousData,
  });

export const mentorQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.mentors.detail(id),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/mentors/{id}', { params: { path: { id } }, signal })),
  });

export const mentorTimelineQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.mentors.timeline(id),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/mentors/{id}/timeline', { params: { path: { id } }, signal })),
  });

/** The mentor's pairs, current and past (a mentor has at most a handful). */
export const mentorPairsQuery = (mentorId: string) =>
  queryOptions({
    queryKey: queryKeys.mentorships.list({ mentorId, pageSize: 100 }),
    queryFn: ({ signal }) =>
      unwrap(
        client.GET('/mentorships', {
          params: { query: { mentorId, pageSize: 100, sort: '-proposedAt' } },
          signal,
        }),
      ),
  });

function useMentorMutation<V>(mutationFn: (variables: V) => Promise<Mentor>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (next) => {
      queryClient.setQueryData(queryKeys.mentors.detail(next.id), next);
      void queryClient.invalidateQueries({ queryKey: queryKeys.mentors.all });
    },
  });
}

export const useTransitionMentor = () =>
  useMentorMutation(
    ({ mentor, to }: { mentor: Pick<Mentor, 'id' | 'version'>; to: MentorStatus }) =>
      unwrap(
        client.POST('/mentors/{id}/transitions', {
          params: { path: { id: mentor.id }, header: ifMatch(mentor.version) },
          body: { to },
        }),
      ),
  );

export const useCreateMentor = () =>
  useMentorMutation((body: MentorInput) => unwrap(client.POST('/mentors', { body })));

export const useUpdateMentor = () =>
  useMentorMutation(
    ({ id, version, changes }: { id: string; version: number; changes: Partial<MentorInput> }) =>
      unwrap(
        client.PATCH('/mentors/{id}', {
          params: { path: { id }, header: ifMatch(version) },
          body: changes,
        }),
      ),
  );

export function useImportMentors() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { rows: Record<string, unknown>[]; dryRun: boolean }) =>
      unwrap(client.POST('/mentors/import', { body })),
    onSuccess: (_report, { dryRun }) => {
      if (!dryRun) void queryClient.invalidateQueries({ queryKey: queryKeys.mentors.all });
    },
  });
}

export function useInviteMentor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(client.POST('/mentors/{id}/invite', { params: { path: { id } } })),
    onSuccess: (_invitation, id) =>
      queryClient.invalidateQueries({ queryKey: queryKeys.mentors.detail(id) }),
  });
}

/** Young people awaiting a match, ranked for this mentor. */
export const menteeSuggestionsQuery = (mentorId: string) =>
  queryOptions({
    queryKey: [...queryKeys.mentors.detail(mentorId), 'suggestions'] as const,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET('/mentors/{id}/suggestions', {
          params: { path: { id: mentorId }, query: { limit: 10 } },
          signal,
        }),
      ),
  });
