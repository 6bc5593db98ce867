import {
  Alert,
  Box,
  Button,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core';
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

const lines = (n: number, height: number) =>
  Array.from({ length: n }, (_, i) => (
    <Skeleton key={i} height={height} width={i === n - 1 ? '60%' : '100%'} radius="sm" />
  ));

/**
 * While something loads: a skeleton shaped like it (a list's rows, a record's sections), named
 * "Chargement…" for screen readers.
 */
export function LoadingState({
  label = t.common.loading,
  shape = 'lines',
}: {
  label?: string;
  shape?: 'lines' | 'table' | 'record';
}) {
  return (
    <Box role="status" aria-live="polite" p={shape === 'record' ? 0 : 'md'}>
      <VisuallyHidden>{label}</VisuallyHidden>
      <Box aria-hidden>
        {shape === 'table' ? (
          <Stack gap="md">{lines(10, 22)}</Stack>
        ) : shape === 'record' ? (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {[0, 1].map((column) => (
              <Stack key={column} gap="md">
                {[0, 1].map((section) => (
                  <Paper key={section} withBorder p="md" radius="md">
                    <Stack gap="sm">
                      <Skeleton height={18} width="40%" radius="sm" />
                      {lines(4, 12)}
                    </Stack>
                  </Paper>
                ))}
              </Stack>
            ))}
          </SimpleGrid>
        ) : (
          <Stack gap="sm">{lines(3, 14)}</Stack>
        )}
      </Box>
    </Box>
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
