import { describe, expect, it } from 'vitest';
import { formatRelative, formatRelativeDay } from './format';

const now = new Date('2026-11-27T10:00:00Z');

describe('relative dates', () => {
  it('say hours and days within a week, and the date past it', () => {
    expect(formatRelative('2026-11-27T07:00:00Z', now)).toBe('il y a 3\u00a0h');
    expect(formatRelative('2026-11-26T10:00:00Z', now)).toBe('hier');
    expect(formatRelative('2026-11-21T10:00:00Z', now)).toBe('il y a 6\u00a0j');
    expect(formatRelative('2026-11-20T10:00:00Z', now)).toBe('20/11/2026');
    expect(formatRelative('2025-08-31T10:00:00Z', now)).toBe('31/08/2025');
  });

  it('never give an hour to a day entered without one', () => {
    expect(formatRelativeDay('2026-11-27', now)).toBe('aujourd’hui');
    expect(formatRelativeDay('2026-11-26', now)).toBe('hier');
    expect(formatRelativeDay('2026-11-24', now)).toBe('il y a 3\u00a0j');
    expect(formatRelativeDay('2026-11-01', now)).toBe('01/11/2026');
  });
});
