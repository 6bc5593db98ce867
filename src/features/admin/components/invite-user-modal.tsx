import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { applyFieldErrors, hasFieldErrors } from '../../../api/form-errors';
import { ErrorState } from '../../../components/query-state';
import { TemporaryPassword } from '../../../components/temporary-password';
import { UserInput } from '../../../domain/schemas';
import { t } from '../../../lib/i18n';
import { useInviteUser } from '../api/users';

type Values = z.input<typeof UserInput>;
const STAFF = (['coordinator', 'admin'] as const).map((role) => ({
  value: role,
  label: t.labels.roles[role],
}));

/** Invites a staff member; once created, their temporary password is shown here, once. */
export function InviteUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const invite = useInviteUser();
  const form = useForm<Values>({
    resolver: zodResolver(UserInput),
    defaultValues: { email: '', firstName: '', lastName: '', role: 'coordinator' },
  });
  const close = () => {
    invite.reset();
    form.reset();
    onClose();
  };
  const submit = form.handleSubmit((values) =>
    invite.mutate(values, { onError: (error) => applyFieldErrors(error, form.setError) }),
  );
  const { errors } = form.formState;

  return (
    <Modal opened={opened} onClose={close} title={t.users.inviteTitle} size="lg">
      {invite.data ? (
        <Stack>
          <TemporaryPassword
            title={t.users.created}
            email={invite.data.user.email}
            password={invite.data.temporaryPassword}
          />
          <Button onClick={close} style={{ alignSelf: 'flex-start' }}>
            {t.users.close}
          </Button>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate aria-label={t.users.inviteTitle}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t.users.inviteHint}
            </Text>
            <Group grow align="flex-start">
              <TextInput
                label={t.users.firstName}
                required
                autoComplete="off"
                error={errors.firstName?.message}
                {...form.register('firstName')}
              />
              <TextInput
                label={t.users.lastName}
                required
                autoComplete="off"
                error={errors.lastName?.message}
                {...form.register('lastName')}
              />
            </Group>
            <TextInput
              label={t.users.email}
              type="email"
              required
              autoComplete="off"
              error={errors.email?.message}
              {...form.register('email')}
            />
            <Controller
              control={form.control}
              name="role"
              render={({ field }) => (
                <Select
                  label={t.users.role}
                  data={STAFF}
                  allowDeselect={false}
                  required
                  error={errors.role?.message}
                  value={field.value}
                  onChange={(role) => field.onChange(role)}
                  onBlur={field.onBlur}
                  ref={field.ref}
                />
              )}
            />
            {invite.isError && !hasFieldErrors(invite.error) && (
              <ErrorState error={invite.error} onRetry={() => void submit()} />
            )}
            <Group>
              <Button type="submit" loading={invite.isPending}>
                {t.users.send}
              </Button>
              <Button variant="subtle" onClick={close}>
                {t.users.cancel}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
