import { describe, expect, it } from 'vitest';
import { ageOn, birthDateKeepingAge } from './age';

describe('birthDateKeepingAge', () => {
  const cases: [birth: string, on: string][] = [
    ['2008-06-15', '2026-03-10T09:00:00Z'],
    ['2008-01-01', '2026-12-31T23:30:00Z'],
    ['2010-03-01', '2028-02-29T12:00:00Z'],
    ['2012-02-28', '2028-02-29T12:00:00Z'],
    ['2005-12-31', '2026-01-01T00:00:00Z'],
  ];

  it.each(cases)('born %s, received %s: the same age that day', (birth, on) => {
    const day = new Date(on);
    const kept = birthDateKeepingAge(birth, day);
    expect(ageOn(kept, day)).toBe(ageOn(birth, day));
    expect(kept).not.toBe(birth);
  });

  it('gives 28 February when the day is the 29th and that year has none', () => {
    expect(birthDateKeepingAge('2010-01-05', new Date('2028-02-29T00:00:00Z'))).toBe('2010-02-28');
  });

  it('tells nothing of the real birthday: two people of one age get one date', () => {
    const day = new Date('2026-05-20T10:00:00Z');
    expect(birthDateKeepingAge('2009-01-02', day)).toBe(birthDateKeepingAge('2008-11-30', day));
  });
});
