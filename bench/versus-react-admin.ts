import { execFile, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';
import type { Figure } from './results';
import { login, round, type ScaleServer } from './server-load';

// Binôme's inbox and the react-admin anchor (../shared/anchors/react-admin) on the same 20,000
// referrals, measured in alternation in one window: this machine's speed drifts by tens of
// percent between minutes, so only figures taken side by side are compared, as ratios.
const RUNS = 5;
const SEARCH = 'Martin';
/** The inbox's search waits this long after the last key (inbox-filters.tsx); excluded. */
const SEARCH_DEBOUNCE_MS = 300;
const ANCHOR_SOURCE = path.resolve(import.meta.dirname, '../../shared/anchors/react-admin');
const ANCHOR = path.resolve(import.meta.dirname, '.tmp/react-admin');
const DIST = path.resolve(import.meta.dirname, '../dist');
const run = promisify(execFile);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The anchor, installed and built once in bench/.tmp (its own lockfile, its own packages). */
async function prepareAnchor() {
  if (await stat(path.join(ANCHOR, 'dist/index.html')).catch(() => null)) return;
  await rm(ANCHOR, { recursive: true, force: true });
  await cp(ANCHOR_SOURCE, ANCHOR, { recursive: true });
  await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: ANCHOR });
  await run('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ANCHOR });
}

function startAnchor(port: number) {
  const child = spawn(
    path.join(ANCHOR, 'node_modules/.bin/vite'),
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ANCHOR, stdio: 'ignore' },
  );
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

interface Run {
  firstRow: number;
  page: number;
  filter: number;
  sort: number;
  heap: number;
  js: number;
}

/** One run of the anchor's own measure.mjs (its figures, its method). */
async function anchorRun(url: string): Promise<Run> {
  const { stdout } = await run(
    process.execPath,
    [
      'measure.mjs',
      `--url=${url}`,
      '--runs=1',
      '--baseline-n=0',
      '--idle-max-busy=1',
      '--others-max=1',
    ],
    { cwd: ANCHOR, maxBuffer: 16 * 1024 * 1024 },
  );
  const r = JSON.parse(stdout) as {
    ms: Record<string, { median: number }>;
    heapMB: { usedAfterGc: { median: number } };
    bundleKiB: { jsInitial: { gzip: number } };
  };
  return {
    firstRow: r.ms.coldFirstRowPaintExclDataSetup!.median,
    page: r.ms.pageChange!.median,
    filter: r.ms.filterChangeMinusDebounce!.median,
    sort: r.ms.sortChange!.median,
    heap: r.heapMB.usedAfterGc.median,
    js: r.bundleKiB.jsInitial.gzip,
  };
}

// The anchor's method on Binôme's screen: a MutationObserver sees the first row, the figure is
// the frame after it; a change is timed from the trusted click or keystroke to the frame after
// the rows settled (page: first row and current page changed; filter: total changed; sort:
// first row changed).
const INSTRUMENT = `(() => {
  const m = (window.__m = {});
  const afterPaint = (cb) => requestAnimationFrame(() => {
    const ch = new MessageChannel(); ch.port1.onmessage = () => cb(performance.now()); ch.port2.postMessage(0);
  });
  const row = () => document.querySelector('tbody tr [data-row-link]')?.closest('tr')?.textContent ?? '';
  const total = () => [...document.querySelectorAll('p')].map((p) => p.textContent).find((t) => /^[0-9\\s\\u202f]+ orientations?$/.test(t)) ?? '';
  const current = () => document.querySelector('nav[aria-label="Pages"] [aria-current="page"]')?.textContent ?? '';
  const seen = new MutationObserver(() => {
    if (row()) { seen.disconnect(); afterPaint((t) => (m.firstRow = t)); }
  });
  seen.observe(document, { childList: true, subtree: true });
  for (const type of ['input', 'click'])
    document.addEventListener(type, (e) => { if (e.isTrusted) m[type] = performance.now(); }, true);
  const done = {
    page: (b) => row() && row() !== b.row && current() !== b.current,
    filter: (b) => row() && total() !== b.total,
    sort: (b) => row() && row() !== b.row,
  };
  window.__arm = (mode) => {
    const before = { row: row(), total: total(), current: current() };
    window.__change = new Promise((resolve) => {
      const o = new MutationObserver(() => {
        if (done[mode](before)) { o.disconnect(); afterPaint(resolve); }
      });
      o.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  };
})();`;

