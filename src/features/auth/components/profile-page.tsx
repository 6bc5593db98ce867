import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { ApiError } from '../../../api/error';
import { applyFieldErrors } from '../../../api/form-errors';
import { useSession } from '../../../api/shared-queries';
import { PageHeader } from '../../../components/page-header';
import { ErrorState } from '../../../components/query-state';
import { Field, Section } from '../../../components/record-section';
import { PasswordChangeInput } from '../../../domain/schemas';
import { t } from '../../../lib/i18n';
import { useChangePassword } from '../api/session';
import { homePath } from '../paths';
import { AvailabilityForm } from './availability-form';

type Values = z.input<typeof PasswordChangeInput>;

/**
 * Changes one's password with the current one (an invited person leaves the temporary one here).
 * A wrong current password lands on its field; what was typed stays for a retry.
 */
function PasswordForm({ onChanged }: { onChanged: () => void }) {
  const change = useChangePassword();
  const [done, setDone] = useState(false);
  const form = useForm<Values>({
    resolver: zodResolver(PasswordChangeInput),
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const submit = form.handleSubmit((values) => {
    setDone(false);
    change.mutate(values, {
      onSuccess: () => {
        form.reset();
        setDone(true);
        onChanged();
      },
      onError: (error) => applyFieldErrors(error, form.setError),
    });
  });
  const general = change.error instanceof ApiError && change.error.status !== 422;
  return (
    <Section title={t.profile.password} plain>
      <form onSubmit={submit} noValidate aria-label={t.profile.password}>
        <Stack gap="sm" maw={420}>
          <PasswordInput
            label={t.profile.currentPassword}
            autoComplete="current-password"
            required
            error={form.formState.errors.currentPassword?.message}
            {...form.register('currentPassword')}
          />
          <PasswordInput
            label={t.profile.newPassword}
            description={t.profile.newPasswordHint}
            autoComplete="new-password"
            required
            error={form.formState.errors.newPassword?.message}
            {...form.register('newPassword')}
          />
          {general && <ErrorState error={change.error} onRetry={() => void submit()} />}
          <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
            {t.profile.change}
          </Button>
          <div role="status">
            {done && (
              <Alert color="green" variant="light">
                {t.profile.changed}
              </Alert>
            )}
          </div>
        </Stack>
      </form>
    </Section>
  );
}

/** Who is logged in, and their password. */
export function ProfilePage() {
  const { user, association } = useSession()!;
  const navigate = useNavigate();
  // A temporary password replaced: on to the day's work.
  const onChanged = () => {
    if (user.mustChangePassword) void navigate(homePath(user.role));
  };
  return (
    <>
      <PageHeader title={t.nav.profile} />
      {user.mustChangePassword && (
        <Alert color="orange" mb="md" title={t.profile.mustChange} role="status" />
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Section title={t.profile.account}>
          <Field label={t.profile.name}>
            {user.firstName} {user.lastName}
          </Field>
          <Field label={t.profile.email}>{user.email}</Field>
          <Field label={t.profile.role}>
            {t.labels.roles[user.role]} · {association.name}
          </Field>
        </Section>
        <PasswordForm onChanged={onChanged} />
        {user.role === 'mentor' && <AvailabilityForm />}
      </SimpleGrid>
    </>
  );
}
