import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { t } from '../lib/i18n';

/**
 * Someone else saved the record first: what was typed is kept, and the user chooses to apply it
 * on the current version or to drop it and see that version.
 */
export function ConflictAlert({
  onApplyMine,
  onDropMine,
}: {
  onApplyMine: () => void;
  onDropMine: () => void;
}) {
  return (
    <Alert color="orange" role="alert" title={t.edit.conflictTitle}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t.edit.conflictBody}</Text>
        <Group gap="xs">
          <Button size="xs" onClick={onApplyMine}>
            {t.edit.keepMine}
          </Button>
          <Button size="xs" variant="default" onClick={onDropMine}>
            {t.edit.dropMine}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
