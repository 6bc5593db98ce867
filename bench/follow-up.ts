import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';
import type { Figure } from './results';
import { load, login, round, type ScaleServer } from './server-load';

const RUNS = 3;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Following pairs on the scale seed: the pairs list (default and filtered by health) and
 * "À faire" on the server, 50 connections for 10 s each; then in Chromium, from the click on
 * "Binômes" to its first row and on "À faire" to its first group of tasks (median of three).
 */
export async function followUpFigures({ base }: ScaleServer): Promise<Figure[]> {
  const { cookie } = await login(base);
  const headers = { cookie };
  const scenarios = {
    'server.pairs.list': `${base}/api/mentorships?pageSize=50`,
    'server.pairs.at_risk': `${base}/api/mentorships?pageSize=50&health=AT_RISK`,
    'server.tasks': `${base}/api/dashboard/tasks`,
  };
  const figures: Figure[] = [];
  for (const [name, url] of Object.entries(scenarios)) {
    const result = await load({ url, headers });
    figures.push(
      { name: `${name}.rps`, value: round(result.requests.average), unit: 'req/s' },
      { name: `${name}.p50`, value: result.latency.p50, unit: 'ms' },
      { name: `${name}.p99`, value: result.latency.p99, unit: 'ms' },
      {
        name: `${name}.failures`,
        value: result.errors + result.timeouts + result.non2xx,
        unit: 'requests',
      },
    );
  }

  const pairs: number[] = [];
  const tasks: number[] = [];
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
      const nav = page.getByRole('navigation', { name: 'Navigation principale' });

      let started = performance.now();
      await nav.getByRole('link', { name: 'Binômes', exact: true }).click();
      await page.locator('[data-row-link]').first().waitFor();
      pairs.push(performance.now() - started);

      started = performance.now();
      await nav.getByRole('link', { name: /^À faire/ }).click();
      await page
        .getByRole('heading', { level: 3, name: / \(\d+\)$/ })
        .first()
        .waitFor();
      tasks.push(performance.now() - started);
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  }
  figures.push(
    { name: 'pairs.first_row_after_navigation', value: Math.round(median(pairs)), unit: 'ms' },
    { name: 'tasks.first_group_after_navigation', value: Math.round(median(tasks)), unit: 'ms' },
  );
  return figures;
}
