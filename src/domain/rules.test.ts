import { departmentOf } from './geography';
import { describe, expect, it } from 'vitest';
import { UNDER_15_BLOCKER, ageBand, ageOn, consentFlags, pairingBlocker } from './age';
import { can } from './permissions';
import { toPointer, validationProblem } from './problem';
import { ReferralListQuery, searchParamsToObject } from './queries';
import { LoginInput, ReferralInput } from './schemas';
import { isFirstContactOverdue } from './settings';

describe('age', () => {
  it('counts whole years, the day before and on the birthday', () => {
    expect(ageOn('2010-11-28', new Date('2026-11-27T12:00:00Z'))).toBe(15);
    expect(ageOn('2010-11-27', new Date('2026-11-27T12:00:00Z'))).toBe(16);
    expect(ageOn('2008-02-29', new Date('2026-02-28T12:00:00Z'))).toBe(17);
  });

  it('puts each age in its band', () => {
    expect([13, 14, 15, 17, 18, 20, 21, 25, 26, 30, 31].map(ageBand)).toEqual([
      'UNDER_15',
      'UNDER_15',
      '15_17',
      '15_17',
      '18_20',
      '18_20',
      '21_25',
      '21_25',
      '26_30',
      '26_30',
      'OVER_30',
    ]);
  });

  it('flags minors, and under-15s without a guardian’s consent', () => {
    const on = new Date('2026-11-27T12:00:00Z');
    expect(consentFlags('2012-06-01', null, on)).toEqual([
      'MINOR',
      'UNDER_15_WITHOUT_GUARDIAN_CONSENT',
    ]);
    expect(consentFlags('2012-06-01', '2026-10-01', on)).toEqual(['MINOR']);
    expect(consentFlags('2010-06-01', null, on)).toEqual(['MINOR']);
    expect(consentFlags('2006-06-01', null, on)).toEqual([]);
  });

  it('blocks pairing an under-15 until a guardian has consented', () => {
    const on = new Date('2026-11-27T12:00:00Z');
    const guardian = (consentDate: string | null) => ({ consentDate });
    expect(pairingBlocker({ birthDate: '2012-06-01', legalGuardian: null }, on)).toBe(
      UNDER_15_BLOCKER,
    );
    expect(pairingBlocker({ birthDate: '2012-06-01', legalGuardian: guardian(null) }, on)).toBe(
      UNDER_15_BLOCKER,
    );
    expect(
      pairingBlocker({ birthDate: '2012-06-01', legalGuardian: guardian('2026-10-01') }, on),
    ).toBeNull();
    // 15 on the day: no guardian's consent needed.
    expect(pairingBlocker({ birthDate: '2011-11-27', legalGuardian: null }, on)).toBeNull();
  });
});

describe('permissions', () => {
  it('lets a mentor log meetings but not read the referral inbox or manage users', () => {
    expect(can('mentor', 'meetings.log')).toBe(true);
    expect(can('mentor', 'referrals.read')).toBe(false);
    expect(can('mentor', 'users.manage')).toBe(false);
  });

  it('keeps users, settings and the audit log for admins', () => {
    for (const permission of ['users.manage', 'settings.manage', 'audit.read'] as const) {
      expect(can('admin', permission)).toBe(true);
      expect(can('coordinator', permission)).toBe(false);
    }
  });
});

describe('first contact delay', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  it('is overdue past the delay while nobody has called', () => {
    expect(
      isFirstContactOverdue(
        { receivedAt: '2026-11-19T12:00:00Z', firstContactAt: null, status: 'TO_CONTACT' },
        7,
        now,
      ),
    ).toBe(true);
    expect(
      isFirstContactOverdue(
        { receivedAt: '2026-11-21T12:00:00Z', firstContactAt: null, status: 'RECEIVED' },
        7,
        now,
      ),
    ).toBe(false);
  });
  it('is never overdue once contacted or out of triage', () => {
    expect(
      isFirstContactOverdue(
        {
          receivedAt: '2026-10-01T12:00:00Z',
          firstContactAt: '2026-10-02T12:00:00Z',
          status: 'TO_CONTACT',
        },
        7,
        now,
      ),
    ).toBe(false);
    expect(
      isFirstContactOverdue(
        { receivedAt: '2026-10-01T12:00:00Z', firstContactAt: null, status: 'WITHDRAWN' },
        7,
        now,
      ),
    ).toBe(false);
  });
});

describe('validation problems', () => {
  it('points at each invalid field with a French message', () => {
    const result = LoginInput.safeParse({ email: 'nope', password: '' });
    expect(result.success).toBe(false);
    const body = validationProblem(result.error!);
    expect(body.status).toBe(422);
    expect(body.errors).toEqual([
      expect.objectContaining({ pointer: '/email', message: 'Adresse e-mail invalide' }),
      expect.objectContaining({ pointer: '/password', message: 'Saisissez votre mot de passe' }),
    ]);
  });

  it('escapes pointers per RFC 6901 and reaches into arrays', () => {
    expect(toPointer(['a/b', 'c~d', 0])).toBe('/a~1b/c~0d/0');
    const result = ReferralInput.safeParse({ needs: ['NOT_A_NEED'] });
    const pointers = validationProblem(result.error!).errors!.map((e) => e.pointer);
    expect(pointers).toContain('/needs/0');
    expect(pointers).toContain('/postalCode');
  });

  it('accepts French phone numbers and postal codes as people write them', () => {
    const base = ReferralInput.shape;
    expect(base.phone.safeParse('06 12 34 56 78').success).toBe(true);
    expect(base.phone.safeParse('+33 6 12 34 56 78').success).toBe(true);
    expect(base.phone.safeParse('12345').success).toBe(false);
    expect(base.postalCode.safeParse('69003').success).toBe(true);
    expect(base.postalCode.safeParse('00100').success).toBe(false);
  });
});

describe('list queries', () => {
  it('reads repeated keys as lists and applies defaults', () => {
    const params = new URLSearchParams('status=TO_CONTACT&status=RECEIVED&overdue=true&page=2');
    const query = ReferralListQuery.parse(searchParamsToObject(params));
    expect(query).toMatchObject({
      status: ['TO_CONTACT', 'RECEIVED'],
      overdue: true,
      page: 2,
      pageSize: 50,
      sort: '-receivedAt',
    });
  });

  it('refuses unknown statuses, sorts and oversized pages', () => {
    for (const bad of ['status=NOPE', 'sort=password', 'pageSize=5000', 'page=0']) {
      expect(
        ReferralListQuery.safeParse(searchParamsToObject(new URLSearchParams(bad))).success,
      ).toBe(false);
    }
  });
});

describe('department of a postal code', () => {
  it('reads metropolitan, overseas and Corsican codes', () => {
    expect(departmentOf('69003')).toBe('69');
    expect(departmentOf('01000')).toBe('01');
    expect(departmentOf('97400')).toBe('974');
    expect(departmentOf('20000')).toBe('2A');
    expect(departmentOf('20200')).toBe('2B');
  });
});
