import { useQuery } from '@tanstack/react-query';
import { sessionQuery } from '../api/session';

/** The session once loaded (the app waits for it before routing), or null when logged out. */
export function useSession() {
  return useQuery(sessionQuery).data ?? null;
}
