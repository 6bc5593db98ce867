import { describe, expect, it } from 'vitest';
import type { Attendance } from './enums';
import {
  byUrgency,
  isEarlyRupture,
  nextInterview,
  pairHealth,
  pairTasks,
  wouldBeEarlyRupture,
} from './follow-up';

const rules = { checkInDays: 21, atRiskDays: 45 };
const now = new Date('2026-03-10T09:30:00Z');
const active = (sinceDay: string | null, latestAttendances: Attendance[] = ['HELD']) => ({
  status: 'ACTIVE' as const,
  sinceDay,
  latestAttendances,
});

describe('pair health', () => {
  it('is on track up to the day before the check-in threshold', () => {
    expect(pairHealth(active('2026-02-18'), rules, now)).toEqual({
      level: 'ON_TRACK',
      rule: 'NO_MEETING',
      days: 20,
    });
  });

  it('needs a check-in from 21 days without a held meeting, whatever the hour', () => {
    expect(pairHealth(active('2026-02-17'), rules, now)?.level).toBe('CHECK_IN');
    expect(pairHealth(active('2026-02-17'), rules, new Date('2026-03-10T00:00:00Z'))?.days).toBe(
      21,
    );
    expect(pairHealth(active('2026-02-17'), rules, new Date('2026-03-10T23:59:59Z'))?.days).toBe(
      21,
    );
  });

  it('is at risk from 45 days, across a year boundary', () => {
    const january = new Date('2026-01-05T12:00:00Z');
    expect(pairHealth(active('2025-11-21'), rules, january)).toEqual({
      level: 'AT_RISK',
      rule: 'NO_MEETING',
      days: 45,
    });
    expect(pairHealth(active('2025-11-22'), rules, january)?.level).toBe('CHECK_IN');
  });

  it('is at risk after two no-shows in a row, even with a recent held meeting', () => {
    expect(pairHealth(active('2026-03-01', ['NO_SHOW', 'NO_SHOW', 'HELD']), rules, now)).toEqual({
      level: 'AT_RISK',
      rule: 'TWO_NO_SHOWS',
      days: 9,
    });
    expect(
      pairHealth(active('2026-03-01', ['NO_SHOW', 'HELD', 'NO_SHOW']), rules, now)?.level,
    ).toBe('ON_TRACK');
  });

  it('counts an accepted pair from its acceptance until a first meeting is held', () => {
    const accepted = {
      status: 'ACCEPTED' as const,
      sinceDay: '2026-01-20T15:00:00Z',
      latestAttendances: [],
    };
    expect(pairHealth(accepted, rules, now)).toEqual({
      level: 'AT_RISK',
      rule: 'NO_MEETING',
      days: 49,
    });
  });

  it('follows neither proposals nor paused or closed pairs', () => {
    for (const status of ['PROPOSED', 'PAUSED', 'CLOSED'] as const)
      expect(pairHealth({ ...active('2025-01-01'), status }, rules, now)).toBeNull();
  });

  it('uses the association’s own thresholds', () => {
    expect(pairHealth(active('2026-03-01'), { checkInDays: 7, atRiskDays: 9 }, now)?.level).toBe(
      'AT_RISK',
    );
  });
});

describe('early rupture', () => {
  const pair = {
    status: 'CLOSED' as const,
    acceptedAt: '2026-01-02T10:00:00Z',
    startedAt: '2026-01-10T10:00:00Z',
  };

  it('is a pair closed less than six months after it started', () => {
    expect(isEarlyRupture({ ...pair, closedAt: '2026-07-10T09:59:59Z' })).toBe(true);
    expect(isEarlyRupture({ ...pair, closedAt: '2026-07-10T10:00:00Z' })).toBe(false);
  });

  it('counts an accepted pair closed before any meeting, not a refused proposal', () => {
    expect(isEarlyRupture({ ...pair, startedAt: null, closedAt: '2026-02-01T00:00:00Z' })).toBe(
      true,
    );
    expect(
      isEarlyRupture({
        ...pair,
        acceptedAt: null,
        startedAt: null,
        closedAt: '2026-02-01T00:00:00Z',
      }),
    ).toBe(false);
  });

  it('is announced before closing', () => {
    expect(wouldBeEarlyRupture(pair, new Date('2026-05-01T00:00:00Z'))).toBe(true);
    expect(wouldBeEarlyRupture(pair, new Date('2026-08-01T00:00:00Z'))).toBe(false);
  });
});

