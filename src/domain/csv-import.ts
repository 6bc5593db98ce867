import { searchKey } from './search';

// Reading a CSV of mentor candidates as spreadsheets export it: `;` or `,` separated, UTF-8 with
// or without BOM, or Latin-1 (Windows-1252, what Excel writes on a French Windows).

// Windows-1252 differs from Latin-1 in 0x80 to 0x9F (€, Œ, œ, curly quotes…); decoders do not
// all know it (Node's maps it to Latin-1), so those 27 characters are mapped here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The file's text: UTF-8 when it decodes as such (BOM dropped), Windows-1252 otherwise. */
export function decodeText(bytes: Uint8Array): {
  text: string;
  encoding: 'UTF-8' | 'Windows-1252';
} {
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = utf8Bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    let text = '';
    for (const byte of body)
      text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
    return { text, encoding: 'Windows-1252' };
  }
}

/** Splits one record's worth of text at a time, honouring quotes ("" is a quote inside one). */
function* records(text: string, separator: string): Generator<string[]> {
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === separator) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      cells.push(cell);
      yield cells;
      cells = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || cells.length) {
    cells.push(cell);
    yield cells;
  }
}

/** The separator is the one of `;` and `,` that the header line uses most, outside quotes. */
function separatorOf(text: string): ';' | ',' {
  const header = text.split(/\r?\n/, 1)[0]!.replace(/"[^"]*"/g, '');
  return (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

export interface ParsedCsv {
  separator: ';' | ',';
  headers: string[];
  /** Data rows, blank lines left out, each as long as the header. */
  rows: string[][];
}

export function parseCsv(text: string): ParsedCsv {
  const separator = separatorOf(text);
  const [headers = [], ...rest] = [...records(text, separator)].filter((cells) =>
    cells.some((c) => c.trim() !== ''),
  );
  const width = headers.length;
  return {
    separator,
    headers: headers.map((h) => h.trim()),
    rows: rest.map((cells) =>
      Array.from({ length: Math.max(width, cells.length) }, (_, i) => (cells[i] ?? '').trim()),
    ),
  };
}

/** The mentor fields a column can fill, with the headers French and English files use for them. */
export const IMPORT_FIELDS = {
  firstName: ['prenom', 'first name', 'firstname', 'given name'],
  lastName: ['nom', 'nom de famille', 'last name', 'lastname', 'surname', 'family name', 'name'],
  email: ['email', 'e mail', 'courriel', 'mail', 'adresse e mail', 'adresse mail', 'email address'],
  phone: ['telephone', 'tel', 'portable', 'mobile', 'phone', 'phone number', 'numero de telephone'],
  gender: ['genre', 'sexe', 'civilite', 'gender', 'sex'],
  postalCode: ['code postal', 'cp', 'postal code', 'zip', 'zip code', 'postcode'],
  commune: ['commune', 'ville', 'city', 'town', 'localite'],
  occupation: ['statut', 'situation', 'situation professionnelle', 'occupation', 'status'],
  sector: ['secteur', 'secteur d activite', 'sector', 'industry'],
  jobTitle: ['poste', 'metier', 'fonction', 'profession', 'job title', 'job', 'position'],
  employer: ['employeur', 'entreprise', 'societe', 'employer', 'company'],
  expertise: ['expertise', 'expertises', 'domaines', 'accompagnement', 'besoins', 'areas'],
  languages: ['langues', 'langues parlees', 'languages', 'language'],
  modalities: ['modalites', 'modalite', 'modalities', 'modality', 'format'],
  hoursPerMonth: ['heures par mois', 'disponibilite', 'heures', 'hours per month', 'hours'],
  capacity: ['capacite', 'nombre de jeunes', 'nombre de mentores', 'capacity', 'mentees'],
  menteeAgeMin: ['age min', 'age minimum', 'min age', 'minimum age'],
  menteeAgeMax: ['age max', 'age maximum', 'max age', 'maximum age'],
} as const;
export type ImportField = keyof typeof IMPORT_FIELDS;

const normalize = (header: string) =>
  searchKey(header)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * The field each column most likely holds: an exact known header first, then a known header
 * the column's contains; a field is used once, a column with no guess is left out (null).
 */
export function guessMapping(headers: string[]): (ImportField | null)[] {
  const keys = headers.map(normalize);
  const used = new Set<ImportField>();
  const fields = Object.entries(IMPORT_FIELDS) as [ImportField, readonly string[]][];
  const pick = (match: (known: string) => boolean) => {
    const found = fields.find(([field, known]) => !used.has(field) && known.some(match));
    if (found) used.add(found[0]);
    return found?.[0] ?? null;
  };
  const exact = keys.map((key) => pick((known) => known === key));
  return exact.map(
    (field, i) =>
      field ?? (keys[i] ? pick((known) => known.length > 3 && keys[i]!.includes(known)) : null),
  );
}

/** Codes by the text a cell may hold for them: the code itself or its label, without case or accents. */
export type Vocabulary = Record<string, Record<string, string>>;

export interface RowDefaults {
  menteeAgeMin: number;
  menteeAgeMax: number;
}

const LIST_FIELDS = new Set<ImportField>(['expertise', 'languages', 'modalities']);
const NUMBER_FIELDS = new Set<ImportField>([
  'hoursPerMonth',
  'capacity',
  'menteeAgeMin',
  'menteeAgeMax',
]);
const NULLABLE = new Set<ImportField>(['phone', 'sector', 'jobTitle', 'employer']);

/**
 * One CSV row as a mentor candidate for the API, which validates it. A cell it cannot read is
 * passed on as typed, so the error lands on that cell; empty optional cells take their default.
 */
export function rowToMentor(
  cells: string[],
  mapping: (ImportField | null)[],
  vocabulary: Vocabulary,
  defaults: RowDefaults,
): Record<string, unknown> {
  const code = (field: string, text: string) => vocabulary[field]?.[normalize(text)] ?? text;
  const out: Record<string, unknown> = {
    gender: 'UNSPECIFIED',
    phone: null,
    sector: null,
    jobTitle: null,
    employer: null,
    expertise: [],
    languages: ['fr'],
    hoursPerMonth: 4,
    preferredSlots: [],
    capacity: 1,
    ...defaults,
    honorabilityCheck: null,
    training: null,
  };
  mapping.forEach((field, i) => {
    const text = cells[i] ?? '';
    if (!field || (text === '' && field in out)) return;
    if (LIST_FIELDS.has(field))
      out[field] = text
        .split(/[,;|/+]/)
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => (field === 'languages' ? part.toLowerCase() : code(field, part)));
    else if (NUMBER_FIELDS.has(field)) out[field] = /^\d+$/.test(text) ? Number(text) : text;
    else if (NULLABLE.has(field)) out[field] = text || null;
    else out[field] = field in vocabulary ? code(field, text) : text;
  });
  return out;
}

/** A vocabulary entry from codes and their labels: both are accepted in a cell. */
export function vocabularyOf(labels: Record<string, string>, extra: Record<string, string> = {}) {
  const entries: Record<string, string> = {};
  for (const [codeValue, label] of Object.entries(labels)) {
    entries[normalize(codeValue)] = codeValue;
    entries[normalize(label)] = codeValue;
  }
  for (const [text, codeValue] of Object.entries(extra)) entries[normalize(text)] = codeValue;
  return entries;
}
