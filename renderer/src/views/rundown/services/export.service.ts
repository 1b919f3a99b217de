import { toastActions } from '../../../store/toasts.slice';
import { trd } from '../i18n';
import { catalogTable, SHOW_TABLE_WIDTHS, showTable, toCsv } from '../model/exportTable';
import { useShowStore } from '../store/show.slice';
import { hubFile } from './hubAdapter';

// eslint-disable-next-line no-control-regex -- file names must not carry control characters
const safeName = (s: string) => s.replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ').trim().slice(0, 80) || 'run-of-show';

async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** Saves through the Electron bridge (native dialog) when present, else as a browser download. */
async function deliver(blob: Blob, fileName: string, filter: { name: string; extensions: string[] }): Promise<void> {
  const b = window.livedeck;
  if (b?.saveFile) {
    await b.saveFile({ suggestedName: fileName, bytesBase64: await blobToBase64(blob), filters: [filter] });
    return;
  }
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function exportCsv(): Promise<void> {
  const show = useShowStore.getState().show;
  const blob = new Blob([toCsv(showTable(show))], { type: 'text/csv;charset=utf-8' });
  await deliver(blob, `${safeName(show.title)}.csv`, { name: 'CSV', extensions: ['csv'] }).catch(report);
}

/** XLSX is built by the hub (exceljs) from the same table as the CSV. */
export async function exportXlsx(): Promise<void> {
  const show = useShowStore.getState().show;
  try {
    const blob = await hubFile('exportXlsx', {
      body: {
        title: safeName(show.title),
        sheets: [
          { name: '节目单', rows: showTable(show), widths: SHOW_TABLE_WIDTHS },
          { name: '商品', rows: catalogTable(show) },
        ],
      },
    });
    await deliver(blob, `${safeName(show.title)}.xlsx`, { name: 'Excel', extensions: ['xlsx'] });
  } catch (err) {
    report(err);
  }
}

/** Prints the print layout (print CSS); in Electron, straight to a PDF file. */
export async function printShow(): Promise<void> {
  const show = useShowStore.getState().show;
  const b = window.livedeck;
  document.body.classList.add('rundown-printing');
  try {
    if (b?.printToPdf) await b.printToPdf({ suggestedName: `${safeName(show.title)}.pdf`, landscape: true, pageSize: 'A4', printBackground: false });
    else window.print();
  } catch (err) {
    report(err);
  } finally {
    document.body.classList.remove('rundown-printing');
  }
}

function report(err: unknown) {
  toastActions.show('error', trd('err.http', { msg: err instanceof Error ? err.message : String(err) }));
}
