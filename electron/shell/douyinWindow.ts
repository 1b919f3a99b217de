// The Douyin console window (issue 13): the seller's own 巨量百应 中控台 / 罗盘 大屏 in an isolated
// window (douyinWindowPolicy.ts), read through `webContents.debugger` (the DevTools protocol) and fed
// to the in-process hub through its ingest socket — the same connector path as browser mode, so the
// hub sees one kind of Douyin source. The window never sees the hub's token or the ingest token.
import { BrowserWindow, session, type WebContents } from 'electron';
import type { DouyinRules } from '../../shared/connectors/douyin';
import type { SourceAction } from '../../shared/protocol/source';
import { createCdpReader, type CdpLike } from '../connectors/douyin/cdpReader';
import { DOUYIN_ACTIONS } from '../connectors/douyin/actions';
import { connectHub } from '../connectors/douyin/hubLink';
import { pageActions } from '../connectors/douyin/pageActions';
import { createDouyinRuntime } from '../connectors/douyin/runtime';
import { DOUYIN_PARTITION, douyinNavigation, douyinPermission, douyinStartUrl, douyinWindowOpen } from './douyinWindowPolicy';

export interface DouyinWindowOptions {
  rules: DouyinRules;
  which: 'buyin' | 'compass';
  /** The in-process hub's ingest URL (main process only). */
  ingestUrl: string;
  /** Hands a non-platform https link to the system browser (external.ts). */
  toSystemBrowser(url: string): void;
  log(message: string): void;
}

/** Electron's debugger as the reader's CDP session. */
function cdpOf(contents: WebContents): CdpLike {
  const dbg = contents.debugger;
  return {
    send: (method, params) => dbg.sendCommand(method, params),
    on: (event, listener) => dbg.on('message', (_e, method, params) => { if (method === event) (listener as (p: unknown) => void)(params); }),
  };
}

/** Apply the policy to the console session once (permissions denied). */
let sessionReady = false;
function consoleSession() {
  const ses = session.fromPartition(DOUYIN_PARTITION);
  if (!sessionReady) {
    ses.setPermissionRequestHandler((_c, permission, callback) => callback(douyinPermission(permission)));
    ses.setPermissionCheckHandler((_c, permission) => douyinPermission(permission));
    ses.setDevicePermissionHandler(() => false);
    sessionReady = true;
  }
  return ses;
}

/** Whether a webContents belongs to the console window (the app-wide guards leave it to this file's). */
export const isDouyinContents = (contents: WebContents): boolean =>
  typeof session?.fromPartition === 'function' && contents.session === session.fromPartition(DOUYIN_PARTITION);

export async function openDouyinWindow(opts: DouyinWindowOptions): Promise<BrowserWindow> {
  consoleSession();
  // Written out literally (as in windows.ts) so a reviewer and Electronegativity read them here. No preload.
  const win = new BrowserWindow({ // eng-disable REMOTE_MODULE_JS_CHECK
    width: 1360, height: 880, title: '抖音 中控台 / 罗盘大屏',
    webPreferences: {
      partition: DOUYIN_PARTITION,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: false,
    },
  });
  const contents = win.webContents;
  const guard = (event: { url: string; preventDefault(): void }) => {
    const nav = douyinNavigation(opts.rules, event.url);
    if (nav === 'allow') return;
    event.preventDefault();
    if (nav === 'external') opts.toSystemBrowser(event.url);
    else opts.log(`douyin window: refused navigation to ${event.url}`);
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.setWindowOpenHandler(({ url }) => {
    const where = douyinWindowOpen(opts.rules, url);
    if (where === 'same-window') void win.loadURL(url);
    else if (where === 'external') opts.toSystemBrowser(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());

  const page = { evaluate: (script: string) => contents.executeJavaScript(script, true) as Promise<unknown> };
  const actions = pageActions(page, opts.rules);
  const act = (a: SourceAction) => (a.kind === 'explain' ? actions.explain(a.productId) : actions.reply(a.text, { pin: a.pin }));
  const link = await connectHub({
    ingestUrl: opts.ingestUrl, hello: { kind: 'douyin', actions: DOUYIN_ACTIONS }, onAction: act,
    onJoined: (ids) => { runtime.setProductIds(ids); runtime.resend(); },
  });
  const runtime = createDouyinRuntime({
    rules: opts.rules, roomId: 'main', productIds: link.productIds, emit: (e) => link.events(e), onStatus: (s) => link.status(s),
  });
  contents.debugger.attach('1.3');
  const reader = createCdpReader(cdpOf(contents), { wants: runtime.wants, onResponse: runtime.onResponse });
  await reader.start();
  const poll = setInterval(() => void actions.loggedIn().then((on) => runtime.setLoggedIn(on)), 1000);
  win.on('closed', () => {
    clearInterval(poll);
    reader.stop();
    link.close();
  });
  await win.loadURL(douyinStartUrl(opts.rules, opts.which)).catch((e: unknown) => opts.log(`douyin window failed to load: ${String(e)}`));
  return win;
}
