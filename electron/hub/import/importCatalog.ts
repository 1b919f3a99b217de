import type { ImportMapping, ImportResult } from '../../../shared/protocol/catalogImport';
import { IMPORT_MAX_BYTES } from '../../../shared/protocol/catalogImport';
import { buildCatalog } from './catalog';
import { readCsv } from './csv';
import { decodeText } from './decode';
import { ImportFileError } from './importError';
import type { RawRow, RawTable } from './table';
import { MAX_CELLS, MAX_ROWS, tooManyCells, tooManyRows } from './table';
import { readXlsx } from './xlsx';

export interface ImportOptions {
  /** Used only as a hint for error messages; the content decides the format. */
  filename?: string;
  mapping?: ImportMapping;
  /** XLSX worksheet name (default: the first). */
  sheet?: string;
}

export type FileKind = 'xlsx' | 'xls' | 'csv';

export function sniffKind(buf: Buffer): FileKind {
  if (buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50) return 'xlsx';
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0 && buf.readUInt32BE(4) === 0xa1b11ae1) return 'xls';
  return 'csv';
}

export function readCsvTable(buf: Buffer): RawTable {
  const { text, encoding } = decodeText(buf);
  const rows: RawRow[] = [];
  let cells = 0;
  for (const rec of readCsv(text)) {
    if (rows.length >= MAX_ROWS) throw tooManyRows();
    cells += rec.cells.length;
    if (cells > MAX_CELLS) throw tooManyCells();
    rows.push(rec.problem ? { row: rec.row, cells: rec.cells, problem: rec.problem } : { row: rec.row, cells: rec.cells });
  }
  return { format: 'csv', encoding, rows };
}

/**
 * Reads a product catalog from CSV or XLSX bytes. Throws ImportFileError when the file as a whole
 * cannot be read; everything row-level comes back in `errors` / `warnings`.
 */
export async function importCatalog(buf: Buffer, opts: ImportOptions = {}): Promise<ImportResult> {
  if (buf.length === 0) throw new ImportFileError('empty', '文件是空的 / The file is empty');
  if (buf.length > IMPORT_MAX_BYTES) throw new ImportFileError('too_large', `文件超过 ${IMPORT_MAX_BYTES / 1024 / 1024} MB / File larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB`);
  const kind = sniffKind(buf);
  if (kind === 'xls') {
    throw new ImportFileError('unsupported', '不支持旧版 Excel（.xls），请在 Excel 中另存为 .xlsx 或 CSV / Legacy .xls is not supported: save as .xlsx or CSV');
  }
  if (kind === 'csv' && opts.filename && /\.xlsx$/i.test(opts.filename)) {
    throw new ImportFileError('corrupt', '文件扩展名是 .xlsx，但内容不是 XLSX（已损坏或被改名） / Named .xlsx but not an XLSX file');
  }
  const table = kind === 'xlsx' ? await readXlsx(buf, opts.sheet) : readCsvTable(buf);
  return buildCatalog(table, opts.mapping);
}
