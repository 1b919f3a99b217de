// dialog:openFile and dialog:saveFile. Electron and the file system come in through DialogDeps,
// so the handlers are unit-tested with fakes.
import { MAX_IPC_FILE_BYTES, type FileFilter } from '../../../shared/protocol/ipc';
import { safeBaseName } from '../files';
import type { HandlerImpls } from './handler';
import { OPEN_FILTERS, OPEN_TITLES } from './fileFilters';

export interface DialogDeps<E> {
  showOpenDialog(event: E, options: { title: string; filters: FileFilter[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(event: E, options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<{ canceled: boolean; filePath?: string }>;
  fileSize(filePath: string): Promise<number>;
  readFile(filePath: string): Promise<Uint8Array>;
  writeFileAtomic(filePath: string, bytes: Uint8Array): Promise<void>;
  /** Folder a save dialog starts in (e.g. the user's Documents). */
  defaultDir(): string;
  joinPath(dir: string, name: string): string;
}

export class FileTooLargeError extends Error {
  constructor(size: number) {
    super(`文件过大（${Math.round(size / 1024 / 1024)} MB，上限 ${MAX_IPC_FILE_BYTES / 1024 / 1024} MB） / file too large`);
    this.name = 'FileTooLargeError';
  }
}

export function dialogHandlers<E>(deps: DialogDeps<E>): Pick<HandlerImpls<E>, 'dialog:openFile' | 'dialog:saveFile'> {
  return {
    'dialog:openFile': async ({ kind }, event) => {
      const picked = await deps.showOpenDialog(event, { title: OPEN_TITLES[kind], filters: OPEN_FILTERS[kind] });
      const filePath = picked.filePaths[0];
      if (picked.canceled || !filePath) return null;
      const size = await deps.fileSize(filePath);
      if (size > MAX_IPC_FILE_BYTES) throw new FileTooLargeError(size);
      const bytes = await deps.readFile(filePath);
      return { name: safeBaseName(filePath), bytesBase64: Buffer.from(bytes).toString('base64') };
    },
    'dialog:saveFile': async ({ suggestedName, bytesBase64, filters }, event) => {
      const picked = await deps.showSaveDialog(event, {
        title: '保存文件',
        defaultPath: deps.joinPath(deps.defaultDir(), suggestedName),
        filters,
      });
      if (picked.canceled || !picked.filePath) return null;
      await deps.writeFileAtomic(picked.filePath, Buffer.from(bytesBase64, 'base64'));
      return picked.filePath;
    },
  };
}
