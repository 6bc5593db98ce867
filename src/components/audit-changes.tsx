import { List, Text } from '@mantine/core';
import type { AuditEvent } from '../api/types';
import { t } from '../lib/i18n';

const shown = (value: unknown) =>
  value === null || value === undefined || value === ''
    ? t.audit.emptyValue
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

/** Each changed field before and after, or only the fields' names when the values are not kept. */
export function AuditChanges({ event }: { event: AuditEvent }) {
  if (event.changes.length)
    return (
      <List size="xs" spacing={2} listStyleType="none" m={0} p={0}>
        {event.changes.map((change) => (
          <List.Item key={change.field}>
            <Text span fw={600} size="xs">
              {change.field}
            </Text>{' '}
            : {shown(change.before)} → {shown(change.after)}
          </List.Item>
        ))}
      </List>
    );
  return <Text size="xs">{event.fields.length ? event.fields.join(', ') : t.audit.noChange}</Text>;
}
