import type { ImportIssue } from '../../../shared/protocol/catalogImport';
import { IMPORT_LIMITS } from '../../../shared/protocol/catalogImport';
import { ImportFileError } from './importError';

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

export const MAX_ROWS = IMPORT_LIMITS.maxRows;
export const MAX_CELLS = IMPORT_LIMITS.maxCells;

/** Whole-file refusals when a sheet is past the row or cell limit (docs/import.md). */
export const tooManyRows = () => new ImportFileError('too_many_rows', `表格超过 ${MAX_ROWS} 行 / More than ${MAX_ROWS} rows`);
export const tooManyCells = () => new ImportFileError('too_many_cells', `表格超过 ${MAX_CELLS} 个单元格 / More than ${MAX_CELLS} cells`);

export const cellText = (c: RawCell | undefined): string => (c === undefined ? '' : typeof c === 'number' ? String(c) : c);
export const isBlankRow = (r: RawRow): boolean => !r.problem && r.cells.every((c) => cellText(c).trim() === '');
