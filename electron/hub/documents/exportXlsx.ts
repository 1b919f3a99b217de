import type { ExportRequest } from '../../../shared/protocol/http';
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

/**
 * Writes the sheets to an XLSX. Every string is written as a string cell — never a formula — so
 * a talking point starting with "=" cannot execute when the file is opened.
 */
export async function buildXlsx(req: ExportRequest): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'LiveDeck';
  wb.title = req.title;
  const used = new Set<string>();
  for (const sheet of req.sheets) {
    const name = sheetName(sheet.name, used);
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.rows.forEach((cells, r) => {
      const row = ws.getRow(r + 1);
      cells.forEach((v, c) => {
        const cell = row.getCell(c + 1);
        cell.value = v;
        cell.alignment = { vertical: 'top', wrapText: typeof v === 'string' && v.length > 20 };
      });
      if (r === 0) row.font = { bold: true };
    });
    sheet.widths?.forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
