// Preload (sandboxed): exposes `window.livedeck`, a small object of named functions, one per IPC
// channel of shared/protocol/ipc.ts. No generic invoke/send passthrough; the main process
// checks the sender and validates every argument. Imports only types besides 'electron'.
import { contextBridge, ipcRenderer } from 'electron';
import type { Handlers, IpcChannel, LivedeckBridge } from '../shared/protocol/ipc';

function invoke<K extends IpcChannel>(channel: K, ...args: Parameters<Handlers[K]>): ReturnType<Handlers[K]> {
  return ipcRenderer.invoke(channel, ...args) as ReturnType<Handlers[K]>;
}

const bridge = {
  openFile: (args) => invoke('dialog:openFile', args),
  saveFile: (args) => invoke('dialog:saveFile', args),
  openPrompter: () => invoke('window:openPrompter'),
  toggleFullscreen: () => invoke('window:toggleFullscreen'),
  printToPdf: (args) => invoke('print:toPdf', args),
  appInfo: () => invoke('app:info'),
  openDouyinConsole: (args) => invoke('window:openDouyinConsole', args),
} satisfies LivedeckBridge;

contextBridge.exposeInMainWorld('livedeck', bridge);
