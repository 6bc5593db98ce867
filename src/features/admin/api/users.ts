import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { client, ifMatch, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/query-keys';
import type { User } from '../../../api/types';
import type { Role } from '../../../domain/enums';

export interface UserListParams {
  q?: string;
  role?: Role[];
  page?: number;
  pageSize?: number;
}

export const usersQuery = (params: UserListParams) =>
  queryOptions({
    queryKey: queryKeys.users.list({ ...params }),
    queryFn: ({ signal }) => unwrap(client.GET('/users', { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });

/** Any change to an account: the lists, and the team one assigns records to. */
function useUserMutation<A, R>(mutationFn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.users.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.team });
    },
  });
}

export const useInviteUser = () =>
  useUserMutation(
    (body: { email: string; firstName: string; lastName: string; role: 'admin' | 'coordinator' }) =>
      unwrap(client.POST('/users', { body })),
  );

export const useUpdateUser = () =>
  useUserMutation(
    ({
      user,
      changes,
    }: {
      user: Pick<User, 'id' | 'version'>;
      changes: { role?: 'admin' | 'coordinator'; active?: boolean };
    }) =>
      unwrap(
        client.PATCH('/users/{id}', {
          params: { path: { id: user.id }, header: ifMatch(user.version) },
          body: changes,
        }),
      ),
  );

export const useResetPassword = () =>
  useUserMutation((id: string) =>
    unwrap(client.POST('/users/{id}/password-reset', { params: { path: { id } } })),
  );
