import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../api/client';
import { queryKeys } from '../../../api/query-keys';
import type { MentorFile, ReferralFile, UserFile } from '../../../api/types';

export type SubjectType = 'referral' | 'mentor' | 'user';

/** One shape for the three files: the person's record is under `referral`, `mentor` or `user`. */
export type PersonalFile = Partial<ReferralFile & MentorFile & UserFile> &
  Pick<UserFile, 'exportedAt' | 'auditEvents'>;

const fetchFile = (type: SubjectType, id: string, signal: AbortSignal): Promise<PersonalFile> => {
  const path = { params: { path: { id } }, signal };
  switch (type) {
    case 'referral':
      return unwrap(client.GET('/referrals/{id}/personal-data', path));
    case 'mentor':
      return unwrap(client.GET('/mentors/{id}/personal-data', path));
    case 'user':
      return unwrap(client.GET('/users/{id}/personal-data', path));
  }
};

/** A person's whole file. Each read is audited: read once per visit, not on every focus. */
export const personalFileQuery = (type: SubjectType, id: string) =>
  queryOptions({
    queryKey: queryKeys.personalData.file(type, id),
    queryFn: ({ signal }) => fetchFile(type, id, signal),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

/** Erases a young person's or a mentor's identity; every list may have shown them. */
export function useAnonymise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ type, id }: { type: 'referral' | 'mentor'; id: string }) =>
      type === 'referral'
        ? unwrap(client.POST('/referrals/{id}/anonymize', { params: { path: { id } } }))
        : unwrap(client.POST('/mentors/{id}/anonymize', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export const retentionQuery = queryOptions({
  queryKey: queryKeys.personalData.retention,
  queryFn: ({ signal }) => unwrap(client.GET('/personal-data/retention', { signal })),
});

export function useRunRetention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) =>
      unwrap(client.POST('/personal-data/retention/anonymize', { body: { ids } })),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
