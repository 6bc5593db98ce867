// CSV as French spreadsheets open it: UTF-8 with BOM, `;` separated, CRLF, and every cell that a
// spreadsheet would run as a formula neutralised (ARCHITECTURE.md, decisions).

export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = Array.isArray(value)
    ? value.join(', ')
    : typeof value === 'boolean'
      ? value
        ? 'oui'
        : 'non'
      : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (values: unknown[]) => values.map(csvCell).join(';') + '\r\n';

/** The meetings export: no names, no notes; a funder's view of activity. */
export const MEETING_EXPORT = {
  filename: 'rencontres.csv',
  header: [
    'Identifiant',
    'Binôme',
    'Date',
    'Durée (min)',
    'Modalité',
    'Présence',
    'Thèmes',
    'Signalement',
  ],
  row: (m: {
    id: string;
    mentorshipId: string;
    date: string;
    durationMinutes: number;
    modality: string;
    attendance: string;
    topics: string[];
    concern: boolean;
  }) => [
    m.id,
    m.mentorshipId,
    m.date,
    m.durationMinutes,
    m.modality,
    m.attendance,
    m.topics,
    m.concern,
  ],
};
