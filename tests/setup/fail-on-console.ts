import { afterEach, beforeEach } from 'vitest';
import { recordConsole, takeUnexpectedConsole } from './console';

// A console error or warning fails the test that caused it, unless the test said it expects it.
const originals = { error: console.error, warn: console.warn };

beforeEach(() => {
  takeUnexpectedConsole();
  for (const level of ['error', 'warn'] as const) {
    console[level] = (...args: unknown[]) => {
      recordConsole(level, args);
    };
  }
});

afterEach(() => {
  console.error = originals.error;
  console.warn = originals.warn;
  const unexpected = takeUnexpectedConsole();
  if (unexpected.length) throw new Error(`Unexpected console output:\n${unexpected.join('\n')}`);
});
