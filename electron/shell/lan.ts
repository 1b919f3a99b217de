// Sharing the embedded hub on the LAN (issue 5, "the team"): which addresses to offer, which
// options to restart the hub with, and what the dialogs say. Pure: no Electron, no Node at runtime
// (main.ts passes os.networkInterfaces() in), so every decision is unit-tested (lan.test.ts).
import type { MessageBoxOptions } from 'electron';
import { SHELL_TEXT, type ShellLanguage } from './shellText';

/** The hub always listens here unless the user turns sharing on. */
export const LOOPBACK_HOST = '127.0.0.1';
/** With sharing on the hub listens on every interface; the shell's own windows still load 127.0.0.1. */
export const LAN_HOST = '0.0.0.0';

export { lanAddresses, type InterfaceAddressLike } from '../hub';

/** `http://<ipv4>:<port>/` for each address. */
export function lanUrls(addresses: readonly string[], port: number): string[] {
  return addresses.map((a) => `http://${a}:${port}/`);
}

/** What stays the same across restarts of the embedded hub: the per-launch secret, the data folder (the room journal), the port. */
export interface HubLaunch {
  token: string;
  dataDir: string;
  /** The port the hub last listened on; 0 before the first start. */
  port: number;
}

/** The options the shell starts the embedded hub with (a subset of the hub's HubOptions). */
export interface ShellHubOptions {
  host: typeof LOOPBACK_HOST | typeof LAN_HOST;
  port: number;
  token: string;
  dataDir: string;
}

/**
 * Options for the embedded hub with sharing on or off: the same token, data folder and port.
 * No join code is passed: a hub on 0.0.0.0 makes a fresh one each time it starts; on loopback there is none.
 */
export function hubOptionsFor(sharing: boolean, prev: HubLaunch): ShellHubOptions {
  return { host: sharing ? LAN_HOST : LOOPBACK_HOST, port: prev.port, token: prev.token, dataDir: prev.dataDir };
}

/**
 * The shell loads the hub only at http://127.0.0.1:<port> — also while the hub listens on 0.0.0.0
 * for the LAN — so the CSP filter, navigation guards and IPC sender checks all see one host.
 */
export function isShellHubUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' && u.hostname === LOOPBACK_HOST && u.port !== '' && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

/** The starts to try, in order: the same port (links and bookmarks keep working), then any free port. */
export function hubStartAttempts(sharing: boolean, prev: HubLaunch): ShellHubOptions[] {
  const same = hubOptionsFor(sharing, prev);
  return same.port === 0 ? [same] : [same, { ...same, port: 0 }];
}



/** The join instructions: where to open LiveDeck on another device, and the code to enter. */
export function joinInfoText(addresses: readonly string[], port: number, code: string, lang: ShellLanguage): string {
  const t = SHELL_TEXT[lang].lan;
  const where = addresses.length > 0 ? [t.openOn, ...lanUrls(addresses, port).map((u) => `  ${u}`)] : [`${t.noAddress}${port}`];
  return [...where, `${t.enterCode}${code}`].join('\n');
}

/** What the Copy button puts on the clipboard: the URL(s) to open and the join code. */
export function joinCopyText(addresses: readonly string[], port: number, code: string, lang: ShellLanguage): string {
  const urls = addresses.length > 0 ? lanUrls(addresses, port) : [`http://<IP>:${port}/`];
  return [...urls, `${SHELL_TEXT[lang].lan.copyCode}: ${code}`].join('\n');
}

/** The native confirmation before sharing: the risk in one sentence, Cancel is the default. */
export function shareConfirmDialog(lang: ShellLanguage): { options: MessageBoxOptions; confirmId: number } {
  const t = SHELL_TEXT[lang].lan;
  const options: MessageBoxOptions = {
    type: 'warning',
    title: t.confirmTitle,
    message: t.confirmMessage,
    detail: `${t.confirmRisk}\n${t.confirmAfter}`,
    buttons: [t.cancel, t.enable],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
  return { options, confirmId: 1 };
}

/** The dialog that shows how to join, with a Copy button (index `copyId`). */
export function joinInfoDialog(addresses: readonly string[], port: number, code: string, lang: ShellLanguage): { options: MessageBoxOptions; copyId: number } {
  const t = SHELL_TEXT[lang].lan;
  const options: MessageBoxOptions = {
    type: 'info',
    title: t.joinTitle,
    message: t.joinMessage,
    detail: joinInfoText(addresses, port, code, lang),
    buttons: [t.copy, t.ok],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
  return { options, copyId: 0 };
}

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err)).slice(0, 500);

/**
 * Title and text of the error box after a restart went wrong: 'fell-back' when sharing could not
 * start and the hub is back on loopback, 'down' when no hub could start at all.
 */
export function sharingErrorText(kind: 'fell-back' | 'down', err: unknown, lang: ShellLanguage): { title: string; content: string } {
  const t = SHELL_TEXT[lang].lan;
  return kind === 'fell-back'
    ? { title: t.failedTitle, content: `${t.fellBack}\n\n${errorText(err)}` }
    : { title: t.downTitle, content: `${t.down}\n\n${errorText(err)}` };
}
