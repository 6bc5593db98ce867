import type { Cell } from './exports';

// CSV as French spreadsheets open it: UTF-8 with BOM, `;` separated, CRLF, dates as 27/11/2026,
// decimal commas, and every text cell that a spreadsheet would run as a formula neutralised
// (ARCHITECTURE.md, decisions).

export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell: neutralised when it starts like a formula, quoted when it must be. */
export function csvText(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

const PARIS_TIME = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** 2026-11-27 as 27/11/2026. */
export const frenchDay = (iso: string) =>
  `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export function csvValue(cell: Cell): string {
  if (cell === null) return '';
  switch (cell.type) {
    case 'text':
      return csvText(cell.value);
    case 'number':
      // A number is never a formula: a negative one keeps its sign.
      return String(cell.value).replace('.', ',');
    case 'date':
      return frenchDay(cell.value);
    case 'datetime':
      return PARIS_TIME.format(new Date(cell.value)).replace(',', '');
  }
}

export const csvLine = (cells: Cell[]) => cells.map(csvValue).join(';') + '\r\n';

/** A header line: labels are text. */
export const csvHeader = (labels: string[]) =>
  csvLine(labels.map((value) => ({ type: 'text', value })));
