import { describe, expect, it } from 'vitest';
import { gazetteerFrom, loadGazetteer } from './gazetteer';
import { withMentorRules } from './mentors';
import { COMMUNE_NOT_AT_POSTAL_CODE, communeProblem } from './referral-rules';
import { MentorInput } from './schemas';

describe('gazetteer', () => {
  it('lists the communes of a postal code by name, with their department, region and EPCI', () => {
    const gazetteer = gazetteerFrom({
      regions: { '01': '84' },
      communes: [
        ['01050', 'Boissey', '01', '200070118', '01190 01380'],
        ['01006', 'Ambléon', '01', '', '01300'],
        ['01025', 'Bâgé-Dommartin', '01', '200070118', '01380'],
      ],
    });
    expect(gazetteer.communesOf('01380').map((c) => c.name)).toEqual(['Bâgé-Dommartin', 'Boissey']);
    expect(gazetteer.communesOf('01300')).toEqual([
      { insee: '01006', name: 'Ambléon', department: '01', region: '84', epci: null },
    ]);
    expect(gazetteer.communesOf('99999')).toEqual([]);
  });

  it('holds the official geography: Lyon’s arrondissements are Lyon, Corsica and overseas are there', async () => {
    const gazetteer = await loadGazetteer();
    expect(gazetteer.communesOf('69003').map((c) => c.name)).toEqual(['Lyon']);
    expect(gazetteer.communesOf('20000')[0]).toMatchObject({ name: 'Ajaccio', department: '2A' });
    expect(gazetteer.communesOf('97400')[0]).toMatchObject({
      name: 'Saint-Denis',
      department: '974',
    });
    expect(gazetteer.communesOf('59000')[0]).toMatchObject({ name: 'Lille', region: '32' });
    expect(gazetteer.communesOf('00000')).toEqual([]);
  });
});

describe('commune and postal code', () => {
  it('accepts a commune the postal code serves, however it is written', async () => {
    const gazetteer = await loadGazetteer();
    for (const written of ['Vaulx-en-Velin', 'vaulx en velin', 'VAULX-EN-VÉLIN '])
      expect(communeProblem(gazetteer, '69120', written)).toBeNull();
    expect(communeProblem(gazetteer, '69120', 'Lyon')).toBe(COMMUNE_NOT_AT_POSTAL_CODE);
    // An unknown postal code is its own rule's problem, not the commune's.
    expect(communeProblem(gazetteer, '00000', 'Lyon')).toBeNull();
  });

  it('puts the problem on the commune, beside the other fields', async () => {
    const gazetteer = await loadGazetteer();
    const schema = withMentorRules(MentorInput, { gazetteer });
    const parsed = schema.safeParse({ postalCode: '59000', commune: 'Roubaix' });
    expect(parsed.error?.issues.find((i) => i.path[0] === 'commune')?.message).toBe(
      COMMUNE_NOT_AT_POSTAL_CODE,
    );
  });
});
