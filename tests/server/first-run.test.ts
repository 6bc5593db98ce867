import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { youngPerson } from '../contract/bodies';
import { Agent } from '../contract/http';
import { runScript, startServer } from '../harness/server-process';

// A real installation starts from its own association, never from the demo's public accounts.
const admin = {
  BINOME_ASSOCIATION: 'Tremplin Mentorat Isère',
  BINOME_ADMIN_EMAIL: 'direction@tremplin.test',
  BINOME_ADMIN_FIRST_NAME: 'Claire',
  BINOME_ADMIN_LAST_NAME: 'Morel',
  BINOME_ADMIN_PASSWORD: 'une phrase de passe solide',
};

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'binome-first-run-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

it('creates the association and its admin once, from the environment; the server then holds no demo data', async () => {
  const setup = await runScript('server/node/setup.ts', { ...admin, DATA_DIR: dataDir });
  expect(setup.stderr).toBe('');
  expect(setup.code).toBe(0);
  const intakeKey = /affichée une seule fois\) : (\S+)/.exec(setup.stdout)?.[1];
  expect(intakeKey).toMatch(/^[\w-]{40,}$/);

  const again = await runScript('server/node/setup.ts', { ...admin, DATA_DIR: dataDir });
  expect(again.code).toBe(1);
  expect(again.stderr).toContain('already has an association');

  const server = await startServer({ DATA_DIR: dataDir });
  try {
    expect(server.lines.find((l) => l.includes('"database"'))).toContain('"seeded":false');
    const a = new Agent(server.url);
    const demo = await a.post('/auth/login', {
      body: { email: 'admin@elan.test', password: 'binome-demo' },
    });
    expect(demo.status).toBe(401);
    await a.login(admin.BINOME_ADMIN_EMAIL, admin.BINOME_ADMIN_PASSWORD);
    const session = (await a.get('/auth/session')).body;
    expect(session.user).toMatchObject({ role: 'admin', firstName: 'Claire' });
    expect(session.association.name).toBe('Tremplin Mentorat Isère');

    const pushed = await fetch(`${server.url}/intake/referrals`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-API-Key': intakeKey! },
      body: JSON.stringify({
        ...youngPerson('1J1S-FIRST-1'),
        postalCode: '38000',
        commune: 'Grenoble',
      }),
    });
    expect(pushed.status).toBe(201);
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
});

it('says which variable is missing when there is no terminal to ask', async () => {
  const { BINOME_ADMIN_PASSWORD: _p, ...rest } = admin;
  const setup = await runScript('server/node/setup.ts', { ...rest, DATA_DIR: dataDir });
  expect(setup.code).toBe(1);
  expect(setup.stderr).toContain('Set BINOME_ADMIN_PASSWORD');
  const weak = await runScript('server/node/setup.ts', {
    ...admin,
    BINOME_ADMIN_PASSWORD: 'court',
    DATA_DIR: dataDir,
  });
  expect(weak.stderr).toContain('BINOME_ADMIN_PASSWORD: Au moins 12 caractères');
});

// Where a PostgreSQL server is at hand (always in CI).
const servers = process.env.TEST_DATABASE_URL ? ['postgresql'] : [];
describe.each(servers)('on a %s server', () => {
  const adminUrl = process.env.TEST_DATABASE_URL ?? '';
  const name = `binome_first_run_${process.pid}`;
  const url = () => Object.assign(new URL(adminUrl), { pathname: `/${name}` }).href;
  const sql = async (...queries: string[]) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    for (const query of queries) await client.query(query);
    await client.end();
  };
  beforeAll(() => sql(`drop database if exists ${name} with (force)`, `create database ${name}`));
  afterAll(() => sql(`drop database if exists ${name} with (force)`));

  it('starts empty, without the demo, and says how to begin', async () => {
    const server = await startServer({ DATABASE_URL: url() });
    try {
      expect(server.lines.find((l) => l.includes('"database"'))).toContain('"seeded":false');
      expect(server.lines.some((l) => l.includes('npm run setup'))).toBe(true);
      const reply = await new Agent(server.url).post('/auth/login', {
        body: { email: 'admin@elan.test', password: 'binome-demo' },
      });
      expect(reply.status).toBe(401);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });
});
