import { printToPdf, saveFile, type SaveResult } from '../../services/saveFile';
import { apiFetch } from '../../services/hubHttp';
import { safeFileName } from '../../../../shared/text/fileName';
import { fileStamp } from './reviewFormat';

export class ExportError extends Error {
  constructor(readonly status: number | null, message: string) {
    super(message);
  }
}

/** 复盘-<title>-20241108-2000 */
export function reportFileName(title: string, at: number): string {
  return `复盘-${safeFileName(title, { maxLength: 60, fallback: 'livedeck' })}-${fileStamp(at)}`;
}

/**
 * The per-product table as CSV (the hub's /api/review.csv: BOM, Excel-safe cells), saved through
 * the desktop shell's save dialog when there is one, else downloaded by the browser.
 */
export async function exportCsv(title: string, at: number): Promise<SaveResult> {
  let res: Response;
  try {
    res = await apiFetch('/api/review.csv', { cache: 'no-store' });
  } catch {
    throw new ExportError(null, 'network');
  }
  if (!res.ok) throw new ExportError(res.status, `HTTP ${res.status}`);
  const blob = new Blob([await res.arrayBuffer()], { type: 'text/csv;charset=utf-8' });
  return saveFile(blob, `${reportFileName(title, at)}.csv`, { name: 'CSV', extensions: ['csv'] });
}

/** The page as an A4 landscape PDF through the desktop shell, else the browser's print dialog. */
export function exportPdf(title: string, at: number): Promise<SaveResult> {
  return printToPdf({ suggestedName: `${reportFileName(title, at)}.pdf`, landscape: true, pageSize: 'A4', printBackground: true });
}
