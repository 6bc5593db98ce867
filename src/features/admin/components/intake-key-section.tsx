import { Alert, Button, Code, CopyButton, Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { Settings } from '../../../api/types';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { Section } from '../../../components/record-section';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { useRotateIntakeKey } from '../api/settings';

/** The platform's API key: only a hint of it; a new one shown once, the old one valid a day more. */
export function IntakeKeySection({ settings }: { settings: Settings }) {
  const rotate = useRotateIntakeKey();
  const [confirming, setConfirming] = useState(false);
  const run = () => rotate.mutate(undefined, { onSuccess: () => setConfirming(false) });
  return (
    <Section title={t.settings.intakeKey} plain>
      <Text size="sm">
        {settings.intakeKeyHint
          ? t.settings.intakeKeyHint(settings.intakeKeyHint)
          : t.settings.intakeKeyNone}
      </Text>
      {settings.previousIntakeKeyUntil && (
        <Text size="sm">
          {t.settings.previousKeyUntil(formatDateTime(settings.previousIntakeKeyUntil))}
        </Text>
      )}
      {rotate.data && (
        <Alert color="green" role="status" title={t.settings.newKey}>
          <Text size="sm">{t.settings.newKeyHint}</Text>
          <Group gap="xs" mt="xs" wrap="nowrap">
            <Code fz="sm" style={{ overflowWrap: 'anywhere' }}>
              {rotate.data.key}
            </Code>
            <CopyButton value={rotate.data.key}>
              {({ copied, copy }) => (
                <Button size="xs" variant="default" onClick={copy}>
                  {copied ? t.account.copied : t.account.copy}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Alert>
      )}
      <Button
        variant="default"
        onClick={() => setConfirming(true)}
        style={{ alignSelf: 'flex-start' }}
      >
        {t.settings.rotate}
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={t.settings.rotateTitle}
        body={t.settings.rotateBody}
        confirm={t.settings.rotate}
        color="orange"
        pending={rotate.isPending}
        error={rotate.error}
        onConfirm={run}
        onClose={() => setConfirming(false)}
      />
    </Section>
  );
}
