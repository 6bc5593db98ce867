import react from '@vitejs/plugin-react';
import { loadEnv } from 'vite';
import { defineConfig } from 'vitest/config';
import { precompress } from './scripts/precompress.ts';

const contract = (name: string, backend: string) => ({
  extends: true as const,
  test: {
    name,
    environment: 'node' as const,
    include: ['tests/contract/**/*.test.ts'],
    setupFiles: ['tests/setup/fail-on-console.ts'],
    env: { CONTRACT_BACKEND: backend },
    hookTimeout: 60_000,
  },
});

const e2e = (name: string, backend: string) => ({
  extends: true as const,
  test: {
    name,
    environment: 'node' as const,
    // Every journey runs on the real server. The in-page demo runs its own journey (first load,
    // reload, reset) and two that write from a phone: the same app code answers there, and the
    // contract suite already runs it through MSW; repeating every journey doubled CI (decision 0016).
    include:
      backend === 'server' ? ['tests/e2e/**/*.test.ts'] : ['tests/e2e/{demo,inbox,mentor}.test.ts'],
    exclude: backend === 'server' ? ['tests/e2e/demo.test.ts'] : [],
    globalSetup: ['tests/e2e/global-setup.ts'],
    setupFiles: ['tests/setup/fail-on-console.ts'],
    env: { E2E_BACKEND: backend },
    // Journeys wait for states, never for a time. These bounds only say when a state that never
    // comes is a failure, on a loaded 2-core machine: Playwright's own 30 s, for expect.poll too.
    // A whole journey on the in-page demo took up to 104 s on such a machine on 2 December 2026
    // (the commit before administration timed out at 60 s there too). A state that never comes
    // fails its own 30 s wait first; this bound only catches what hangs.
    expect: { poll: { timeout: 30_000 } },
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // One browser at a time: two cores.
    fileParallelism: false,
  },
});

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    precompress(),
    {
      // With the real server, the session is asked for by the page itself, while the scripts
      // download: the first screen does not wait for them to run before its first request.
      name: 'binome-preload-session',
      transformIndexHtml: (html, { server }) =>
        !server && loadEnv(mode, process.cwd(), 'VITE_').VITE_BACKEND === 'server'
          ? html.replace(
              '</title>',
              '</title>\n    <link rel="preload" href="/api/auth/session" as="fetch" crossorigin />',
            )
          : html,
    },
  ],
  build: {
    target: 'es2022',
    // Source maps are not shipped: what is served is what runs.
    sourcemap: false,
    rolldownOptions: {
      output: {
        // zod loads with the first form; give its chunk its own name, not that of its first importer.
        codeSplitting: { groups: [{ name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/ }] },
      },
    },
  },
  optimizeDeps: {
    // Crawl every source file at start-up, so lazy routes never trigger a mid-session re-bundle.
    entries: ['index.html', 'src/**/*.tsx', 'mocks/browser.ts'],
    // PGlite loads its WebAssembly and data files beside its own module: keep it as published.
    exclude: ['@electric-sql/pglite'],
  },
  // `npm run dev:server`: the dev server against the real API (npm run server) on port 3000.
  server: {
    port: 5173,
    proxy:
      mode === 'server'
        ? { '/api': `http://127.0.0.1:${process.env.API_PORT ?? 3000}` }
        : undefined,
  },
  preview: { port: 4173 },
  test: {
    // Each layer of the test pyramid is a project: `npm test` runs them all.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'src/domain/**/*.test.ts',
            'src/lib/**/*.test.ts',
            'seed/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          setupFiles: ['tests/setup/fail-on-console.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          // The server's app over PGlite, seeded once for the run, a fresh copy for each test.
          globalSetup: ['tests/setup/seeded-dump.ts'],
          // Files share a worker's modules: PGlite's WebAssembly compiles once per worker, not
          // once per file. Each test still gets its own database and its own app state.
          isolate: false,
          // The longest screen test takes 4 s on a quiet machine, twice that beside a second
          // CPU-heavy process: room for that, not a deadline.
          testTimeout: 15_000,
          setupFiles: ['tests/setup/fail-on-console.ts', 'tests/setup/dom.ts'],
        },
      },
      // The same contract suite against each backend: MSW, the server on PGlite, and the server
      // on a PostgreSQL server when TEST_DATABASE_URL names one (.ci/run starts one).
      contract('contract', 'msw'),
      contract('contract-pglite', 'pglite'),
      ...(process.env.TEST_DATABASE_URL ? [contract('contract-postgresql', 'postgresql')] : []),
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          setupFiles: ['tests/setup/fail-on-console.ts'],
          hookTimeout: 60_000,
          testTimeout: 60_000,
        },
      },
      // The README's own commands (npm start, dev, preview…) in a fresh copy of the project.
      {
        extends: true,
        test: {
          name: 'readme',
          environment: 'node',
          include: ['tests/readme/**/*.test.ts'],
          setupFiles: ['tests/setup/fail-on-console.ts'],
          // Real processes: a build, a database seeded from nothing, a restart.
          testTimeout: 180_000,
        },
      },
      // One journey per role in Chromium, on the demo backend and on the real server.
      e2e('e2e', 'mock'),
      e2e('e2e-server', 'server'),
    ],
  },
}));
