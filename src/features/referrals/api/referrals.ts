import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { client, ifMatch, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/query-keys';
import type { Referral, ReferralInput, ReferralPatch } from '../../../api/types';
import type { ReferralStatus } from '../../../domain/enums';
import type { DuplicateQuery, ReferralListQuery } from '../../../domain/queries';

export const referralsQuery = (query: ReferralListQuery) =>
  queryOptions({
    queryKey: queryKeys.referrals.list({ ...query }),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/referrals', { params: { query: query as never }, signal })),
    // The previous page stays on screen while the next one loads: no flash of empty table.
    placeholderData: keepPreviousData,
  });

export const referralQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.referrals.detail(id),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/referrals/{id}', { params: { path: { id } }, signal })),
  });

export const timelineQuery = (id: string) =>
  queryOptions({
    queryKey: [...queryKeys.referrals.detail(id), 'timeline'] as const,
    queryFn: ({ signal }) =>
      unwrap(client.GET('/referrals/{id}/timeline', { params: { path: { id } }, signal })),
  });

export interface TransitionInput {
  referral: Referral;
  to: ReferralStatus;
  reason?: string;
}

export function useTransitionReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ referral, to, reason }: TransitionInput) =>
      unwrap(
        client.POST('/referrals/{id}/transitions', {
          params: { path: { id: referral.id }, header: ifMatch(referral.version) },
          body: { to, ...(reason ? { reason } : {}) },
        }),
      ),
    onSuccess: (next) => {
      queryClient.setQueryData(queryKeys.referrals.detail(next.id), next);
      void queryClient.invalidateQueries({ queryKey: queryKeys.referrals.all });
    },
  });
}

/** A status to move to, or a colleague to assign (null: nobody); on ids or on every row of a query. */
export type BulkInput = (
  { to: ReferralStatus; reason?: string } | { assigneeId: string | null }
) & {
  ids?: string[];
  query?: string;
  expectedCount?: number;
};

export function useBulkAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BulkInput) => {
      const { ids, query, expectedCount } = input;
      const rows = {
        ...(ids ? { ids } : {}),
        ...(query !== undefined ? { query, expectedCount } : {}),
      };
      const body =
        'to' in input
          ? {
              action:
                input.to === 'NOT_ELIGIBLE' ? ('NOT_ELIGIBLE' as const) : ('TRANSITION' as const),
              to: input.to,
              ...(input.reason ? { reason: input.reason } : {}),
              ...rows,
            }
          : { action: 'ASSIGN' as const, assigneeId: input.assigneeId, ...rows };
      return unwrap(client.POST('/referrals/bulk', { body }));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.referrals.all }),
  });
}

export function useLogContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string;
      channel: 'PHONE' | 'EMAIL' | 'SMS';
      reached: boolean;
      note?: string;
    }) =>
      unwrap(client.POST('/referrals/{id}/contact-attempts', { params: { path: { id } }, body })),
    onSuccess: (next) => {
      queryClient.setQueryData(queryKeys.referrals.detail(next.id), next);
      void queryClient.invalidateQueries({ queryKey: queryKeys.referrals.all });
    },
  });
}

export function useAddNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: string }) =>
      unwrap(client.POST('/referrals/{id}/notes', { params: { path: { id } }, body: { body } })),
    onSuccess: (_note, { id }) =>
      queryClient.invalidateQueries({ queryKey: timelineQuery(id).queryKey }),
  });
}

export function useUpdateReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      version,
      changes,
    }: {
      id: string;
      version: number;
      changes: ReferralPatch;
    }) =>
      unwrap(
        client.PATCH('/referrals/{id}', {
          params: { path: { id }, header: ifMatch(version) },
          body: changes,
        }),
      ),
    onSuccess: (next) => {
      queryClient.setQueryData(queryKeys.referrals.detail(next.id), next);
      void queryClient.invalidateQueries({ queryKey: queryKeys.referrals.all });
    },
  });
}

export function useCreateReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReferralInput) => unwrap(client.POST('/referrals', { body })),
    onSuccess: (created) => {
      queryClient.setQueryData(queryKeys.referrals.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: queryKeys.referrals.all });
    },
  });
}

/** Probable duplicates of what the intake form holds; only complete criteria count. */
export const duplicatesQuery = (query: DuplicateQuery) =>
  queryOptions({
    queryKey: queryKeys.duplicates({ ...query }),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/referrals/duplicates', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });

/** Mentors for a referral, best first, the ineligible kept with their reasons. */
export const suggestionsQuery = (referralId: string) =>
  queryOptions({
    queryKey: [...queryKeys.referrals.detail(referralId), 'suggestions'] as const,
    queryFn: ({ signal }) =>
      unwrap(
        client.GET('/referrals/{id}/suggestions', {
          params: { path: { id: referralId }, query: { limit: 20 } },
          signal,
        }),
      ),
  });

/** The referral's pairs, the proposed one first. */
export const referralPairsQuery = (referralId: string) =>
  queryOptions({
    queryKey: queryKeys.mentorships.list({ referralId }),
    queryFn: ({ signal }) =>
      unwrap(
        client.GET('/mentorships', {
          params: { query: { referralId, sort: '-proposedAt', pageSize: 20 } },
          signal,
        }),
      ),
  });

/** Proposing, accepting and refusing change the pair, the referral and the mentor together. */
function usePairingMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.referrals.all }),
        queryClient.invalidateQueries({ queryKey: ['mentorships'] }),
        queryClient.invalidateQueries({ queryKey: ['mentors'] }),
      ]),
  });
}

export const useProposePair = () =>
  usePairingMutation((body: { referralId: string; mentorId: string }) =>
    unwrap(client.POST('/mentorships', { body })),
  );

export const useAnswerProposal = () =>
  usePairingMutation(
    ({
      pair,
      accept,
      reason,
    }: {
      pair: { id: string; version: number };
      accept: boolean;
      reason?: string;
    }) =>
      unwrap(
        client.POST('/mentorships/{id}/transitions', {
          params: { path: { id: pair.id }, header: ifMatch(pair.version) },
          body: accept ? { to: 'ACCEPTED' } : { to: 'CLOSED', reason },
        }),
      ),
  );
