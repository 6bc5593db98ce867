import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { projectFiles, root } from '../tests/readme/commands';
import type { Figure } from './results';

/** Lines of TypeScript in each part of the project that implements or tests the API. */
export async function codeSizeFigures(): Promise<Figure[]> {
  const files = projectFiles().filter((f) => /\.tsx?$/.test(f));
  const lines = async (which: (file: string) => boolean) => {
    let total = 0;
    for (const file of files.filter(which))
      total += (await readFile(path.join(root, file), 'utf8').catch(() => '')).split('\n').length;
    return total;
  };
  const under = (folder: string) => (file: string) => file.startsWith(`${folder}/`);
  return [
    { name: 'code.mocks', value: await lines(under('mocks')), unit: 'lines' },
    { name: 'code.server', value: await lines(under('server')), unit: 'lines' },
    { name: 'code.seed', value: await lines(under('seed')), unit: 'lines' },
    { name: 'code.tests', value: await lines(under('tests')), unit: 'lines' },
    {
      name: 'code.componentTests',
      value: await lines((f) => f.startsWith('src/') && f.endsWith('.test.tsx')),
      unit: 'lines',
    },
  ];
}
