// Bookkeeping for fail-on-console: what a test printed and what it said it expects.
let expected: RegExp[] = [];
let unexpected: string[] = [];

function format(args: unknown[]): string {
  const text = (a: unknown) => {
    if (a instanceof Error) return a.stack ?? a.message;
    if (typeof a === 'string') return a;
    try {
      return JSON.stringify(a);
    } catch {
      return String(a);
    }
  };
  return args.map(text).join(' ');
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
