import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../api/error';
import { t } from '../lib/i18n';

/** An error with its cause in plain French and a way out: retry. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const detail = error instanceof ApiError ? (error.problem.detail ?? error.problem.title) : null;
  return (
    <Alert color="red" title={t.common.errorTitle} role="alert">
      <Stack gap="sm" align="flex-start">
        {detail && <Text size="sm">{detail}</Text>}
        <Button size="xs" variant="white" color="red" onClick={onRetry}>
          {t.common.retry}
        </Button>
      </Stack>
    </Alert>
  );
}

export function LoadingState({ label = t.common.loading }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="sm" aria-hidden />
      <Text ml="sm" size="sm">
        {label}
      </Text>
    </Center>
  );
}

/** Renders a query's four states: loading, error with retry, empty, and its data. */
export function QueryState<T>({
  query,
  isEmpty,
  empty,
  children,
}: {
  query: UseQueryResult<T>;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty?.(query.data)) return <>{empty}</>;
  return <>{children(query.data)}</>;
}
