import { toastActions } from '../../../store/toasts.slice';
import { trd } from '../../../i18n/rundown';
import { toCsv } from '../../../../../shared/text/csv';
import { printToPdf, saveFile } from '../../../services/saveFile';
import { catalogTable, exportFileName, SHOW_TABLE_WIDTHS, showFileBase, showTable } from '../model/exportTable';
import { useShowStore } from '../store/show.slice';
import { hubFile } from './hubAdapter';

export async function exportCsv(): Promise<void> {
  const show = useShowStore.getState().show;
  const blob = new Blob([toCsv(showTable(show))], { type: 'text/csv;charset=utf-8' });
  await saveFile(blob, exportFileName(show.title, 'csv'), { name: 'CSV', extensions: ['csv'] }).catch(report);
}

/** XLSX is built by the hub (exceljs) from the same table as the CSV. */
export async function exportXlsx(): Promise<void> {
  const show = useShowStore.getState().show;
  try {
    const blob = await hubFile('exportXlsx', {
      body: {
        title: showFileBase(show.title),
        sheets: [
          { name: '节目单', rows: showTable(show), widths: SHOW_TABLE_WIDTHS },
          { name: '商品', rows: catalogTable(show) },
        ],
      },
    });
    await saveFile(blob, exportFileName(show.title, 'xlsx'), { name: 'Excel', extensions: ['xlsx'] });
  } catch (err) {
    report(err);
  }
}

/** Prints the print layout (print CSS); in Electron, straight to a PDF file. */
export async function printShow(): Promise<void> {
  const show = useShowStore.getState().show;
  document.body.classList.add('rundown-printing');
  try {
    await printToPdf({ suggestedName: exportFileName(show.title, 'pdf'), landscape: true, pageSize: 'A4', printBackground: false });
  } catch (err) {
    report(err);
  } finally {
    document.body.classList.remove('rundown-printing');
  }
}

function report(err: unknown) {
  toastActions.show('error', trd('err.http', { msg: err instanceof Error ? err.message : String(err) }));
}
