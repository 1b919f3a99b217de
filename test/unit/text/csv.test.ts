import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../shared/text/csv';

describe('CSV writer', () => {
  it('escapes cells that a spreadsheet would read as a formula (= + - @ tab CR)', () => {
    expect(['=1+1', '+1', '-1+1', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual(["'=1+1", "'+1", "'-1+1", "'@SUM(A1)", "'\tx", `"'\rx"`]);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-5)).toBe('-5');
  });

  it('quotes commas, quotes and line breaks, and writes null as an empty cell', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"\nthere')).toBe('"say ""hi""\nthere"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('writes CRLF rows with a BOM by default, and without one when asked', () => {
    expect(toCsv([['a', 1], ['b', 2]])).toBe('\ufeffa,1\r\nb,2\r\n');
    expect(toCsv([['a', 1]], { bom: false })).toBe('a,1\r\n');
  });
});
