import { z } from 'zod';
import { UNSAFE_FILE_NAME_CHAR as UNSAFE_NAME_CHARS } from '../text/fileName';

/**
 * The ONE typed contract of the Electron IPC boundary (renderer ⇄ preload ⇄ main).
 *
 * - `Handlers` names every channel and its signature (Actual Budget style).
 * - `ipcArgs` holds the zod schema the main process validates each call's argument with.
 * - `LivedeckBridge` is what the preload exposes as `window.livedeck`: named functions only,
 *   no generic invoke/send. In a browser the bridge is absent and the UI offers web equivalents.
 *
 * Runs everywhere (pure): the preload imports only types from here, so zod is not bundled there.
 */

/** Largest file the bridge moves in one call (base64 is 4/3 of the bytes). */
export const MAX_IPC_FILE_BYTES = 32 * 1024 * 1024;
export const MAX_IPC_BASE64_CHARS = Math.ceil(MAX_IPC_FILE_BYTES / 3) * 4;


/** A bare file name (no directories) that is safe to offer as a save-dialog default. */
export const SafeFileName = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => !UNSAFE_NAME_CHARS.test(s), 'file name contains a path separator or a forbidden character')
  .refine((s) => s.trim() === s && s !== '.' && s !== '..', 'file name must not be "." or ".." or start/end with a space');

export const Base64Bytes = z.base64().max(MAX_IPC_BASE64_CHARS);

/** A file-dialog filter, e.g. { name: 'CSV', extensions: ['csv'] }; extensions without the dot. */
export const FileFilter = z.strictObject({
  name: z.string().min(1).max(64).refine((s) => !UNSAFE_NAME_CHARS.test(s), 'filter name contains a forbidden character'),
  extensions: z.array(z.string().regex(/^[A-Za-z0-9]{1,12}(\.[A-Za-z0-9]{1,12})?$/)).min(1).max(8),
});
export type FileFilter = z.infer<typeof FileFilter>;

/** What the open dialog looks for: a product catalog (CSV/XLSX) or a run-of-show document. */
export const OpenFileKind = z.enum(['catalog', 'runOfShow']);
export type OpenFileKind = z.infer<typeof OpenFileKind>;

export const OpenFileArgs = z.strictObject({ kind: OpenFileKind });
export type OpenFileArgs = z.infer<typeof OpenFileArgs>;

export const OpenedFile = z.strictObject({ name: SafeFileName, bytesBase64: Base64Bytes });
export type OpenedFile = z.infer<typeof OpenedFile>;

export const SaveFileArgs = z.strictObject({
  suggestedName: SafeFileName,
  bytesBase64: Base64Bytes,
  filters: z.array(FileFilter).max(8),
});
export type SaveFileArgs = z.infer<typeof SaveFileArgs>;

export const PdfPageSize = z.enum(['A3', 'A4', 'A5', 'Letter', 'Legal']);
export const PrintToPdfArgs = z.strictObject({
  suggestedName: SafeFileName,
  landscape: z.boolean().optional(),
  pageSize: PdfPageSize.optional(),
  printBackground: z.boolean().optional(),
});
export type PrintToPdfArgs = z.infer<typeof PrintToPdfArgs>;

export const AppInfo = z.strictObject({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  arch: z.string(),
  electron: z.string(),
  chrome: z.string(),
  packaged: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** Which Douyin console the console window opens (issue 13): 巨量百应 中控台 or 罗盘 大屏. */
export const DouyinConsoleArgs = z.strictObject({ console: z.enum(['buyin', 'compass']) });
export type DouyinConsoleArgs = z.infer<typeof DouyinConsoleArgs>;

/** Channels that take no argument accept exactly `undefined`. */
export const NoArgs = z.undefined();

/** Every IPC channel and its signature as the renderer sees it. */
export interface Handlers {
  /** Shows an open dialog; resolves to the chosen file's name and bytes, or null if cancelled. */
  'dialog:openFile': (args: OpenFileArgs) => Promise<OpenedFile | null>;
  /** Shows a save dialog and writes the bytes there atomically; resolves to the path, or null. */
  'dialog:saveFile': (args: SaveFileArgs) => Promise<string | null>;
  /** Opens (or brings back) the host's prompter, on a second display when there is one. */
  'window:openPrompter': () => Promise<void>;
  /** Toggles full screen of the calling window; resolves to the new state. */
  'window:toggleFullscreen': () => Promise<boolean>;
  /** Prints the calling page to PDF and asks where to save it; resolves to the path, or null. */
  'print:toPdf': (args: PrintToPdfArgs) => Promise<string | null>;
  'app:info': () => Promise<AppInfo>;
  /** Opens (or brings back) the isolated Douyin console window, read into the room as a source. */
  'window:openDouyinConsole': (args: DouyinConsoleArgs) => Promise<void>;
}
export type IpcChannel = keyof Handlers;
/** The single argument of a channel (`undefined` for channels without one). */
export type IpcArgs<K extends IpcChannel> = Parameters<Handlers[K]> extends [infer A] ? A : undefined;
export type IpcResult<K extends IpcChannel> = Awaited<ReturnType<Handlers[K]>>;

/** Argument schemas, validated by the main process on every call. */
export const ipcArgs = {
  'dialog:openFile': OpenFileArgs,
  'dialog:saveFile': SaveFileArgs,
  'window:openPrompter': NoArgs,
  'window:toggleFullscreen': NoArgs,
  'print:toPdf': PrintToPdfArgs,
  'app:info': NoArgs,
  'window:openDouyinConsole': DouyinConsoleArgs,
} as const satisfies { [K in IpcChannel]: z.ZodType<IpcArgs<K>> };

/** Result schemas (the main process is trusted; these document and fuzz the contract). */
export const ipcResults = {
  'dialog:openFile': OpenedFile.nullable(),
  'dialog:saveFile': z.string().nullable(),
  'window:openPrompter': z.undefined(),
  'window:toggleFullscreen': z.boolean(),
  'print:toPdf': z.string().nullable(),
  'app:info': AppInfo,
  'window:openDouyinConsole': z.undefined(),
} as const satisfies { [K in IpcChannel]: z.ZodType<IpcResult<K>> };

export const IPC_CHANNELS = Object.keys(ipcArgs) as IpcChannel[];

/** `window.livedeck`: one named function per channel. */
export interface LivedeckBridge {
  openFile: Handlers['dialog:openFile'];
  saveFile: Handlers['dialog:saveFile'];
  openPrompter: Handlers['window:openPrompter'];
  toggleFullscreen: Handlers['window:toggleFullscreen'];
  printToPdf: Handlers['print:toPdf'];
  appInfo: Handlers['app:info'];
  openDouyinConsole: Handlers['window:openDouyinConsole'];
}

/** Which channel each bridge function calls (the preload's wiring, checked by tests). */
export const BRIDGE_CHANNELS = {
  openFile: 'dialog:openFile',
  saveFile: 'dialog:saveFile',
  openPrompter: 'window:openPrompter',
  toggleFullscreen: 'window:toggleFullscreen',
  printToPdf: 'print:toPdf',
  appInfo: 'app:info',
  openDouyinConsole: 'window:openDouyinConsole',
} as const satisfies { [M in keyof LivedeckBridge]: IpcChannel };
