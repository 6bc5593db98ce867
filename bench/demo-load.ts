import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';
import type { Figure } from './results';

const RUNS = 3;
const median = (values: number[]) =>
  Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!);

/**
 * The demo build (`npm run dev`'s backend: the server's app over PGlite in IndexedDB) in
 * Chromium: a first visit from an empty profile to a usable inbox (the database created and
 * seeded, a log-in, the first rows), then a reload of the inbox. Median of three fresh profiles.
 */
export async function demoLoadFigures(): Promise<Figure[]> {
  const outDir = path.resolve(import.meta.dirname, '.tmp/demo');
  await build({ logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: false } });
  const server = await preview({
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  const toLogin: number[] = [];
  const toInbox: number[] = [];
  const reload: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const profile = await mkdtemp(path.join(tmpdir(), 'binome-bench-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath(),
        args: CHROMIUM_ARGS,
        viewport: { width: 1400, height: 900 },
      });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        const started = performance.now();
        await page.goto(`${base}/orientations`);
        await page.getByLabel('Adresse e-mail').waitFor({ timeout: 120_000 });
        toLogin.push(performance.now() - started);
        await page.getByLabel('Adresse e-mail').fill('coordination@elan.test');
        await page.getByLabel(/^Mot de passe/).fill('binome-demo');
        await page.getByRole('button', { name: 'Se connecter' }).click();
        await page.locator('[data-row-link]').first().waitFor();
        toInbox.push(performance.now() - started);

        const again = performance.now();
        await page.reload();
        await page.locator('[data-row-link]').first().waitFor();
        reload.push(performance.now() - again);
      } finally {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      }
    }
  } finally {
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  }
  return [
    { name: 'demo.firstLoad.toLogin', value: median(toLogin), unit: 'ms' },
    { name: 'demo.firstLoad.toInbox', value: median(toInbox), unit: 'ms' },
    { name: 'demo.reload.toInbox', value: median(reload), unit: 'ms' },
  ];
}
