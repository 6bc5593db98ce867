import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono } from 'hono';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

// Built files carry their content's hash in their name: a year, never revalidated. The page
// itself is asked again each time, so a new build reaches everyone at their next load.
const FOREVER = 'public, max-age=31536000, immutable';
const ALWAYS_CHECK = 'no-cache';

/**
 * Serves the built SPA (dist/) beside the API, on the same origin, compressed at build time
 * (`.br`, `.gz`) for the browsers that accept it.
 */
export function serveSpa<E extends object>(app: Hono<E>, staticDir: string) {
  const root = path.relative(process.cwd(), staticDir);
  const cache = (value: string) => (_: string, c: Context) => {
    c.header('Cache-Control', value);
  };
  app.use('/assets/*', serveStatic({ root, precompressed: true, onFound: cache(FOREVER) }));
  // A file of an older build is gone: say so, rather than answer a script with the page.
  app.get('/assets/*', (c) => c.notFound());
  app.use('/*', serveStatic({ root, precompressed: true, onFound: cache(ALWAYS_CHECK) }));
  // Every other path is a screen of the SPA: the router takes it from there.
  const index = readFile(path.join(staticDir, 'index.html'), 'utf8');
  app.get('*', async (c) => {
    c.header('Cache-Control', ALWAYS_CHECK);
    return c.html(await index);
  });
}
