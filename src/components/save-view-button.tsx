import { Button, Checkbox, Group, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../api/client';
import { queryKeys, type SavedViewResource } from '../api/query-keys';
import { t } from '../lib/i18n';
import { ErrorState } from './query-state';

/** Saves a list's current filters under a name, for oneself or the team, from an inline form. */
export function SaveViewButton({
  search,
  resource,
}: {
  search: string;
  resource: SavedViewResource;
}) {
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (body: { name: string; query: string; shared: boolean }) =>
      unwrap(client.POST('/saved-views', { body: { ...body, resource } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.views(resource) }),
  });
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(true);
  const input = useRef<HTMLInputElement>(null);
  // The page is where one was, not part of the view.
  const query = new URLSearchParams(search);
  query.delete('page');

  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  const submit = () =>
    save.mutate(
      { name: name.trim(), query: query.toString(), shared },
      {
        onSuccess: () => {
          setOpen(false);
          setName('');
        },
      },
    );

  if (!open) {
    return (
      <Button variant="default" onClick={() => setOpen(true)} aria-expanded={false}>
        {t.views.save}
      </Button>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim()) submit();
      }}
    >
      <Group align="flex-end" gap="xs" wrap="wrap">
        <TextInput
          ref={input}
          label={t.views.name}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          maxLength={80}
        />
        <Checkbox
          label={t.views.shared}
          checked={shared}
          onChange={(e) => setShared(e.currentTarget.checked)}
          mb={8}
        />
        <Button type="submit" loading={save.isPending} disabled={!name.trim()}>
          {t.views.confirm}
        </Button>
        <Button variant="subtle" onClick={() => setOpen(false)}>
          {t.referral.cancel}
        </Button>
        {save.isError && <ErrorState error={save.error} onRetry={submit} />}
      </Group>
    </form>
  );
}
