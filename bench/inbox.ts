import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';
import type { Figure } from './results';
import { round, type ScaleServer } from './server-load';

const RUNS = 5;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The coordinator's inbox in Chromium, on the real server with 20,000 referrals: from the click
 * on "Orientations" to the first page of rows, from ticking a filter to its rows, and the page's
 * JavaScript heap once there. Median of five runs, each in a fresh browser profile.
 */
export async function inboxFigures({ base }: ScaleServer): Promise<Figure[]> {
  const open: number[] = [];
  const filter: number[] = [];
  const heap: number[] = [];
  const exported: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const profile = await mkdtemp(path.join(tmpdir(), 'binome-bench-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 900 },
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${base}/connexion`);
      await page.getByLabel('Adresse e-mail').fill('coordination@elan.test');
      await page.getByLabel(/^Mot de passe/).fill('binome-demo');
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.getByRole('link', { name: /^Orientations reçues : / }).waitFor();

      let started = performance.now();
      await page.getByRole('link', { name: 'Orientations', exact: true }).click();
      await page.locator('[data-row-link]').first().waitFor();
      open.push(performance.now() - started);

      const count = page.getByText(/^[\d\s\u202f]+ orientations?$/);
      const before = await count.textContent();
      started = performance.now();
      await page.getByRole('checkbox', { name: 'Premier contact en retard' }).click();
      await page.waitForFunction(
        (text) =>
          [...document.querySelectorAll('p')].some(
            (p) => /orientations?$/.test(p.textContent ?? '') && p.textContent !== text,
          ),
        before,
      );
      await page.locator('[data-row-link]').first().waitFor();
      filter.push(performance.now() - started);

      const session = await context.newCDPSession(page);
      await session.send('Performance.enable');
      await session.send('HeapProfiler.collectGarbage');
      const { metrics } = await session.send('Performance.getMetrics');
      heap.push((metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1_048_576);

      // Every referral, all columns, as CSV: from "Télécharger" to the file handed to the browser.
      await page.getByRole('button', { name: 'Effacer les filtres' }).click();
      await page.getByText(/^[\d\s\u202f]{5,} orientations$/).waitFor();
      await page.getByRole('button', { name: 'Exporter' }).click();
      const dialog = page.getByRole('dialog', { name: 'Exporter les orientations' });
      await dialog.getByRole('radio', { name: 'Toutes les colonnes' }).check();
      started = performance.now();
      await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: 'Télécharger' }).click(),
      ]);
      exported.push(performance.now() - started);
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  }
  return [
    { name: 'inbox.first_page_after_navigation', value: Math.round(median(open)), unit: 'ms' },
    { name: 'inbox.first_page_after_filter', value: Math.round(median(filter)), unit: 'ms' },
    { name: 'inbox.js_heap', value: round(median(heap)), unit: 'MB' },
    { name: 'inbox.export_all_csv', value: Math.round(median(exported)), unit: 'ms' },
  ];
}
