import type { ImportIssue } from '../../../shared/protocol/catalogImport';

/** A sheet read from CSV or XLSX, before any interpretation. */
export type RawCell = string | number;

export interface RawRow {
  /** Row number as the user sees it in Excel. */
  row: number;
  cells: RawCell[];
  /** The reader could not read this row reliably (unclosed quote, huge cell…). */
  problem?: ImportIssue;
}

export interface RawTable {
  format: 'csv' | 'xlsx';
  encoding?: string;
  sheet?: string;
  sheets?: string[];
  rows: RawRow[];
}

export const MAX_ROWS = 100_000;

export const cellText = (c: RawCell | undefined): string => (c === undefined ? '' : typeof c === 'number' ? String(c) : c);
export const isBlankRow = (r: RawRow): boolean => !r.problem && r.cells.every((c) => cellText(c).trim() === '');
