import { describe, expect, it } from 'vitest';
import {
  indicatorLink,
  linkHref,
  monthsOf,
  periodContaining,
  periodDays,
  previousPeriod,
  referralsLink,
} from './indicators';

describe('periods', () => {
  it('finds the month, quarter and year that contain a day', () => {
    expect(periodContaining('month', '2026-02-14')).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(periodContaining('month', '2028-02-14')).toEqual({
      from: '2028-02-01',
      to: '2028-02-29',
    });
    expect(periodContaining('quarter', '2026-12-02')).toEqual({
      from: '2026-10-01',
      to: '2026-12-31',
    });
    expect(periodContaining('year', '2026-06-30')).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
    });
  });

  it('compares a period with the one just before, across a year', () => {
    expect(previousPeriod({ from: '2026-01-01', to: '2026-01-31' })).toEqual({
      from: '2025-12-01',
      to: '2025-12-31',
    });
    expect(previousPeriod({ from: '2026-01-01', to: '2026-03-31' })).toEqual({
      from: '2025-10-01',
      to: '2025-12-31',
    });
    expect(previousPeriod({ from: '2026-01-01', to: '2026-12-31' })).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
    });
    // Not whole months: as many days just before.
    expect(previousPeriod({ from: '2026-03-05', to: '2026-03-11' })).toEqual({
      from: '2026-02-26',
      to: '2026-03-04',
    });
    expect(periodDays({ from: '2026-03-05', to: '2026-03-11' })).toBe(7);
  });

  it('lists the months a period touches, across a year', () => {
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-03' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsOf({ from: '2026-03-05', to: '2026-03-11' })).toEqual(['2026-03']);
  });
});

describe('links behind the figures', () => {
  const year = { from: '2026-01-01', to: '2026-12-31' };

  it('lead to the list filtered on the period and the coordinator', () => {
    expect(linkHref(indicatorLink('referralsReceived', year, 'u1'))).toBe(
      '/referrals?receivedFrom=2026-01-01&receivedTo=2026-12-31&assigneeId=u1',
    );
    expect(linkHref(indicatorLink('pairsActive', year))).toBe('/mentorships?activeOn=2026-12-31');
    expect(linkHref(indicatorLink('earlyRuptures', year, 'u1'))).toBe(
      '/mentorships?closedFrom=2026-01-01&closedTo=2026-12-31&earlyRupture=true&coordinatorId=u1',
    );
    // Mentors belong to the association, not to one coordinator.
    expect(linkHref(indicatorLink('mentorsRecruited', year, 'u1'))).toBe(
      '/mentors?createdFrom=2026-01-01&createdTo=2026-12-31',
    );
  });

  it('repeat a filter with several values', () => {
    expect(linkHref(referralsLink({ priorityPublic: ['ASE', 'PJJ'] }, year))).toBe(
      '/referrals?receivedFrom=2026-01-01&receivedTo=2026-12-31&priorityPublic=ASE&priorityPublic=PJJ',
    );
  });
});
