import type { FileFilter, PrintToPdfArgs } from '../../../shared/protocol/ipc';
import { bridge } from './bridge';

/** How a save ended: through the desktop shell (with its path), handed to the browser, or cancelled. */
export type SaveResult = { kind: 'saved'; path: string } | { kind: 'downloaded' } | { kind: 'cancelled' };

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
  }, 10_000);
}

/**
 * Saves `blob` as `fileName` through the desktop shell's save dialog when there is one, else as a
 * browser download. `fileName` must already be safe (shared/text/fileName `safeFileName`).
 */
export async function saveFile(blob: Blob, fileName: string, filter: FileFilter): Promise<SaveResult> {
  const b = bridge();
  if (typeof b?.saveFile === 'function') {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const path = await b.saveFile({ suggestedName: fileName, bytesBase64: toBase64(bytes), filters: [filter] });
    return path ? { kind: 'saved', path } : { kind: 'cancelled' };
  }
  download(blob, fileName);
  return { kind: 'downloaded' };
}

/** Prints the page to a PDF file through the desktop shell, else opens the browser's print dialog. */
export async function printToPdf(args: PrintToPdfArgs): Promise<SaveResult> {
  const b = bridge();
  if (typeof b?.printToPdf === 'function') {
    const path = await b.printToPdf(args);
    return path ? { kind: 'saved', path } : { kind: 'cancelled' };
  }
  window.print();
  return { kind: 'downloaded' };
}
