import { ExportRequest } from '../../../shared/protocol/http';
import { validateJsonBody } from '../http/validateJson';
import { sanitizeViewerText } from '../../../shared/text/sanitize';

/**
 * A worksheet name Excel (and exceljs) accept, from any text: the characters \ / ? * [ ] : and
 * controls, bidi and zero-width characters replaced, no apostrophe at either end, at most 31
 * characters, not the reserved "History", unique case-insensitively. Never throws.
 */
export function sheetName(raw: string, used: Set<string>): string {
  let name = sanitizeViewerText(raw.replace(SHEET_NAME_BAD, ' '), 31).replace(/…$/, '').replace(/^'+|'+$/g, '').trim();
  if (!name || name.toLowerCase() === 'history') name = name ? `${name}_` : 'Sheet';
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${name.slice(0, 31 - String(n).length - 1)}_${n}`;
  used.add(candidate.toLowerCase());
  return candidate;
}
const SHEET_NAME_BAD = /[\\/?*[\]:]/g;

type Cell = ExportRequest['sheets'][number]['rows'][number][number];

/** What the export worker gets first: the file to write and each sheet without its rows. */
export interface XlsxPlan {
  file: string;
  title: string;
  sheets: { name: string; widths?: number[] | undefined; rows: number }[];
}

/** Rows in order: `rows` of sheet `sheet` (index in the plan). */
export interface XlsxRowsChunk { sheet: number; rows: Cell[][] }

/** Where writeXlsxFile reads its rows, chunk by chunk: null after the last. */
export interface RowSource { next(): Promise<XlsxRowsChunk | null> }

/** The export job (run in the hub's job worker): the request's raw JSON and the file to write. */
export interface ExportXlsxJob { bytes: Uint8Array; file: string }

const ROWS_PER_CHUNK = 1000;

/**
 * Parses and validates an export request (the route's contract, shared/protocol/http.ts) and
 * writes its XLSX to `file`. A request that is not valid JSON or not an ExportRequest is refused
 * with the code `invalid` and the path of the first problem, as the dispatcher would.
 */
export async function exportXlsxJob({ bytes, file }: ExportXlsxJob): Promise<{ file: string; title: string }> {
  const req = validateJsonBody(ExportRequest, bytes);
  if (!req.ok) throw Object.assign(new Error(req.message), { code: req.code, ...(req.path === undefined ? {} : { path: req.path }) });
  const { title, sheets } = req.value;
  const plan: XlsxPlan = { file, title, sheets: sheets.map((s) => ({ name: s.name, rows: s.rows.length, ...(s.widths ? { widths: s.widths } : {}) })) };
  let sheet = 0;
  let at = 0;
  await writeXlsxFile(plan, {
    next: async () => {
      while (sheet < sheets.length && at >= sheets[sheet]!.rows.length) { sheet++; at = 0; }
      if (sheet >= sheets.length) return null;
      const rows = sheets[sheet]!.rows.slice(at, at + ROWS_PER_CHUNK);
      at += rows.length;
      return { sheet, rows };
    },
  });
  return { file, title };
}

const TOP_WRAP = { vertical: 'top', wrapText: true } as const;
const TOP_NOWRAP = { vertical: 'top', wrapText: false } as const;

/**
 * Writes the sheets to an XLSX file with exceljs's streaming writer (each row written and let go,
 * strings inline, no shared-string table), from rows read in chunks from `source`.
 * Every string is written as a string cell — never a formula — so a talking point starting with
 * "=" cannot execute when the file is opened. Runs in the hub's job worker.
 */
export async function writeXlsxFile(plan: XlsxPlan, source: RowSource): Promise<{ file: string }> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: plan.file, useStyles: true, useSharedStrings: false });
  wb.creator = 'LiveDeck';
  wb.title = plan.title;
  const used = new Set<string>();
  let current = -1;
  let ws: ReturnType<typeof wb.addWorksheet> | null = null;
  let r = 0;
  const open = (i: number) => {
    ws?.commit();
    const sheet = plan.sheets[i]!;
    ws = wb.addWorksheet(sheetName(sheet.name, used), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.widths?.forEach((w, c) => { ws!.getColumn(c + 1).width = w; });
    current = i;
    r = 0;
  };
  for (;;) {
    const chunk = await source.next();
    if (!chunk) break;
    while (current < chunk.sheet) open(current + 1);
    for (const cells of chunk.rows) {
      const row = ws!.getRow(++r);
      cells.forEach((v, c) => {
        const cell = row.getCell(c + 1);
        cell.value = v;
        cell.alignment = typeof v === 'string' && v.length > 20 ? TOP_WRAP : TOP_NOWRAP;
      });
      if (r === 1) row.font = { bold: true };
      row.commit();
    }
  }
  while (current < plan.sheets.length - 1) open(current + 1);
  (ws as { commit(): void } | null)?.commit();
  await wb.commit();
  return { file: plan.file };
}
