import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { writeSeededDump } from '../harness/database';
import { TEST_NOW } from '../harness/clock';

declare module 'vitest' {
  export interface ProvidedContext {
    seededDump: string;
  }
}

/** Seeds the demo data once for the whole run, on the tests' clock; each test opens a copy. */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(tmpdir(), 'binome-seed-'));
  const file = path.join(dir, 'demo.tar');
  await writeSeededDump(file, TEST_NOW);
  project.provide('seededDump', file);
  return () => rm(dir, { recursive: true, force: true });
}
