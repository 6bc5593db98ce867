import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { client, setCsrfToken, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/query-keys';
import type { Session } from '../../../api/types';

/** The current session, or null when logged out (204). */
export const sessionQuery = queryOptions({
  queryKey: queryKeys.session,
  queryFn: async (): Promise<Session | null> => {
    const session = (await unwrap(client.GET('/auth/session'))) ?? null;
    setCsrfToken(session?.csrfToken ?? null);
    return session;
  },
  staleTime: Infinity,
  retry: false,
});

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      unwrap(client.POST('/auth/login', { body })),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(queryKeys.session, session);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(client.POST('/auth/logout')),
    // Logged out either way: a failed call must not keep someone's data on screen.
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(queryKeys.session, null);
    },
  });
}
