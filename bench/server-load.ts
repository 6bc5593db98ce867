import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import type { Figure } from './results';

// The real server on the scale seed (20,000 referrals, ~200,000 meetings) in its own process,
// loaded from this one over loopback: 50 connections, 10 s per scenario.
const CONNECTIONS = 50;
const SECONDS = 10;
const root = path.resolve(import.meta.dirname, '..');

async function freshDatabase(adminUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query('drop database if exists binome_bench with (force)');
  await client.query('create database binome_bench');
  await client.end();
  return Object.assign(new URL(adminUrl), { pathname: '/binome_bench' }).href;
}

function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['dist-server/main.js'], {
    cwd: root,
    // Behind a proxy, as in production: the contention bench sends X-Forwarded-For.
    env: { ...process.env, PORT: '0', DATABASE_POOL_SIZE: '10', TRUST_PROXY: '1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const event = JSON.parse(line) as { event: string; url?: string };
      if (event.event === 'listening') resolve(event.url!);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { child, url };
}

/** Resident memory of a process now and at its peak, in MB (Linux). */
async function memoryOf(pid: number) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(status.match(new RegExp(`${key}:\\s+(\\d+)`))?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

export async function login(base: string) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'coordination@elan.test', password: 'binome-demo' }),
  });
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers.getSetCookie()[0]!.split(';')[0]!;
  return { cookie, csrfToken };
}

export function load(options: autocannon.Options) {
  return new Promise<autocannon.Result>((resolve, reject) =>
    autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options }, (error, result) =>
      error ? reject(error) : resolve(result),
    ),
  );
}

export const round = (n: number) => Math.round(n * 10) / 10;

export interface ScaleServer {
  base: string;
  pid: number;
  seedSeconds: number;
}

/**
 * Runs `measure` against the server on a fresh PostgreSQL database with the scale seed, or
 * says why it cannot (no PostgreSQL named).
 */
export async function withScaleServer(
  measure: (server: ScaleServer) => Promise<Figure[]>,
): Promise<Figure[]> {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    console.log(
      'server.*, inbox.*: skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL role that may create databases',
    );
    return [];
  }
  const started = performance.now();
  const server = startServer({ DATABASE_URL: await freshDatabase(adminUrl), SEED: 'scale' });
  const base = await server.url;
  try {
    return await measure({
      base,
      pid: server.child.pid!,
      seedSeconds: (performance.now() - started) / 1000,
    });
  } finally {
    server.child.kill('SIGTERM');
  }
}

/** Runs `measure` against the server on embedded PGlite, in a fresh folder, with the demo seed. */
export async function withPgliteServer<T>(measure: (base: string) => Promise<T>): Promise<T> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'binome-bench-'));
  const server = startServer({ DATA_DIR: dataDir, DATABASE_URL: '', SEED: 'demo' });
  try {
    return await measure(await server.url);
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.once('exit', resolve));
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Streams one export to the end, sampling the server's resident memory every 20 ms. */
async function timedExport(
  base: string,
  pid: number,
  headers: Record<string, string>,
  path: string,
) {
  const before = await memoryOf(pid);
  let peak = before.rss;
  const sampler = setInterval(
    () => void memoryOf(pid).then((m) => (peak = Math.max(peak, m.rss))),
    20,
  );
  const started = performance.now();
  const response = await fetch(`${base}/api/exports/${path}`, { headers });
  let bytes = 0;
  const reader = response.body!.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
    bytes += chunk.value.length;
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const after = await memoryOf(pid);
  return { seconds, bytes, before: before.rss, peak: Math.max(peak, after.rss) };
}

const exportFigures = (name: string, e: Awaited<ReturnType<typeof timedExport>>): Figure[] => [
  { name: `${name}.seconds`, value: round(e.seconds), unit: 's' },
  { name: `${name}.size`, value: round(e.bytes / 1_048_576), unit: 'MB' },
  { name: `${name}.rss_before`, value: round(e.before), unit: 'MB' },
  { name: `${name}.rss_growth`, value: round(e.peak - e.before), unit: 'MB' },
];

export async function serverLoad({
  base,
  pid,
  seedSeconds: seconds,
}: ScaleServer): Promise<Figure[]> {
  {
    const { cookie, csrfToken } = await login(base);
    const headers = { cookie };

    const list = await load({ url: `${base}/api/referrals?pageSize=50`, headers });
    const filtered = await load({
      url: `${base}/api/referrals?pageSize=50&status=TO_CONTACT&status=RECEIVED&sort=lastName&q=ma`,
      headers,
    });

    const pairs = (await (
      await fetch(`${base}/api/mentorships?status=ACTIVE&pageSize=200`, { headers })
    ).json()) as { items: { id: string }[] };
    const today = new Date().toISOString().slice(0, 10);
    let next = 0;
    const meeting = JSON.stringify({
      date: today,
      durationMinutes: 60,
      modality: 'REMOTE',
      topics: ['ORIENTATION'],
      notes: '',
      attendance: 'HELD',
      concern: false,
    });
    const logging = await load({
      url: base,
      requests: [
        {
          method: 'POST',
          // Spread over 200 pairs, as many mentors logging at once would be.
          setupRequest: (request) => ({
            ...request,
            path: `/api/mentorships/${pairs.items[next++ % pairs.items.length]!.id}/meetings`,
            headers: { ...headers, 'content-type': 'application/json', 'x-csrf-token': csrfToken },
            body: meeting,
          }),
        },
      ],
    });

    const csv = await timedExport(base, pid, headers, 'meetings?format=csv');
    const xlsx = await timedExport(base, pid, headers, 'meetings?format=xlsx');

    // The dashboard's indicators for one year, one request at a time: each one's latency.
    const day = (daysAgo: number) =>
      new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    const indicators = await load({
      url: `${base}/api/dashboard/indicators?from=${day(364)}&to=${day(0)}`,
      headers,
      connections: 1,
    });
    const failures = (r: autocannon.Result) => r.errors + r.timeouts + r.non2xx;

    return [
      { name: 'server.seed.scale.seconds', value: round(seconds), unit: 's' },
      { name: 'server.referrals.list.rps', value: round(list.requests.average), unit: 'req/s' },
      { name: 'server.referrals.list.p50', value: list.latency.p50, unit: 'ms' },
      { name: 'server.referrals.list.p99', value: list.latency.p99, unit: 'ms' },
      { name: 'server.referrals.list.failures', value: failures(list), unit: 'requests' },
      {
        name: 'server.referrals.filtered.rps',
        value: round(filtered.requests.average),
        unit: 'req/s',
      },
      { name: 'server.referrals.filtered.p50', value: filtered.latency.p50, unit: 'ms' },
      { name: 'server.referrals.filtered.p99', value: filtered.latency.p99, unit: 'ms' },
      { name: 'server.meetings.log.rps', value: round(logging.requests.average), unit: 'req/s' },
      { name: 'server.meetings.log.p50', value: logging.latency.p50, unit: 'ms' },
      { name: 'server.meetings.log.p99', value: logging.latency.p99, unit: 'ms' },
      { name: 'server.meetings.log.failures', value: failures(logging), unit: 'requests' },
      ...exportFigures('server.export.meetings', csv),
      ...exportFigures('server.export.meetings_xlsx', xlsx),
      { name: 'server.indicators.year.p50', value: indicators.latency.p50, unit: 'ms' },
      { name: 'server.indicators.year.p99', value: indicators.latency.p99, unit: 'ms' },
      { name: 'server.indicators.year.failures', value: failures(indicators), unit: 'requests' },
    ];
  }
}
