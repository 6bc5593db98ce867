import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: string;
  }
}

/** Builds the app as shipped (demo backend in the page) and serves it for the journeys. */
export default async function setup(project: TestProject) {
  const chromium = chromiumPath();
  const outDir = await mkdtemp(path.join(tmpdir(), 'binome-e2e-'));
  await build({ logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: false } });
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const baseUrl = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  project.provide('baseUrl', baseUrl);
  project.provide('chromium', chromium);
  return async () => {
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
