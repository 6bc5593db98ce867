import { Paper, Text } from '@mantine/core';
import { t } from '../lib/i18n';
import { PageHeader } from './page-header';

/** A screen planned by a later issue: says so, shows no made-up data. */
export function ComingSoon({ title }: { title: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Paper withBorder p="lg" radius="md">
        <Text fw={600}>{t.common.comingSoon}</Text>
        <Text size="sm" c="dimmed" mt={4}>
          {t.common.comingSoonDetail}
        </Text>
      </Paper>
    </>
  );
}
