import { PGlite } from '@electric-sql/pglite';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrapPglite } from '../../server/db/database';
import { Agent } from '../contract/http';
import { freePort, freshCopy, listeningUrl, run, type Command } from './commands';

// What the README promises a newcomer, checked with its own commands in a fresh copy of the
// project: no .data, no dist, nothing prepared but `npm install`.

let fresh: Awaited<ReturnType<typeof freshCopy>>;
const running: Command[] = [];
const start = (args: string[], env?: Record<string, string>) => {
  const command = run(fresh.dir, args, env);
  running.push(command);
  return command;
};

beforeAll(async () => {
  fresh = await freshCopy();
});
afterAll(async () => {
  await Promise.all(running.map((c) => c.stop()));
  await fresh?.remove();
});

describe('npm start', () => {
  let serverUrl: string;

  it('builds and serves the app and the API with demo data, and keeps changes across a restart', async () => {
    expect(existsSync(path.join(fresh.dir, '.data'))).toBe(false);
    const first = start(['start'], { PORT: '0' });
    const url = await listeningUrl(first);
    expect(JSON.parse(await first.line(/"event":"database"/))).toMatchObject({
      kind: 'pglite',
      seeded: true,
      dataDir: path.join(fresh.dir, '.data/pglite'),
    });

    // The SPA, on any of its paths, and its assets.
    const page = await fetch(`${url}/orientations`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<div id="root">');
    // No inline script for the policy to allow, and no frame may hold the page.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(page.headers.get('Content-Security-Policy')).toMatch(/script-src 'self';/);
    expect(page.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
    expect(page.headers.get('Cache-Control')).toBe('no-cache');
    // The scripts go compressed at build time, kept a year (their names change with them), and
    // without their source maps.
    const asset = await fetch(`${url}${script}`, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('Content-Encoding')).toBe('br');
    expect(asset.headers.get('Content-Type')).toMatch(/javascript/);
    expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    const plain = await fetch(`${url}${script}`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    // fetch decodes what it receives: the sizes sent are in the headers.
    const sent = (response: Response) => Number(response.headers.get('Content-Length'));
    expect(sent(plain)).toBeGreaterThan(3 * sent(asset));
    expect((await fetch(`${url}${script}.map`)).status).toBe(404);
    expect((await fetch(`${url}/assets/gone-0000.js`)).status).toBe(404);
    // The real build holds neither the demo's database nor the server's code.
    const assets = await readdir(path.join(fresh.dir, 'dist/assets'));
    expect(assets.filter((f) => /pglite|\.wasm$|\.data$/i.test(f))).toEqual([]);
    for (const file of assets.filter((f) => f.endsWith('.js')))
      expect(await readFile(path.join(fresh.dir, 'dist/assets', file), 'utf8')).not.toMatch(
        /PGlite|Cette adresse n’existe pas dans l’API/,
      );

    // A demo account from the README logs in and changes a referral.
    const coordinator = new Agent(`${url}/api`);
    await coordinator.login('coordination@elan.test');
    const referral = (
      await coordinator.get('/referrals', { query: { status: 'TO_CONTACT', pageSize: 1 } })
    ).body.items[0];
    const moved = await coordinator.post('/referrals/{id}/transitions', {
      params: { id: referral.id },
      headers: { 'If-Match': `"${referral.version}"` },
      body: { to: 'QUALIFIED' },
    });
    expect(moved.status).toBe(200);
    await first.stop();
    expect(first.lines.some((l) => l.includes('"event":"stopped"'))).toBe(true);

    const second = start(['start'], { PORT: '0' });
    serverUrl = await listeningUrl(second);
    expect(JSON.parse(await second.line(/"event":"database"/))).toMatchObject({ seeded: false });
    const again = new Agent(`${serverUrl}/api`);
    await again.login('coordination@elan.test');
    expect(
      (await again.get('/referrals/{id}', { params: { id: referral.id } })).body,
    ).toMatchObject({ status: 'QUALIFIED', version: referral.version + 1 });
  });

  it('`npm run preview` serves the build that `npm start` made', async () => {
    const port = await freePort();
    const preview = start(['run', 'preview', '--', '--port', String(port), '--strictPort']);
    await preview.line(/Local:/);
    const html = await (await fetch(`http://localhost:${port}/`)).text();
    expect(html).toContain('<div id="root">');
    await preview.stop();
  });

  it('`npm run dev:server` serves the app in development against `npm run server`', async () => {
    const port = await freePort();
    const dev = start(['run', 'dev:server', '--', '--port', String(port), '--strictPort'], {
      API_PORT: new URL(serverUrl).port,
    });
    await dev.line(/Local:/);
    expect(await (await fetch(`http://localhost:${port}/src/main.tsx`)).text()).toContain(
      'createRoot',
    );
    // The API answers through the dev server's proxy.
    const session = await fetch(`http://localhost:${port}/api/auth/session`);
    expect(session.status).toBe(204);
    await dev.stop();
  });
});

describe('npm run dev', () => {
  it.each([
    ['dev', 'demo'],
    ['dev:scale', 'scale'],
  ])(
    '`npm run %s` serves the app on the %s seed with the backend in the page',
    async (script, seed) => {
      const port = await freePort();
      const dev = start(['run', script, '--', '--port', String(port), '--strictPort']);
      await dev.line(/Local:/);
      const main = await (await fetch(`http://localhost:${port}/src/main.tsx`)).text();
      expect(main).toContain('startDemoBackend');
      expect(/"VITE_SEED": "(\w+)"/.exec(main)?.[1] ?? 'demo').toBe(seed);
      await dev.stop();
    },
  );
});

describe('a start that cannot succeed says why in one line', () => {
  async function failure(env: Record<string, string>) {
    const server = start(['run', 'server'], env);
    expect(await server.exited).not.toBe(0);
    const said = server.stderr.filter((line) => line.startsWith('Binôme cannot start: '));
    expect(said).toHaveLength(1);
    // No stack trace for a condition the person can mend.
    expect(server.stderr.filter((line) => /^\s+at /.test(line))).toEqual([]);
    return said[0]!;
  }

  it('names the port in use', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as { port: number };
    try {
      expect(await failure({ PORT: String(port) })).toContain(
        `Port ${port} on 127.0.0.1 is already in use`,
      );
    } finally {
      taken.close();
    }
  });

  it('names a data folder it cannot create', async () => {
    const file = path.join(fresh.dir, 'README.md');
    expect(await failure({ PORT: '0', DATA_DIR: path.join(file, 'pglite') })).toContain(
      `Cannot use ${file}`,
    );
  });

  it('names a PostgreSQL server it cannot reach, without the password', async () => {
    const port = await freePort();
    const line = await failure({
      PORT: '0',
      DATABASE_URL: `postgres://binome:s3cret@127.0.0.1:${port}/binome`,
    });
    expect(line).toContain(`Cannot reach the PostgreSQL server at 127.0.0.1:${port}/binome`);
    expect(line).not.toContain('s3cret');
  });

  it('refuses a database migrated by a newer version', async () => {
    const dataDir = path.join(fresh.dir, '.data/newer');
    const database = wrapPglite(await PGlite.create(dataDir));
    await database.migrate();
    await database.db.execute(
      `insert into drizzle.__drizzle_migrations (hash, created_at) values ('future', 9999999999999)`,
    );
    await database.close();
    expect(await failure({ PORT: '0', DATA_DIR: dataDir })).toContain(
      'was migrated by a newer version of Binôme',
    );
  });

  it('says what a DATABASE_URL should look like', async () => {
    expect(await failure({ PORT: '0', DATABASE_URL: 'localhost:5432' })).toContain(
      'DATABASE_URL is not a PostgreSQL URL',
    );
  });
});
