// Sharing the embedded hub on the LAN (issue 5, "the team"): which addresses to offer, which
// options to restart the hub with, and what the dialogs say. Pure: no Electron, no Node at runtime
// (main.ts passes os.networkInterfaces() in), so every decision is unit-tested (lan.test.ts).
import type { MessageBoxOptions } from 'electron';
import type { ShellLanguage } from './menu';

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

const TEXT = {
  zh: {
    confirmTitle: '允许局域网加入',
    confirmMessage: '允许同一局域网的设备加入本场直播？',
    confirmRisk: '开启后，连在同一 Wi-Fi / 局域网上的任何人只要知道加入口令，就能打开本场直播的中控台和提词器。',
    confirmAfter: '开启时内置服务会重启，已打开的窗口将重新加载；随时可在「团队」菜单中关闭。',
    cancel: '取消', enable: '允许局域网加入',
    joinTitle: '局域网加入', joinMessage: '局域网加入已开启',
    openOn: '在同一局域网的其他设备（手机、平板、电脑）上用浏览器打开：',
    noAddress: '没有找到本机的局域网 IPv4 地址：请先连接 Wi-Fi 或网线。端口：',
    enterCode: '然后输入加入口令：',
    copy: '复制', ok: '好',
    copyCode: '加入口令',
    failedTitle: '无法开启局域网加入',
    fellBack: '内置服务已恢复为仅本机访问（127.0.0.1），局域网设备无法加入。',
    downTitle: '内置服务无法启动',
    down: '内置服务已停止，窗口无法连接。请重新启动 LiveDeck。',
  },
  en: {
    confirmTitle: 'Share on LAN',
    confirmMessage: 'Let devices on this network join the show?',
    confirmRisk: 'Once on, anyone on this Wi-Fi or LAN who knows the join code can open this show’s console and prompter.',
    confirmAfter: 'The built-in hub restarts and open windows reload; turn it off any time from the Team menu.',
    cancel: 'Cancel', enable: 'Share on LAN',
    joinTitle: 'Join over LAN', joinMessage: 'LAN sharing is on',
    openOn: 'On another device on this network (phone, tablet, laptop), open in a browser:',
    noAddress: 'No LAN IPv4 address found for this machine: connect to Wi-Fi or a cable first. Port: ',
    enterCode: 'then enter the join code: ',
    copy: 'Copy', ok: 'OK',
    copyCode: 'Join code',
    failedTitle: 'Could not share on LAN',
    fellBack: 'The built-in hub is back on this computer only (127.0.0.1); devices on the LAN cannot join.',
    downTitle: 'The built-in hub could not start',
    down: 'The built-in hub has stopped and the windows cannot connect. Please restart LiveDeck.',
  },
} as const satisfies Record<ShellLanguage, Record<string, string>>;

/** The join instructions: where to open LiveDeck on another device, and the code to enter. */
export function joinInfoText(addresses: readonly string[], port: number, code: string, lang: ShellLanguage): string {
  const t = TEXT[lang];
  const where = addresses.length > 0 ? [t.openOn, ...lanUrls(addresses, port).map((u) => `  ${u}`)] : [`${t.noAddress}${port}`];
  return [...where, `${t.enterCode}${code}`].join('\n');
}

/** What the Copy button puts on the clipboard: the URL(s) to open and the join code. */
export function joinCopyText(addresses: readonly string[], port: number, code: string, lang: ShellLanguage): string {
  const urls = addresses.length > 0 ? lanUrls(addresses, port) : [`http://<IP>:${port}/`];
  return [...urls, `${TEXT[lang].copyCode}: ${code}`].join('\n');
}

/** The native confirmation before sharing: the risk in one sentence, Cancel is the default. */
export function shareConfirmDialog(lang: ShellLanguage): { options: MessageBoxOptions; confirmId: number } {
  const t = TEXT[lang];
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
  const t = TEXT[lang];
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
  const t = TEXT[lang];
  return kind === 'fell-back'
    ? { title: t.failedTitle, content: `${t.fellBack}\n\n${errorText(err)}` }
    : { title: t.downTitle, content: `${t.down}\n\n${errorText(err)}` };
}
