import { describe, expect, it } from 'vitest';
import { duplicateKeys, phoneKey, probableDuplicates } from './duplicates';

const base = {
  firstName: 'Inès',
  lastName: 'Garnier',
  birthDate: '2008-03-14',
  email: 'ines.garnier@exemple.fr' as string | null,
  phone: '06 12 34 56 78' as string | null,
  receivedAt: '2026-11-01T09:00:00Z',
};
const person = (id: string, fields: Partial<typeof base> = {}) => ({ ...base, id, ...fields });

describe('probable duplicates', () => {
  it('matches a name and birth date ignoring case and accents, but only with all three', () => {
    const keys = duplicateKeys({ firstName: 'INES', lastName: 'garnier', birthDate: '2008-03-14' });
    expect(probableDuplicates(keys, [person('a')])[0]?.matchedOn).toEqual(['NAME_BIRTHDATE']);
    expect(
      probableDuplicates(duplicateKeys({ firstName: 'Inès', lastName: 'Garnier' }), [person('a')]),
    ).toEqual([]);
    expect(
      probableDuplicates(
        duplicateKeys({ firstName: 'Inès', lastName: 'Garnier', birthDate: '2008-03-15' }),
        [person('a')],
      ),
    ).toEqual([]);
  });

  it('matches an email ignoring case, and a phone written the French or the international way', () => {
    expect(phoneKey('+33 6 12 34 56 78')).toBe(phoneKey('06.12.34.56.78'));
    expect(phoneKey('06 12')).toBe('');
    const keys = duplicateKeys({ email: ' Ines.Garnier@Exemple.fr ', phone: '+33612345678' });
    expect(probableDuplicates(keys, [person('a')])[0]?.matchedOn).toEqual(['EMAIL', 'PHONE']);
    expect(probableDuplicates(duplicateKeys({ email: 'ines.garnier' }), [person('a')])).toEqual([]);
  });

  it('ranks by the number of criteria met, then the latest received, and keeps five', () => {
    const keys = duplicateKeys({
      firstName: 'Inès',
      lastName: 'Garnier',
      birthDate: '2008-03-14',
      email: 'ines.garnier@exemple.fr',
    });
    const rows = [
      person('old-email', { firstName: 'Autre', receivedAt: '2026-01-01T00:00:00Z' }),
      person('both'),
      person('new-email', { firstName: 'Autre', receivedAt: '2026-11-20T00:00:00Z' }),
      ...['c', 'd', 'e', 'f'].map((id) => person(id, { firstName: 'Autre' })),
      person('stranger', { firstName: 'Zoé', email: null, phone: null }),
    ];
    const found = probableDuplicates(keys, rows).map((r) => r.id);
    expect(found).toEqual(['both', 'new-email', 'c', 'd', 'e']);
  });
});
