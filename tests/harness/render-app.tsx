import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '../../src/app/app';
import { createQueryClient } from '../../src/app/query-client';
import { appRoutes } from '../../src/app/routes';

/** The whole app at `path`, on a memory router, over the MSW backend of tests/setup/dom.ts. */
export function renderApp(path: string) {
  const queryClient = createQueryClient();
  // Same retry policy as in production, without the waiting between attempts.
  const defaults = queryClient.getDefaultOptions();
  queryClient.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retryDelay: 0 } });
  let router!: ReturnType<typeof createMemoryRouter>;
  const user = userEvent.setup();
  const utils = render(
    <App
      mantineEnv="test"
      queryClient={queryClient}
      createRouter={(client) =>
        (router = createMemoryRouter(appRoutes(client), { initialEntries: [path] }))
      }
    />,
  );
  return { ...utils, user, queryClient, router: () => router };
}
