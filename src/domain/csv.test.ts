import { describe, expect, it } from 'vitest';
import { csvLine, csvText, csvValue } from './csv';

describe('CSV for French spreadsheets', () => {
  it('neutralises every text that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvText(`${start}HYPERLINK("http://x")`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvText('=1+1')).toBe("'=1+1");
    expect(csvText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvText('Marie-Claire')).toBe('Marie-Claire');
  });

  it('quotes separators, quotes, line breaks and surrounding spaces', () => {
    expect(csvText('Lyon; 3e')).toBe('"Lyon; 3e"');
    expect(csvText('dit "Jo"')).toBe('"dit ""Jo"""');
    expect(csvText('deux\nlignes')).toBe('"deux\nlignes"');
    expect(csvText(' espace')).toBe('" espace"');
    // Neutralised, then quoted: the carriage return stays inside the cell.
    expect(csvText('\r=1')).toBe(`"'\r=1"`);
  });

  it('writes numbers with a decimal comma and a negative sign intact', () => {
    expect(csvValue({ type: 'number', value: 2.5 })).toBe('2,5');
    expect(csvValue({ type: 'number', value: -3 })).toBe('-3');
  });

  it('writes days as 27/11/2026 and times in Paris time', () => {
    expect(csvValue({ type: 'date', value: '2026-11-27' })).toBe('27/11/2026');
    // 23:30 UTC on 31 December is already New Year's Day in Paris.
    expect(csvValue({ type: 'datetime', value: '2025-12-31T23:30:00Z' })).toBe('01/01/2026 00:30');
    expect(csvValue({ type: 'datetime', value: '2026-07-01T10:05:00Z' })).toBe('01/07/2026 12:05');
  });

  it('separates cells with `;`, ends lines with CRLF, leaves empty cells empty', () => {
    expect(csvLine([{ type: 'text', value: 'a' }, null, { type: 'number', value: 1 }])).toBe(
      'a;;1\r\n',
    );
  });
});
