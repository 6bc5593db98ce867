import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { Figure } from './results';

const kB = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** Sizes of the production build (real-server mode: the demo backend is not in it). */
export async function bundleSize(): Promise<Figure[]> {
  const outDir = path.resolve(import.meta.dirname, '.tmp/dist');
  process.env.VITE_BACKEND = 'server';
  await build({ logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: false } });

  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const initial = new Set(
    [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!),
  );
  const files = (await readdir(path.join(outDir, 'assets'))).map((f) => `assets/${f}`);
  const sizes = new Map<string, { raw: number; gzip: number }>();
  for (const file of files.filter((f) => /\.(js|css)$/.test(f))) {
    const bytes = await readFile(path.join(outDir, file));
    sizes.set(file, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  const sum = (ext: string, which: (f: string) => boolean) =>
    [...sizes]
      .filter(([f]) => f.endsWith(ext) && which(f))
      .reduce((a, [, s]) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), { raw: 0, gzip: 0 });
  const js = sum('.js', (f) => initial.has(f));
  const css = sum('.css', (f) => initial.has(f));
  const lazy = [...sizes]
    .filter(([f]) => f.endsWith('.js') && !initial.has(f))
    .sort((a, b) => b[1].gzip - a[1].gzip);
  await rm(outDir, { recursive: true, force: true });

  return [
    { name: 'bundle.initial.js.raw', value: kB(js.raw), unit: 'kB' },
    { name: 'bundle.initial.js.gzip', value: kB(js.gzip), unit: 'kB' },
    { name: 'bundle.initial.css.raw', value: kB(css.raw), unit: 'kB' },
    { name: 'bundle.initial.css.gzip', value: kB(css.gzip), unit: 'kB' },
    {
      name: 'bundle.lazy.total.gzip',
      value: kB(lazy.reduce((a, [, s]) => a + s.gzip, 0)),
      unit: 'kB',
    },
    ...lazy.slice(0, 5).map(([file, s]) => ({
      name: `bundle.lazy.${path.basename(file).replace(/-[\w-]{8}\.js$/, '')}.gzip`,
      value: kB(s.gzip),
      unit: 'kB',
    })),
  ];
}
