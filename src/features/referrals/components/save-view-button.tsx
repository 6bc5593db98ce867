import { Button, Checkbox, Popover, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ErrorState } from '../../../components/query-state';
import { t } from '../../../lib/i18n';
import { useSaveView } from '../api/referrals';

/** Saves the inbox's current filters under a name, for oneself or the team. */
export function SaveViewButton({ search }: { search: string }) {
  const save = useSaveView();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(true);
  // The page is where one was, not part of the view.
  const query = new URLSearchParams(search);
  query.delete('page');

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

  return (
    <Popover opened={open} onChange={setOpen} trapFocus position="bottom-end" withinPortal>
      <Popover.Target>
        <Button variant="default" onClick={() => setOpen((o) => !o)}>
          {t.views.save}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim()) submit();
          }}
        >
          <Stack gap="xs" w={260}>
            <TextInput
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
            />
            {save.isError && <ErrorState error={save.error} onRetry={submit} />}
            <Button type="submit" loading={save.isPending} disabled={!name.trim()}>
              {t.views.confirm}
            </Button>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
