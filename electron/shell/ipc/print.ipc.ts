// print:toPdf — prints the calling page to PDF, then asks where to save it.
import type { FileFilter } from '../../../shared/protocol/ipc';
import { withExtension } from '../files';
import type { HandlerImpls } from './handler';
import { PDF_FILTERS } from './fileFilters';

export interface PdfOptions {
  landscape: boolean;
  pageSize: 'A3' | 'A4' | 'A5' | 'Letter' | 'Legal';
  printBackground: boolean;
}

export interface PrintDeps<E> {
  /** webContents.printToPDF of the event's sender. */
  printToPdf(event: E, options: PdfOptions): Promise<Uint8Array>;
  showSaveDialog(event: E, options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<{ canceled: boolean; filePath?: string }>;
  writeFileAtomic(filePath: string, bytes: Uint8Array): Promise<void>;
  defaultDir(): string;
  joinPath(dir: string, name: string): string;
}

export function printHandlers<E>(deps: PrintDeps<E>): Pick<HandlerImpls<E>, 'print:toPdf'> {
  return {
    'print:toPdf': async (args, event) => {
      const pdf = await deps.printToPdf(event, {
        landscape: args.landscape ?? false,
        pageSize: args.pageSize ?? 'A4',
        printBackground: args.printBackground ?? true,
      });
      const picked = await deps.showSaveDialog(event, {
        title: '导出 PDF',
        defaultPath: deps.joinPath(deps.defaultDir(), withExtension(args.suggestedName, 'pdf')),
        filters: PDF_FILTERS,
      });
      if (picked.canceled || !picked.filePath) return null;
      await deps.writeFileAtomic(picked.filePath, pdf);
      return picked.filePath;
    },
  };
}
