import { readFile, writeFile } from 'node:fs/promises';

export interface Figure {
  name: string;
  value: number;
  unit: string;
}

const FILE = new URL('./results.json', import.meta.url);

/** Prints each figure as `name: value unit` and merges them into bench/results.json. */
export async function report(figures: Figure[]) {
  for (const f of figures) console.log(`${f.name}: ${f.value} ${f.unit}`);
  const previous = JSON.parse(await readFile(FILE, 'utf8').catch(() => '{}')) as {
    figures?: Record<string, unknown>;
  };
  const next = {
    measuredAt: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, Node ${process.version}`,
    figures: {
      ...previous.figures,
      ...Object.fromEntries(figures.map((f) => [f.name, { value: f.value, unit: f.unit }])),
    },
  };
  await writeFile(FILE, JSON.stringify(next, null, 2) + '\n');
}
