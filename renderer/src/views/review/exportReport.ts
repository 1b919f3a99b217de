import { printToPdf, saveFile, type SaveResult } from '../../services/saveFile';
import { apiFetch } from '../../services/hubHttp';
import { httpPath } from '../../../../shared/protocol/http';
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

async function downloadCsv(path: string, name: string): Promise<SaveResult> {
  let res: Response;
  try {
    res = await apiFetch(path, { cache: 'no-store' });
  } catch {
    throw new ExportError(null, 'network');
  }
  if (!res.ok) throw new ExportError(res.status, `HTTP ${res.status}`);
  const blob = new Blob([await res.arrayBuffer()], { type: 'text/csv;charset=utf-8' });
  return saveFile(blob, name, { name: 'CSV', extensions: ['csv'] });
}

/**
 * The per-product table as CSV (the hub's /api/review.csv, or a past session's
 * /api/review/sessions/:id/csv: BOM, Excel-safe cells), saved through the desktop shell's save
 * dialog when there is one, else downloaded by the browser.
 */
export function exportCsv(title: string, at: number, session: string | null = null): Promise<SaveResult> {
  const path = session === null ? httpPath('reviewCsv', {}) : httpPath('reviewSessionCsv', { id: session });
  return downloadCsv(path, `${reportFileName(title, at)}.csv`);
}

/** 直播PK as CSV (/api/review/compare/:a/:b/csv): totals with B−A, aligned minutes, products. */
export function exportCompareCsv(a: { id: string; title: string; at: number }, b: { id: string; title: string }): Promise<SaveResult> {
  const name = `直播PK-${safeFileName(a.title, { maxLength: 40, fallback: 'A' })}-vs-${safeFileName(b.title, { maxLength: 40, fallback: 'B' })}-${fileStamp(a.at)}`;
  return downloadCsv(httpPath('reviewCompareCsv', { a: a.id, b: b.id }), `${name}.csv`);
}

/** The page as an A4 landscape PDF through the desktop shell, else the browser's print dialog. */
export function exportPdf(title: string, at: number): Promise<SaveResult> {
  return printToPdf({ suggestedName: `${reportFileName(title, at)}.pdf`, landscape: true, pageSize: 'A4', printBackground: true });
}