async function timed(
  page: Page,
  cdp: CDPSession,
  mode: string,
  event: string,
  act: () => Promise<void>,
) {
  await cdp.send('HeapProfiler.collectGarbage');
  await new Promise((resolve) => setTimeout(resolve, 300));
  await page.evaluate(
    (mode) => (window as never as { __arm: (m: string) => void }).__arm(mode),
    mode,
  );
  await act();
  const end = await page.evaluate(
    (mode) =>
      Promise.race([
        (window as never as { __change: Promise<number> }).__change,
        new Promise<number>((_, reject) =>
          setTimeout(
            () => reject(new Error(`${mode}: no change in 30 s on ${location.href}`)),
            30_000,
          ),
        ),
      ]),
    mode,
  );
  const start = await page.evaluate(
    (e) => (window as never as { __m: Record<string, number> }).__m[e]!,
    event,
  );
  return end - start;
}

/** Gzip size of the scripts the page fetched before its first row (the first screen's JS). */
async function firstScreenJs(page: Page) {
  const files = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((r) => r.name.endsWith('.js'))
      .map((r) => new URL(r.name).pathname),
  );
  let bytes = 0;
  for (const file of files) bytes += gzipSync(await readFile(path.join(DIST, file))).length;
  return bytes / 1024;
}

async function binomeRun(base: string): Promise<Run> {
  const profile = await mkdtemp(path.join(tmpdir(), 'binome-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  try {
    // Logged in already, as a coordinator opening the back office in the morning.
    const { cookie } = await login(base);
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: base }]);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(INSTRUMENT);
    const cdp = await context.newCDPSession(page);
    await page.goto(`${base}/orientations`, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => (window as never as { __m: { firstRow?: number } }).__m.firstRow,
    );
    const firstRow = await page.evaluate(
      () => (window as never as { __m: { firstRow: number } }).__m.firstRow,
    );
    const js = await firstScreenJs(page);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1_048_576;

    const next = await timed(page, cdp, 'page', 'click', () =>
      page.getByRole('button', { name: 'Page suivante' }).click(),
    );
    const filter =
      (await timed(page, cdp, 'filter', 'input', () =>
        page.getByRole('searchbox', { name: 'Rechercher' }).fill(SEARCH),
      )) - SEARCH_DEBOUNCE_MS;
    const sort = await timed(page, cdp, 'sort', 'click', () =>
      page.getByRole('button', { name: /^Âge/ }).click(),
    );
    return { firstRow, page: next, filter, sort, heap, js };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

const FIGURES: { key: keyof Run; name: string; unit: string }[] = [
  { key: 'firstRow', name: 'cold_first_row', unit: 'ms' },
  { key: 'page', name: 'next_page', unit: 'ms' },
  { key: 'filter', name: 'search_without_debounce', unit: 'ms' },
  { key: 'sort', name: 'sort_by_age', unit: 'ms' },
  { key: 'heap', name: 'js_heap_after_gc', unit: 'MB' },
  { key: 'js', name: 'first_screen_js_gzip', unit: 'kB' },
];

/**
 * Medians of five alternated runs of each app, and Binôme's figure as a ratio of react-admin's
 * (react-admin's cold load without building its data in the page: it has no server).
 */
export async function versusReactAdmin({ base }: ScaleServer): Promise<Figure[]> {
  await prepareAnchor();
  const anchor = startAnchor(4180);
  try {
    const theirs: Run[] = [];
    const ours: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      theirs.push(await anchorRun(anchor.url));
      ours.push(await binomeRun(base));
    }
    return FIGURES.flatMap(({ key, name, unit }) => {
      const a = median(theirs.map((r) => r[key]));
      const b = median(ours.map((r) => r[key]));
      return [
        { name: `versus.${name}.react_admin`, value: round(a), unit },
        { name: `versus.${name}.binome`, value: round(b), unit },
        { name: `versus.${name}.ratio`, value: Math.round((b / a) * 100) / 100, unit: '×' },
      ];
    });
  } finally {
    anchor.stop();
  }
}
