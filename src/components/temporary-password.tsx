import { Alert, Button, Code, CopyButton, Group, Text } from '@mantine/core';
import { t } from '../lib/i18n';

/** A temporary password, shown once after an invitation or a reset, to hand to its holder. */
export function TemporaryPassword({
  title,
  email,
  password,
}: {
  title: string;
  email: string;
  password: string;
}) {
  return (
    <Alert color="green" role="status" title={title}>
      <Text size="sm">{t.account.temporaryPassword(email)}</Text>
      <Group gap="xs" mt="xs">
        <Code fz="md">{password}</Code>
        <CopyButton value={password}>
          {({ copied, copy }) => (
            <Button size="xs" variant="default" onClick={copy}>
              {copied ? t.account.copied : t.account.copy}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Alert>
  );
}
