import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from 'react-hook-form';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { ApiError } from '../../../api/error';
import { LoginInput } from '../../../domain/schemas/admin';
import { applyFieldErrors } from '../../../api/form-errors';
import { t } from '../../../lib/i18n';
import { useLogin } from '../api/session';
import { useSession } from '../../../api/shared-queries';
import { homePath, safeReturnPath } from '../paths';

type LoginValues = z.infer<typeof LoginInput>;

export function LoginPage() {
  const session = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const login = useLogin();
  const form = useForm<LoginValues>({
    resolver: zodResolver(LoginInput),
    defaultValues: { email: '', password: '' },
  });
  const returnTo = safeReturnPath(params.get('retour'));

  if (session) return <Navigate to={returnTo ?? homePath(session.user.role)} replace />;

  const submit = form.handleSubmit((values) =>
    login.mutate(values, {
      onSuccess: (next) => navigate(returnTo ?? homePath(next.user.role), { replace: true }),
      onError: (error) => {
        applyFieldErrors(error, form.setError);
        if (error instanceof ApiError && error.status === 401) {
          // Keep the email; clear the wrong password and put the cursor back in it.
          form.setValue('password', '');
          form.setFocus('password');
        }
      },
    }),
  );

  const failure =
    login.error instanceof ApiError && login.error.status !== 422 ? login.error : null;

  return (
    <Center mih="100dvh" p="md" component="main">
      <title>{`${t.auth.title} · ${t.appName}`}</title>
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={420}>
        <Stack gap="md">
          <div>
            <Title order={1} size="h2">
              {t.appName}
            </Title>
            <Text c="dimmed" size="sm">
              {t.auth.subtitle}
            </Text>
          </div>
          {params.get('expiree') !== null && !failure && (
            <Alert color="yellow" role="status">
              {t.auth.expired}
            </Alert>
          )}
          {failure && (
            <Alert color="red" role="alert" title={t.auth.failed}>
              {failure.problem.detail}
            </Alert>
          )}
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              <TextInput
                label={t.auth.email}
                type="email"
                autoComplete="username"
                required
                error={form.formState.errors.email?.message}
                {...form.register('email')}
              />
              <PasswordInput
                label={t.auth.password}
                autoComplete="current-password"
                required
                error={form.formState.errors.password?.message}
                {...form.register('password')}
              />
              <Button type="submit" loading={login.isPending} mt="xs">
                {t.auth.submit}
              </Button>
            </Stack>
          </form>
          <Text size="xs" c="dimmed">
            {t.auth.demoHint}
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
