import { Alert, CloseButton, Group, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { useAnnouncement } from '../lib/announce';
import { t } from '../lib/i18n';

/** The last announcement, until dismissed or the user goes to another screen. */
export function Announcement() {
  const { message, dismiss } = useAnnouncement();
  const { pathname } = useLocation();
  useEffect(() => dismiss, [pathname, dismiss]);
  return (
    <div role="status" aria-live="polite">
      {message && (
        <Alert color="green" variant="light" mb="md" p="xs">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">{message}</Text>
            <CloseButton size="sm" aria-label={t.common.close} onClick={dismiss} />
          </Group>
        </Alert>
      )}
    </div>
  );
}
