/**
 * RFC 4180 CSV reader with the quirks of files saved by Excel and shop back-ends: comma, tab or
 * semicolon delimiter (sniffed from the first line), quoted cells with doubled quotes and line
 * breaks, CRLF/LF/CR line ends. Hard limits keep hostile files from exhausting memory.
 */
import type { ImportIssue } from '../../../shared/protocol/catalogImport';
import { IMPORT_LIMITS } from '../../../shared/protocol/catalogImport';

export const MAX_CELL_CHARS = IMPORT_LIMITS.maxCellChars; // Excel's own limit per cell
export const MAX_COLUMNS = IMPORT_LIMITS.maxColumns;

export interface CsvRecord {
  /** 1-based record number = the row number Excel shows. */
  row: number;
  cells: string[];
  /** Set when the record could not be read correctly. */
  problem?: ImportIssue;
}

export function sniffDelimiter(text: string): string {
  let end = text.indexOf('\n');
  if (end < 0) end = text.length;
  const first = text.slice(0, Math.min(end, 10_000));
  const counts: [string, number][] = [',', '\t', ';', '，'].map((d) => [d, first.split(d).length - 1]);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

export function* readCsv(text: string, delimiter = sniffDelimiter(text)): Generator<CsvRecord> {
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  let i = 0;
  let row = 0;
  while (i < n) {
    row++;
    const cells: string[] = [];
    let problem: ImportIssue | undefined;
    let cell = '';
    let quoted = false;
    let atCellStart = true;
    let cellStart = i;
    for (;;) {
      if (i >= n) {
        if (quoted) problem = { code: 'unclosed_quote', params: { row } };
        cells.push(cell);
        break;
      }
      const c = text.charCodeAt(i);
      if (quoted) {
        if (c === 34) {
          if (text.charCodeAt(i + 1) === 34) { cell += '"'; i += 2; continue; }
          quoted = false;
          i++;
          continue;
        }
        // Copy a run of ordinary characters at once.
        let j = i + 1;
        while (j < n && text.charCodeAt(j) !== 34) j++;
        cell += text.slice(i, j);
        i = j;
        if (cell.length > MAX_CELL_CHARS) problem ??= { code: 'cell_too_long', params: { max: MAX_CELL_CHARS } };
        if (cell.length > MAX_CELL_CHARS) cell = cell.slice(0, 64);
        continue;
      }
      if (c === 34 && atCellStart) { quoted = true; atCellStart = false; i++; continue; }
      if (c === d) {
        cells.push(cell);
        cell = '';
        atCellStart = true;
        i++;
        cellStart = i;
        if (cells.length > MAX_COLUMNS) {
          problem ??= { code: 'too_many_columns', params: { max: MAX_COLUMNS } };
          while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
        }
        continue;
      }
      if (c === 10 || c === 13) {
        cells.push(cell);
        i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
        break;
      }
      // Unquoted run up to the next delimiter, quote or line end.
      let j = i + 1;
      while (j < n) {
        const cj = text.charCodeAt(j);
        if (cj === d || cj === 10 || cj === 13) break;
        j++;
      }
      cell += text.slice(i, j);
      atCellStart = false;
      i = j;
      if (i - cellStart > MAX_CELL_CHARS) {
        problem ??= { code: 'cell_too_long', params: { max: MAX_CELL_CHARS } };
        cell = cell.slice(0, 64);
      }
    }
    yield problem ? { row, cells, problem } : { row, cells };
  }
}
