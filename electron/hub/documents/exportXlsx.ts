import type { ExportRequest } from '../../../shared/protocol/http';

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
    let name = sheet.name.replace(SHEET_NAME_BAD, ' ').slice(0, 31) || 'Sheet';
    while (used.has(name)) name = `${name.slice(0, 28)}_${used.size}`;
    used.add(name);
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
