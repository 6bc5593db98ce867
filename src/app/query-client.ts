import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/error';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Retry what may pass (network, 5xx), never what will not (4xx).
        retry: (count, error) =>
          count < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
      },
    },
  });
}
