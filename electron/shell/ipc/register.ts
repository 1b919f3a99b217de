// Wires the IPC contract to Electron: real dialogs, files and windows behind the tested handlers.
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../files';
import { originOf } from '../security';
import type { WindowManager } from '../windows';
import { appHandlers } from './app.ipc';
import { dialogHandlers } from './dialogs.ipc';
import { registerIpcHandlers, trustHubFrames, type HandlerImpls } from './handler';
import { printHandlers } from './print.ipc';
import { windowHandlers } from './window.ipc';

type E = IpcMainInvokeEvent;

const ownerOf = (event: E): BrowserWindow | null => BrowserWindow.fromWebContents(event.sender);

function showOpen(event: E, options: OpenDialogOptions) {
  const owner = ownerOf(event);
  const opts: OpenDialogOptions = { ...options, properties: ['openFile'] };
  return owner ? dialog.showOpenDialog(owner, opts) : dialog.showOpenDialog(opts);
}

function showSave(event: E, options: SaveDialogOptions) {
  const owner = ownerOf(event);
  const opts: SaveDialogOptions = { ...options, properties: ['createDirectory', 'showOverwriteConfirmation'] };
  return owner ? dialog.showSaveDialog(owner, opts) : dialog.showSaveDialog(opts);
}

export function registerShellIpc(ctx: {
  windows: WindowManager; getHubOrigin(): string | null; log(message: string): void;
  openDouyinConsole(which: 'buyin' | 'compass'): Promise<void>;
}): void {
  const files = {
    showSaveDialog: showSave,
    writeFileAtomic,
    defaultDir: () => app.getPath('documents'),
    joinPath: join,
  };
  const impls = {
    ...dialogHandlers<E>({
      ...files,
      showOpenDialog: showOpen,
      fileSize: async (p) => (await stat(p)).size,
      readFile: (p) => readFile(p),
    }),
    ...printHandlers<E>({
      ...files,
      printToPdf: (event, options) => event.sender.printToPDF(options),
    }),
    ...windowHandlers<E>({
      openPrompter: () => void ctx.windows.open('prompter'),
      openDouyinConsole: (which) => ctx.openDouyinConsole(which),
      toggleFullscreen: (event) => {
        const win = ownerOf(event);
        if (!win) return false;
        const next = !win.isFullScreen();
        win.setFullScreen(next);
        return next;
      },
    }),
    ...appHandlers<E>(() => ({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      arch: process.arch,
      electron: process.versions.electron ?? '',
      chrome: process.versions.chrome ?? '',
      packaged: app.isPackaged,
    })),
  } satisfies HandlerImpls<E>;

  registerIpcHandlers<E>(ipcMain, impls, trustHubFrames(ctx.getHubOrigin), (channel, reason, event) =>
    ctx.log(`refused IPC ${channel} (${reason}) from ${event.senderFrame ? (originOf(event.senderFrame.url) ?? 'a non-web page') : 'a destroyed frame'}`),
  );
}
