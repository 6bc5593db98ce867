import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { client, ifMatch, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/query-keys';
import type { Referral } from '../../../api/types';
import type { ReferralStatus } from '../../../domain/enums';
import type { ReferralListQuery } from '../../../domain/queries';

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

export interface BulkInput {
  to: ReferralStatus;
  reason?: string;
  ids?: string[];
  query?: string;
  expectedCount?: number;
}

export function useBulkTransition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ to, reason, ...rows }: BulkInput) =>
      unwrap(
        client.POST('/referrals/bulk', {
          body: {
            action: to === 'NOT_ELIGIBLE' ? 'NOT_ELIGIBLE' : 'TRANSITION',
            to,
            ...(reason ? { reason } : {}),
            ...rows,
          },
        }),
      ),
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

export const savedViewsQuery = queryOptions({
  queryKey: queryKeys.referrals.views,
  queryFn: ({ signal }) =>
    unwrap(client.GET('/saved-views', { params: { query: { resource: 'referrals' } }, signal })),
});

export function useSaveView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; query: string; shared: boolean }) =>
      unwrap(client.POST('/saved-views', { body: { ...body, resource: 'referrals' } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.referrals.views }),
  });
}

export type ReferralChanges = Partial<
  Pick<
    Referral,
    'firstName' | 'lastName' | 'birthDate' | 'email' | 'phone' | 'postalCode' | 'commune'
  >
>;

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
      changes: ReferralChanges;
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
