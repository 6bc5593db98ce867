import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Serves the built SPA (dist/) beside the API, on the same origin. */
export function serveSpa<E extends object>(app: Hono<E>, staticDir: string) {
  app.use('/*', serveStatic({ root: path.relative(process.cwd(), staticDir) }));
  // Every other path is a screen of the SPA: the router takes it from there.
  const index = readFile(path.join(staticDir, 'index.html'), 'utf8');
  app.get('*', async (c) => c.html(await index));
}
