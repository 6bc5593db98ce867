import { Button, Group, Modal, Stack, Text, type ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { t } from '../lib/i18n';
import { ErrorState } from './query-state';

/**
 * "Are you sure?" for an action that cannot be undone or that ends something: what it does, the
 * action's button, a way out; a failure is shown with a retry, and the dialog stays open.
 */
export function ConfirmDialog({
  opened,
  title,
  body,
  confirm,
  color,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  title: string;
  body?: ReactNode;
  confirm: string;
  color?: ButtonProps['color'];
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack gap="sm">
        {body && <Text size="sm">{body}</Text>}
        {!!error && <ErrorState error={error} onRetry={onConfirm} />}
        <Group>
          <Button color={color} onClick={onConfirm} loading={pending}>
            {confirm}
          </Button>
          <Button variant="subtle" onClick={onClose}>
            {t.users.cancel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
