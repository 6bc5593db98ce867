// Bookkeeping for fail-on-console: what a test printed and what it said it expects.
let expected: RegExp[] = [];
let unexpected: string[] = [];

function format(args: unknown[]): string {
  return args
    .map((a) =>
      a instanceof Error ? (a.stack ?? a.message) : typeof a === 'string' ? a : JSON.stringify(a),
    )
    .join(' ');
}

export function recordConsole(level: string, args: unknown[]) {
  const text = format(args);
  if (!expected.some((pattern) => pattern.test(text))) unexpected.push(`console.${level}: ${text}`);
}

/** Declares console output this test expects (and so does not fail on). */
export function expectConsole(pattern: RegExp) {
  expected.push(pattern);
}

export function takeUnexpectedConsole(): string[] {
  const out = unexpected;
  unexpected = [];
  expected = [];
  return out;
}
