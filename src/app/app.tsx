import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/fr';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { setUnauthorizedHandler } from '../api/client';
import { queryKeys } from '../api/query-keys';
import { loginPath } from '../features/auth/paths';
import { DemoContext, type DemoControls } from './demo';
import { createQueryClient } from './query-client';
import { appRoutes } from './routes';
import { cssVariablesResolver, theme } from './theme';

type Router = ReturnType<typeof createBrowserRouter>;

interface AppProps {
  demo?: DemoControls | null;
  /** Tests pass their own client and a memory router. */
  queryClient?: QueryClient;
  createRouter?: (queryClient: QueryClient) => Router;
  /** 'test' turns Mantine's transitions and portals off (jsdom). */
  mantineEnv?: 'default' | 'test';
}

const browserRouter = (queryClient: QueryClient) => createBrowserRouter(appRoutes(queryClient));

export function App({
  demo = null,
  queryClient: givenClient,
  createRouter = browserRouter,
}: AppProps) {
  const [queryClient] = useState(() => givenClient ?? createQueryClient());
  const [router] = useState(() => createRouter(queryClient));

  useEffect(() => {
    // An expired session: forget what was on screen, log in again, come back here.
    const expire = () => {
      if (!queryClient.getQueryData(queryKeys.session)) return;
      const { pathname, search } = router.state.location;
      queryClient.clear();
      queryClient.setQueryData(queryKeys.session, null);
      void router.navigate(loginPath(pathname + search, true), { replace: true });
    };
    let waiting: (() => void) | null = null;
    setUnauthorizedHandler(() => {
      // Refused while a screen's loader was fetching: that navigation ends first (its screen
      // shows), then the login screen takes over, with the way back to it.
      if (router.state.navigation.state === 'idle') return expire();
      waiting ??= router.subscribe((state) => {
        if (state.navigation.state !== 'idle') return;
        waiting?.();
        waiting = null;
        expire();
      });
    });
    return () => {
      waiting?.();
      setUnauthorizedHandler(null);
    };
  }, [queryClient, router]);

  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
    >
      <DatesProvider settings={{ locale: 'fr', firstDayOfWeek: 1 }}>
        <QueryClientProvider client={queryClient}>
          <DemoContext.Provider value={demo}>
            <RouterProvider router={router} />
          </DemoContext.Provider>
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
