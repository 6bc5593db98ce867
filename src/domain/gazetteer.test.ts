import { describe, expect, it } from 'vitest';
import { gazetteerFrom, loadGazetteer } from './gazetteer';

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
