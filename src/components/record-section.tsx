import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One labelled value of a record, in a description list. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/**
 * A titled region of a record's page, named for screen readers by its title. Its children are
 * Fields of a description list, unless `plain`.
 */
export function Section({
  title,
  action,
  plain = false,
  children,
}: {
  title: string;
  action?: ReactNode;
  plain?: boolean;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {action}
      </Group>
      <Stack gap="xs" component={plain ? 'div' : 'dl'} m={0}>
        {children}
      </Stack>
    </Paper>
  );
}
