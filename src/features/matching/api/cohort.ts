import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/query-keys';

/** Computes a plan for every referral awaiting a match and every mentor with a free place. */
export const usePlanCohort = () =>
  useMutation({ mutationFn: () => unwrap(client.POST('/matching/cohort', { body: {} })) });

export function usePublishCohort() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (pairs: { referralId: string; mentorId: string }[]) =>
      unwrap(client.POST('/matching/cohort/publish', { body: { pairs } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.referrals.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.mentors.all }),
        queryClient.invalidateQueries({ queryKey: ['mentorships'] }),
      ]),
  });
}

/** Scores given pairs, e.g. two pairs of a plan with their mentors swapped; stores nothing. */
export const useScorePairs = () =>
  useMutation({
    mutationFn: (pairs: { referralId: string; mentorId: string }[]) =>
      unwrap(client.POST('/matching/score', { body: { pairs } })),
  });
