import { describe, expect, it } from 'vitest';
import { decodeText, guessMapping, parseCsv, rowToMentor, vocabularyOf } from './csv-import';
import { MentorInput } from './schemas';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decoding a CSV file', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeText(utf8('\uFEFFPrénom;Nom'))).toEqual({ text: 'Prénom;Nom', encoding: 'UTF-8' });
    expect(decodeText(utf8('Prénom;Nom')).text).toBe('Prénom;Nom');
  });

  it('reads Latin-1 (Windows-1252) when the bytes are not UTF-8', () => {
    // "Hélène;Œuvre" as Excel writes it on a French Windows.
    const bytes = new Uint8Array([
      0x48, 0xe9, 0x6c, 0xe8, 0x6e, 0x65, 0x3b, 0x8c, 0x75, 0x76, 0x72, 0x65,
    ]);
    expect(decodeText(bytes)).toEqual({ text: 'Hélène;Œuvre', encoding: 'Windows-1252' });
  });
});

describe('parsing a CSV file', () => {
  it('finds the separator, honours quotes, CRLF and skips blank lines', () => {
    const parsed = parseCsv(
      'Prénom;Nom;Note\r\n"Anne; Marie";"Dupont ""Dudu""";"deux\nlignes"\r\n\r\nLéo;Ba\r\n',
    );
    expect(parsed.separator).toBe(';');
    expect(parsed.headers).toEqual(['Prénom', 'Nom', 'Note']);
    expect(parsed.rows).toEqual([
      ['Anne; Marie', 'Dupont "Dudu"', 'deux\nlignes'],
      ['Léo', 'Ba', ''],
    ]);
  });

  it('reads comma-separated files too', () => {
    expect(parseCsv('first name,last name\nAda,"Lovelace, Countess"').rows).toEqual([
      ['Ada', 'Lovelace, Countess'],
    ]);
  });
});

describe('guessing the columns', () => {
  it('maps French and English headers, whatever their case and accents', () => {
    expect(
      guessMapping([
        'Prénom',
        'NOM',
        'Adresse e-mail',
        'Téléphone',
        'Code postal',
        'Ville',
        'Commentaire',
      ]),
    ).toEqual(['firstName', 'lastName', 'email', 'phone', 'postalCode', 'commune', null]);
    expect(
      guessMapping(['First name', 'Last name', 'Email', 'Zip code', 'City', 'Languages']),
    ).toEqual(['firstName', 'lastName', 'email', 'postalCode', 'commune', 'languages']);
  });

  it('uses a field once', () => {
    expect(guessMapping(['Email', 'Mail'])).toEqual(['email', null]);
  });
});

describe('a row as a mentor candidate', () => {
  const vocabulary = {
    expertise: vocabularyOf({ ORIENTATION: 'Orientation', INTERNSHIP: 'Stage / alternance' }),
    modalities: vocabularyOf({ REMOTE: 'À distance', PUBLIC_PLACE: 'Lieu public' }),
    occupation: vocabularyOf(
      { EMPLOYEE: 'Salarié·e' },
      { salarie: 'EMPLOYEE', salariee: 'EMPLOYEE' },
    ),
    gender: vocabularyOf({ FEMALE: 'Femme', MALE: 'Homme' }, { f: 'FEMALE', m: 'MALE' }),
  };
  const mapping = guessMapping([
    'Prénom',
    'Nom',
    'Email',
    'Code postal',
    'Ville',
    'Statut',
    'Modalités',
    'Expertise',
    'Capacité',
    'Sexe',
  ]);

  it('turns labels into codes, lists into arrays and numbers into numbers, with defaults', () => {
    const input = rowToMentor(
      [
        'Hélène',
        'Roux',
        'h.roux@exemple.fr',
        '69003',
        'Lyon',
        'Salariée',
        'a distance, Lieu public',
        'orientation',
        '2',
        'F',
      ],
      mapping,
      vocabulary,
      { menteeAgeMin: 13, menteeAgeMax: 25 },
    );
    expect(MentorInput.parse(input)).toMatchObject({
      firstName: 'Hélène',
      occupation: 'EMPLOYEE',
      modalities: ['REMOTE', 'PUBLIC_PLACE'],
      expertise: ['ORIENTATION'],
      capacity: 2,
      gender: 'FEMALE',
      languages: ['fr'],
      phone: null,
    });
  });

  it('passes on what it cannot read, so the error lands on that cell', () => {
    const input = rowToMentor(
      ['', 'Roux', 'pas-un-email', '69003', 'Lyon', 'Astronaute', 'Téléportation', '', 'deux', ''],
      mapping,
      vocabulary,
      { menteeAgeMin: 13, menteeAgeMax: 25 },
    );
    const result = MentorInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(new Set(result.error!.issues.map((i) => String(i.path[0])))).toEqual(
      new Set(['firstName', 'email', 'occupation', 'modalities', 'capacity']),
    );
  });
});
