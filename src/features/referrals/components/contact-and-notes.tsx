import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { Referral } from '../../../api/types';
import { ErrorState } from '../../../components/query-state';
import { canLogContact } from '../../../domain/contact';
import { t } from '../../../lib/i18n';
import { useAddNote, useLogContact } from '../api/referrals';

type Channel = 'PHONE' | 'EMAIL' | 'SMS';

/** Logs a call, an SMS or an e-mail; what was typed stays until it is saved. */
export function ContactForm({ referral }: { referral: Referral }) {
  const log = useLogContact();
  const [channel, setChannel] = useState<Channel>('PHONE');
  const [reached, setReached] = useState(false);
  const [note, setNote] = useState('');
  if (!canLogContact(referral)) return null;

  const submit = () =>
    log.mutate(
      { id: referral.id, channel, reached, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: () => {
          setNote('');
          setReached(false);
        },
      },
    );

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t.contact.title}>
      <Title order={2} size="h4" mb="sm">
        {t.contact.title}
      </Title>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <SegmentedControl
            aria-label={t.contact.channel}
            value={channel}
            onChange={(value) => setChannel(value as Channel)}
            data={(['PHONE', 'SMS', 'EMAIL'] as const).map((value) => ({
              value,
              label: t.referral.contactChannel[value]!,
            }))}
          />
          <Switch
            label={t.contact.reached}
            checked={reached}
            onChange={(e) => setReached(e.currentTarget.checked)}
          />
          <TextInput
            label={t.contact.note}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            maxLength={500}
          />
          {log.isError && <ErrorState error={log.error} onRetry={submit} />}
          <Group>
            <Button type="submit" loading={log.isPending}>
              {t.contact.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function NoteForm({ referralId }: { referralId: string }) {
  const add = useAddNote();
  const [body, setBody] = useState('');
  const submit = () =>
    add.mutate({ id: referralId, body: body.trim() }, { onSuccess: () => setBody('') });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (body.trim()) submit();
      }}
    >
      <Stack gap="xs">
        <Textarea
          label={t.contact.newNote}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          rows={3}
          maxLength={2000}
        />
        {add.isError && <ErrorState error={add.error} onRetry={submit} />}
        <Group>
          <Button type="submit" variant="default" loading={add.isPending} disabled={!body.trim()}>
            {t.contact.addNote}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
