import { Anchor, Group, List, Paper, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { recordAuditQuery, useSession } from '../api/shared-queries';
import { formatDateTime } from '../lib/format';
import { t } from '../lib/i18n';
import { AuditChanges } from './audit-changes';
import { QueryState } from './query-state';

/**
 * For admins, on a record's page: its last audit entries (who changed what, before and after),
 * with its data and its whole log a link away.
 */
export function RecordAudit({
  entityType,
  entityId,
  personalData,
}: {
  entityType: string;
  entityId: string;
  /** The person's file (`orientation`, `mentor`), for a referral or a mentor. */
  personalData?: string;
}) {
  const session = useSession();
  const admin = session?.user.role === 'admin';
  const query = useQuery({ ...recordAuditQuery(entityType, entityId), enabled: admin });
  if (!admin) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t.audit.history}>
      <Title order={2} size="h4" mb="sm">
        {t.audit.history}
      </Title>
      <QueryState
        query={query}
        isEmpty={(page) => !page.total}
        empty={<Text size="sm">{t.audit.historyEmpty}</Text>}
      >
        {(page) => (
          <List size="sm" spacing="xs" listStyleType="none" m={0} p={0}>
            {page.items.map((event) => (
              <List.Item key={event.id}>
                <Text size="sm">
                  <Text span fw={600} size="sm">
                    {t.labels.auditAction[event.action] ?? event.action}
                  </Text>{' '}
                  · {event.actorName} · {formatDateTime(event.at)}
                </Text>
                {event.changes.length > 0 && <AuditChanges event={event} />}
              </List.Item>
            ))}
          </List>
        )}
      </QueryState>
      <Group gap="md" mt="sm">
        <Anchor
          component={Link}
          size="sm"
          to={`/journal?entityType=${entityType}&entityId=${entityId}`}
        >
          {t.audit.seeAll}
        </Anchor>
        {personalData && (
          <Anchor
            component={Link}
            size="sm"
            to={`/donnees-personnelles/${personalData}/${entityId}`}
          >
            {t.personalData.file}
          </Anchor>
        )}
      </Group>
    </Paper>
  );
}
