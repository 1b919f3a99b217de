import type { CellValue, Workbook } from 'exceljs';
import { ImportFileError } from './importError';
import type { RawCell, RawRow, RawTable } from './table';
import { MAX_CELLS, MAX_ROWS, tooManyCells, tooManyRows } from './table';
import { MAX_COLUMNS } from './csv';
import { checkZip } from './zipGuard';

function toRaw(v: CellValue | undefined): RawCell {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    // Formula cells: the cached result is the value; the formula itself is never imported.
    if ('result' in v) return toRaw(v.result as CellValue);
    if ('formula' in v || 'sharedFormula' in v) return '';
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('error' in v) return String(v.error);
  }
  return '';
}

/** Reads the first worksheet (or the one named) of an XLSX into raw rows with Excel row numbers. */
export async function readXlsx(buf: Buffer, sheetName?: string): Promise<RawTable> {
  checkZip(buf);
  const ExcelJS = (await import('exceljs')).default;
  const wb: Workbook = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch (err) {
    throw new ImportFileError('corrupt', `XLSX 文件无法读取：${(err as Error).message.slice(0, 200)} / The XLSX file cannot be read`);
  }
  const sheets = wb.worksheets.map((w) => w.name);
  const ws = sheetName ? wb.getWorksheet(sheetName) : wb.worksheets[0];
  if (!ws) {
    throw new ImportFileError('unsupported', sheetName
      ? `工作表「${sheetName}」不存在（可用：${sheets.join('、')}） / No worksheet named "${sheetName}"`
      : 'XLSX 中没有工作表 / The workbook has no worksheet');
  }
  const rows: RawRow[] = [];
  let over: ImportFileError | null = null;
  let cellsRead = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (over) return;
    if (rows.length >= MAX_ROWS) { over = tooManyRows(); return; }
    const count = Math.min(row.cellCount, MAX_COLUMNS);
    cellsRead += count;
    if (cellsRead > MAX_CELLS) { over = tooManyCells(); return; }
    const cells: RawCell[] = [];
    for (let c = 1; c <= count; c++) cells.push(toRaw(row.getCell(c).value));
    rows.push(row.cellCount > MAX_COLUMNS
      ? { row: rowNumber, cells, problem: { code: 'too_many_columns', params: { max: MAX_COLUMNS } } }
      : { row: rowNumber, cells });
  });
  if (over) throw over;
  return { format: 'xlsx', sheet: ws.name, sheets, rows };
}
