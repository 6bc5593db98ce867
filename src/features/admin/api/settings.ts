import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { client, ifMatch, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/query-keys';
import type { SettingsInput } from '../../../api/types';

/**
 * Saves the settings at the version read. The thresholds shape the lists, tasks and indicators:
 * they are read again, so a change shows at once.
 */
export function useSaveSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: SettingsInput }) =>
      unwrap(client.PUT('/settings', { params: { header: ifMatch(version) }, body })),
    onSuccess: (next) => {
      queryClient.setQueryData(queryKeys.settings, next);
      for (const key of [
        queryKeys.referrals.all,
        queryKeys.mentors.all,
        queryKeys.mentorships.all,
        ['dashboard'],
        queryKeys.session,
      ])
        void queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

export function useRotateIntakeKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(client.POST('/settings/intake-key')),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.settings }),
  });
}

/** Young people awaiting a match, to preview the matching weights on one of them. */
export const waitingReferralsQuery = queryOptions({
  queryKey: queryKeys.referrals.list({ status: ['AWAITING_MATCH'], pageSize: 50, for: 'preview' }),
  queryFn: ({ signal }) =>
    unwrap(
      client.GET('/referrals', {
        params: { query: { status: ['AWAITING_MATCH'], pageSize: 50 } },
        signal,
      }),
    ),
});

/** The suggestions for a young person with the saved weights, or with `weights` to try. */
export const previewQuery = (referralId: string, weights?: string) =>
  queryOptions({
    queryKey: [...queryKeys.referrals.detail(referralId), 'suggestions', weights ?? 'saved'],
    queryFn: ({ signal }) =>
      unwrap(
        client.GET('/referrals/{id}/suggestions', {
          params: { path: { id: referralId }, query: { limit: 5, weights } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