describe('next interview', () => {
  const pair = {
    status: 'ACTIVE' as const,
    startedAt: '2025-11-30T18:00:00Z',
    plannedEndAt: '2026-05-30',
  };

  it('asks for the start interview after the first meeting, then mid-term at three months, then closing at the planned end', () => {
    expect(nextInterview(pair, [])).toEqual({ kind: 'START', dueDay: '2025-11-30' });
    expect(nextInterview(pair, ['START'])).toEqual({ kind: 'MID', dueDay: '2026-03-02' });
    expect(nextInterview(pair, ['START', 'MID'])).toEqual({
      kind: 'CLOSING',
      dueDay: '2026-05-30',
    });
    expect(nextInterview(pair, ['START', 'MID', 'CLOSING'])).toBeNull();
  });

  it('asks nothing of a pair that has not started or is closed', () => {
    expect(nextInterview({ ...pair, startedAt: null, status: 'ACCEPTED' }, [])).toBeNull();
    expect(nextInterview({ ...pair, status: 'CLOSED' }, [])).toBeNull();
  });
});

describe('pair tasks', () => {
  const today = new Date('2026-03-10T08:00:00Z');
  const pair = {
    status: 'ACTIVE' as const,
    health: { level: 'ON_TRACK' as const, rule: 'NO_MEETING' as const, days: 3 },
    nextInterview: { kind: 'MID' as const, dueDay: '2026-04-01' },
    plannedEndAt: '2026-09-01',
  };

  it('asks nothing of a pair on track with nothing due', () => {
    expect(pairTasks(pair, today)).toEqual([]);
  });

  it('lists a check-in or risk from the last meeting, an interview once due, a planned end two weeks ahead', () => {
    expect(
      pairTasks(
        {
          ...pair,
          health: { level: 'AT_RISK', rule: 'NO_MEETING', days: 50 },
          nextInterview: { kind: 'MID', dueDay: '2026-03-10' },
          plannedEndAt: '2026-03-24',
        },
        today,
      ),
    ).toEqual([
      { kind: 'AT_RISK', dueDay: '2026-01-19', interviewKind: null },
      { kind: 'INTERVIEW_DUE', dueDay: '2026-03-10', interviewKind: 'MID' },
      { kind: 'PLANNED_END', dueDay: '2026-03-24', interviewKind: null },
    ]);
    expect(pairTasks({ ...pair, plannedEndAt: '2026-03-25' }, today)).toEqual([]);
  });

  it('puts the most urgent first, then the longest waiting', () => {
    const tasks = [
      { kind: 'PLANNED_END' as const, dueDay: '2026-01-01' },
      { kind: 'CHECK_IN' as const, dueDay: '2026-02-10' },
      { kind: 'AT_RISK' as const, dueDay: '2026-01-20' },
      { kind: 'CHECK_IN' as const, dueDay: '2026-02-01' },
      { kind: 'FIRST_CONTACT_OVERDUE' as const, dueDay: '2026-03-01' },
    ];
    expect([...tasks].sort(byUrgency).map((t) => `${t.kind} ${t.dueDay}`)).toEqual([
      'AT_RISK 2026-01-20',
      'FIRST_CONTACT_OVERDUE 2026-03-01',
      'CHECK_IN 2026-02-01',
      'CHECK_IN 2026-02-10',
      'PLANNED_END 2026-01-01',
    ]);
  });
});
