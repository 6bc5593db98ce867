import { describe, expect, it } from 'vitest';
import { hardConstraints, honorabilityStatus } from './matching';

const settings = { honorabilityValidityYears: 3, honorabilityWarningDays: 60 };
const today = new Date('2026-11-27T10:00:00Z');
const mentor = {
  status: 'AVAILABLE' as const,
  capacity: 2,
  activePairs: 1,
  honorabilityCheck: { type: 'B3' as const, date: '2025-01-10', result: 'VALID' as const },
  modalities: ['REMOTE', 'PUBLIC_PLACE'] as ('REMOTE' | 'PUBLIC_PLACE')[],
};
const adult = {
  birthDate: '2004-05-01',
  legalGuardian: null,
  preferences: { mentorGender: 'ANY' as const, modality: 'ANY' as const, languages: ['fr'] },
};
const minor14 = {
  ...adult,
  birthDate: '2012-06-01',
  legalGuardian: { name: 'Awa Diallo', email: null, phone: null, consentDate: null },
};
const met = (checks: ReturnType<typeof hardConstraints>) =>
  Object.fromEntries(checks.map((c) => [c.constraint, c.met]));

describe('honorability check', () => {
  it('is valid for three years, expiring in its last 60 days, then expired', () => {
    const check = (date: string) => ({ type: 'B3' as const, date, result: 'VALID' as const });
    expect(honorabilityStatus(check('2024-06-01'), settings, today)).toBe('VALID');
    expect(honorabilityStatus(check('2023-12-20'), settings, today)).toBe('EXPIRING');
    expect(honorabilityStatus(check('2023-11-27'), settings, today)).toBe('EXPIRED');
    expect(honorabilityStatus(null, settings, today)).toBe('MISSING');
    expect(
      honorabilityStatus({ type: 'B3', date: '2026-11-01', result: 'PENDING' }, settings, today),
    ).toBe('MISSING');
  });
});

describe('hard constraints', () => {
  it('lets an adult and an available mentor with a shared modality pair up', () => {
    expect(Object.values(met(hardConstraints(adult, mentor, settings, today)))).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('needs a valid honorability check for a minor, not for an adult', () => {
    const unchecked = {
      ...mentor,
      honorabilityCheck: { type: 'B3' as const, date: '2023-01-01', result: 'VALID' as const },
    };
    expect(
      met(
        hardConstraints(
          { ...minor14, legalGuardian: { ...minor14.legalGuardian, consentDate: '2026-10-01' } },
          unchecked,
          settings,
          today,
        ),
      ).HONORABILITY_FOR_MINOR,
    ).toBe(false);
    expect(met(hardConstraints(adult, unchecked, settings, today)).HONORABILITY_FOR_MINOR).toBe(
      true,
    );
  });

  it('needs free capacity on an available mentor', () => {
    expect(
      met(hardConstraints(adult, { ...mentor, activePairs: 2 }, settings, today)).FREE_CAPACITY,
    ).toBe(false);
    expect(
      met(hardConstraints(adult, { ...mentor, status: 'TRAINED' }, settings, today)).FREE_CAPACITY,
    ).toBe(false);
  });

  it('needs a guardian’s consent under 15', () => {
    const checks = hardConstraints(minor14, mentor, settings, today);
    expect(met(checks).GUARDIAN_CONSENT).toBe(false);
    expect(checks.find((c) => c.constraint === 'GUARDIAN_CONSENT')!.detail).toContain(
      'moins de 15 ans',
    );
  });

  it('needs a modality both can do', () => {
    const remoteOnly = { ...mentor, modalities: ['REMOTE' as const] };
    expect(
      met(
        hardConstraints(
          { ...adult, preferences: { ...adult.preferences, modality: 'IN_PERSON' } },
          remoteOnly,
          settings,
          today,
        ),
      ).SHARED_MODALITY,
    ).toBe(false);
    expect(
      met(
        hardConstraints(
          { ...adult, preferences: { ...adult.preferences, modality: 'REMOTE' } },
          remoteOnly,
          settings,
          today,
        ),
      ).SHARED_MODALITY,
    ).toBe(true);
  });
});
