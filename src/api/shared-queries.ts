import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, setCsrfToken, unwrap } from './client';
import { queryKeys, type SavedViewResource } from './query-keys';
import type { Session } from './types';

// Data every screen may need, whatever its feature: who is logged in, the association's settings,
// the official geography.

/** The association's staff, to assign referrals and pairs and to filter by them. */
export const teamQuery = queryOptions({
  queryKey: queryKeys.team,
  queryFn: ({ signal }) => unwrap(client.GET('/team', { signal })),
  staleTime: 5 * 60_000,
});

/** The team's and one's own saved views of a list, each with its live count. */
export const savedViewsQuery = (resource: SavedViewResource) =>
  queryOptions({
    queryKey: queryKeys.views(resource),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/saved-views', { params: { query: { resource } }, signal })),
  });

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

/** The session once loaded (the routes wait for it), or null when logged out. */
export function useSession() {
  return useQuery(sessionQuery).data ?? null;
}

export const settingsQuery = queryOptions({
  queryKey: queryKeys.settings,
  queryFn: ({ signal }) => unwrap(client.GET('/settings', { signal })),
  staleTime: 5 * 60_000,
});

/** The communes a postal code serves; an empty list means the code does not exist. */
export const communesQuery = (postalCode: string) =>
  queryOptions({
    queryKey: queryKeys.communes(postalCode),
    queryFn: ({ signal }) =>
      unwrap(client.GET('/geography/communes', { params: { query: { postalCode } }, signal })),
    staleTime: Infinity,
  });

/** A record's own audit entries (admins), newest first. */
export const recordAuditQuery = (entityType: string, entityId: string) =>
  queryOptions({
    queryKey: queryKeys.audit.list({ entityType, entityId, pageSize: 10 }),
    queryFn: ({ signal }) =>
      unwrap(
        client.GET('/audit-events', {
          params: { query: { entityType, entityId, pageSize: 10 } },
          signal,
        }),
      ),
  });
