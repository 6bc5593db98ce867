import { Zip, ZipDeflate, strToU8 } from 'fflate';
import type { Cell } from '../src/domain/exports';

// A streaming XLSX writer: one sheet of inline strings, numbers and dates, zipped as it is
// written (fflate, the same in Node and in the page), so memory stays flat however many rows.
// Dates are Excel serial numbers with a date format: a spreadsheet sorts and filters them as dates.

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const STATIC_PARTS: Record<string, string> = {
  '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  '_rels/.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  // Styles: 0 plain, 1 date, 2 date and time, 3 bold (the header).
  'xl/styles.xml': `${XML}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy hh:mm"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="4"><xf/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/><xf fontId="1" applyFont="1"/></cellXfs></styleSheet>`,
};

const workbook = (sheetName: string) =>
  `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;

// Characters XML 1.0 cannot carry are dropped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const escapeXml = (text: string) =>
  text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const column = (index: number): string =>
  index < 26
    ? String.fromCharCode(65 + index)
    : column(Math.floor(index / 26) - 1) + column(index % 26);

const EXCEL_EPOCH_DAYS = 25_569;
const serial = (ms: number) => ms / 86_400_000 + EXCEL_EPOCH_DAYS;

const PARIS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The wall-clock time in Paris, as the milliseconds of that same reading in UTC. */
function parisClock(iso: string): number {
  const parts = Object.fromEntries(
    PARIS.formatToParts(new Date(iso)).map((p) => [p.type, Number(p.value)]),
  );
  return Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
}

function cellXml(cell: Cell, ref: string, style = 0): string {
  if (cell === null) return '';
  switch (cell.type) {
    case 'text':
      return `<c r="${ref}" t="inlineStr"${style ? ` s="${style}"` : ''}><is><t xml:space="preserve">${escapeXml(cell.value)}</t></is></c>`;
    case 'number':
      return Number.isFinite(cell.value) ? `<c r="${ref}"><v>${cell.value}</v></c>` : '';
    case 'date':
      return `<c r="${ref}" s="1"><v>${serial(Date.parse(`${cell.value}T00:00:00Z`))}</v></c>`;
    case 'datetime':
      return `<c r="${ref}" s="2"><v>${serial(parisClock(cell.value))}</v></c>`;
  }
}

export interface XlsxWriter {
  /** Adds rows; returns the zipped bytes ready to send. */
  rows(rows: Cell[][]): Uint8Array[];
  /** Closes the sheet and the archive; returns the last bytes. */
  end(): Uint8Array[];
}

export function xlsxWriter(sheetName: string, header: string[]): XlsxWriter {
  let ready: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    ready.push(chunk);
  });
  const take = () => {
    const out = ready;
    ready = [];
    return out;
  };
  const add = (name: string, text: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(strToU8(text), true);
  };
  for (const [name, text] of Object.entries(STATIC_PARTS)) add(name, text);
  add('xl/workbook.xml', workbook(sheetName));
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
  zip.add(sheet);
  let row = 0;
  const rowXml = (cells: Cell[], style?: number) => {
    row += 1;
    return `<row r="${row}">${cells.map((c, i) => cellXml(c, `${column(i)}${row}`, style)).join('')}</row>`;
  };
  sheet.push(
    strToU8(
      `${XML}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>${rowXml(
        header.map((value) => ({ type: 'text', value })),
        3,
      )}`,
    ),
  );
  return {
    rows(cells) {
      sheet.push(strToU8(cells.map((c) => rowXml(c)).join('')));
      return take();
    },
    end() {
      sheet.push(strToU8('</sheetData></worksheet>'), true);
      zip.end();
      return take();
    },
  };
}
