import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { t } from '../lib/i18n';

/**
 * A screen's title: the document title and the h1 that receives focus after navigation, so
 * screen-reader and keyboard users land at the top of the new screen.
 */
export function PageHeader({ title, actions }: { title: string; actions?: ReactNode }) {
  return (
    <Group justify="space-between" align="center" mb="lg" wrap="wrap" gap="sm">
      <title>{`${title} · ${t.appName}`}</title>
      <Title order={1} size="h2" tabIndex={-1} data-page-title>
        {title}
      </Title>
      {actions}
    </Group>
  );
}
