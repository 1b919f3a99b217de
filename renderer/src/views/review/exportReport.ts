import { apiFetch } from '../../services/hubHttp';
import { fileStamp, safeFilePart } from './reviewFormat';

/** How an export ended: saved through the desktop shell (with its path), handed to the browser, or cancelled. */
export type ExportResult = { kind: 'saved'; path: string } | { kind: 'downloaded' } | { kind: 'cancelled' };

export class ExportError extends Error {
  constructor(readonly status: number | null, message: string) {
    super(message);
  }
}

/** 复盘-<title>-20241108-2000 */
export function reportFileName(title: string, at: number): string {
  return `复盘-${safeFilePart(title)}-${fileStamp(at)}`;
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(bin);
}

/** Hands a blob to the browser as a download (an <a download> click on an object URL). */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
    a.remove();
  }, 2000);
}

/**
 * The per-product table as CSV (the hub's /api/review.csv: BOM, Excel-safe cells), saved through
 * the desktop shell's save dialog when there is one, else downloaded by the browser.
 */
export async function exportCsv(title: string, at: number): Promise<ExportResult> {
  let res: Response;
  try {
    res = await apiFetch('/api/review.csv', { cache: 'no-store' });
  } catch {
    throw new ExportError(null, 'network');
  }
  if (!res.ok) throw new ExportError(res.status, `HTTP ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const name = `${reportFileName(title, at)}.csv`;
  const shell = window.livedeck;
  if (shell?.saveFile) {
    const path = await shell.saveFile({ suggestedName: name, bytesBase64: toBase64(bytes), filters: [{ name: 'CSV', extensions: ['csv'] }] });
    return path ? { kind: 'saved', path } : { kind: 'cancelled' };
  }
  download(new Blob([bytes], { type: 'text/csv;charset=utf-8' }), name);
  return { kind: 'downloaded' };
}

/** The page as an A4 landscape PDF through the desktop shell, else the browser's print dialog. */
export async function exportPdf(title: string, at: number): Promise<ExportResult> {
  const shell = window.livedeck;
  if (shell?.printToPdf) {
    const path = await shell.printToPdf({ suggestedName: `${reportFileName(title, at)}.pdf`, landscape: true, pageSize: 'A4', printBackground: true });
    return path ? { kind: 'saved', path } : { kind: 'cancelled' };
  }
  window.print();
  return { kind: 'downloaded' };
}
