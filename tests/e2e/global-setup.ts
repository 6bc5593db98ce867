import { serve } from '@hono/node-server';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { createApp } from '../../server/app';
import { seedIfEmpty } from '../../server/db/seed';
import { silentLogger } from '../../server/log';
import { openDatabase } from '../../server/node/open-database';
import { nodeScrypt } from '../../server/node/scrypt';
import { serveSpa } from '../../server/node/static';
import { chromiumPath } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: string;
  }
}

/**
 * Builds the app as shipped and serves it for the journeys: with the demo backend in the page
 * (E2E_BACKEND=mock), or from the real server on a fresh PGlite database (E2E_BACKEND=server).
 */
export default async function setup(project: TestProject) {
  const chromium = chromiumPath();
  // The project's `env` reaches its test files, not this setup, which runs in the main process.
  const onServer = project.config.env.E2E_BACKEND === 'server';
  const outDir = await mkdtemp(path.join(tmpdir(), 'binome-e2e-'));
  await build({
    mode: onServer ? 'server' : 'production',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });

  let baseUrl: string;
  let stop: () => Promise<void>;
  if (onServer) {
    const database = await openDatabase({});
    await database.migrate();
    await seedIfEmpty(database.db, nodeScrypt);
    const app = createApp({
      db: () => database.db,
      now: () => new Date(),
      passwords: nodeScrypt,
      logger: silentLogger,
    });
    serveSpa(app, outDir);
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    stop = async () => {
      await new Promise((resolve) => server.close(resolve));
      await database.close();
    };
  } else {
    const server = await preview({
      logLevel: 'warn',
      build: { outDir },
      preview: { port: 0, host: '127.0.0.1' },
    });
    baseUrl = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
    stop = () => server.close();
  }
  project.provide('baseUrl', baseUrl);
  project.provide('chromium', chromium);
  return async () => {
    await stop();
    await rm(outDir, { recursive: true, force: true });
  };
}
