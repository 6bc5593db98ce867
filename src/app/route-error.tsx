import { Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { t } from '../lib/i18n';

function ErrorPage({
  title,
  body,
  reload = false,
}: {
  title: string;
  body: string;
  reload?: boolean;
}) {
  return (
    <Center py="xl" px="md">
      <title>{`${title} · ${t.appName}`}</title>
      <Paper withBorder p="xl" radius="md" maw={520} w="100%">
        <Stack gap="sm">
          <Title order={1} size="h2" tabIndex={-1} data-page-title>
            {title}
          </Title>
          <Text>{body}</Text>
          <Group mt="sm">
            <Button component={Link} to="/">
              {t.common.backHome}
            </Button>
            {reload && (
              <Button variant="default" onClick={() => window.location.reload()}>
                {t.errors.reload}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>
    </Center>
  );
}

export const NotFoundPage = () => (
  <ErrorPage title={t.errors.notFoundTitle} body={t.errors.notFoundBody} />
);

/** Every route's error boundary: not found, forbidden, or a crash, each with a way back. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (isRouteErrorResponse(error) && error.status === 403) {
    return <ErrorPage title={t.errors.forbiddenTitle} body={t.errors.forbiddenBody} />;
  }
  // The details go to the console for developers; the user gets plain words.
  console.error(error);
  return <ErrorPage title={t.errors.crashTitle} body={t.errors.crashBody} reload />;
}
