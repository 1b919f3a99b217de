// electron/main.ts cannot run here (no Electron binary), so it is bundled as scripts/build.mjs
// does and run against a fake 'electron' module and a stub hub. This checks the wiring: sandbox
// enabled before ready, single-instance lock, guards on every webContents, the hardened session,
// every IPC channel registered, both windows created securely with the hub's URLs; and the 团队 /
// Team menu's LAN sharing: hub restarts, window reloads, CSP / navigation / IPC following the new
// origin, fallback to loopback. No socket is opened here: the hub is a stub.
import { build } from 'esbuild';
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../shared/protocol/ipc';
import { buildCsp } from '../../../electron/shell/csp';
import { lanAddresses, writeFileAtomic } from '../../../electron/hub';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const realRequire = createRequire(`${root}package.json`);
const HUB = 'http://127.0.0.1:43117';
let code = '';
let printed: string[] = [];
beforeEach(() => {
  printed = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void printed.push(a.join(' ')));
});
afterEach(() => vi.restoreAllMocks());

beforeAll(async () => {
  const out = await build({
    entryPoints: ['electron/main.ts'], absWorkingDir: root, bundle: true, write: false,
    platform: 'node', target: 'node20', format: 'cjs', packages: 'external', external: ['electron'], logLevel: 'silent',
    plugins: [{
      name: 'stub-hub',
      setup(b) {
        // The shell sees the hub only through its public entry (electron/hub/index.ts): stub that.
        b.onResolve({ filter: /(^|\/)hub(\/index)?$/ }, () => ({ path: 'livedeck-test-hub', external: true }));
      },
    }],
  });
  code = out.outputFiles[0]!.text;
});

interface FakeWindow extends EventEmitter {
  options: Record<string, unknown> & { webPreferences: Record<string, unknown> };
  loaded: string[];
  webContents: EventEmitter;
}

interface WorldOptions {
  lock?: boolean;
  packaged?: boolean;
  /** Button index the confirmation dialog returns (1 = share, 0 = cancel). */
  confirm?: number;
  /** Button index the join dialog returns (0 = Copy, 1 = OK). */
  join?: number;
  /** host:port pairs (or bare hosts) the stub hub cannot listen on. */
  busy?: string[];
}
interface MenuItem { label?: string; role?: string; type?: string; checked?: boolean; enabled?: boolean; click?: () => void; submenu?: MenuItem[] }
interface StubHub { host: string; port: number; token: string; joinCode: string | null; consoleUrl: string; prompterUrl: string; issueHandoff(): string; closed: boolean }
interface MessageBox { type?: string; title?: string; message?: string; detail?: string; buttons?: string[] }

function fakeWorld(opts: WorldOptions = {}) {
  const log: string[] = [];
  const windows: FakeWindow[] = [];
  const handlers = new Map<string, unknown>();
  const hubCalls: Array<Record<string, unknown>> = [];
  let hubClosed = 0;
  const hubs: StubHub[] = [];
  const messageBoxes: MessageBox[] = [];
  const clipboardWrites: string[] = [];
  let nextPort = 43117;
  let codes = 482913;
  let menuTemplate: MenuItem[] = [];
  const ses = {
    calls: [] as string[],
    filter: undefined as undefined | { urls: string[] },
    headers: undefined as undefined | ((d: unknown, cb: (r: unknown) => void) => void),
    setPermissionRequestHandler() { this.calls.push('permission-request'); },
    setPermissionCheckHandler() { this.calls.push('permission-check'); },
    setDevicePermissionHandler() { this.calls.push('device'); },
    setSpellCheckerEnabled() { this.calls.push('spellcheck'); },
    downloads: undefined as undefined | ((e: { preventDefault(): void }, item: { getURL(): string }) => void),
    on(name: string, l: (e: { preventDefault(): void }, item: { getURL(): string }) => void) { if (name === 'will-download') { this.calls.push('will-download'); this.downloads = l; } },
    webRequest: {} as { onHeadersReceived?: unknown },
  };
  ses.webRequest.onHeadersReceived = (filter: { urls: string[] }, l: typeof ses.headers) => { ses.filter = filter; ses.headers = l; };

  let ready!: () => void;
  const readyPromise = new Promise<void>((r) => { ready = r; });
  const app = Object.assign(new EventEmitter(), {
    isPackaged: opts.packaged ?? false,
    enableSandbox: () => log.push('enableSandbox'),
    setAppUserModelId: () => undefined,
    requestSingleInstanceLock: () => { log.push('lock'); return opts.lock ?? true; },
    whenReady: () => { log.push('whenReady'); return readyPromise; },
    getPath: (name: string) => `/fake/${name}`,
    getLocale: () => 'zh-CN',
    getVersion: () => '0.1.0',
    getName: () => 'LiveDeck',
    quit: () => log.push('quit'),
    exit: (code: number) => log.push(`exit ${code}`),
  });

  class BrowserWindow extends EventEmitter {
    options: FakeWindow['options'];
    loaded: string[] = [];
    webContents = new EventEmitter();
    constructor(options: FakeWindow['options']) {
      super();
      this.options = options;
      windows.push(this as unknown as FakeWindow);
    }
    static fromWebContents() { return null; }
    loadURL(url: string) { this.loaded.push(url); log.push(`load ${url.replace(/token=[^&]+/, 'token=…')}`); return Promise.resolve(); }
    isDestroyed() { return false; }
    isMinimized() { return false; }
    isFullScreen() { return false; }
    show() {}
    focus() {}
  }

  const displays = [
    { id: 1, internal: true, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 } },
    { id: 2, internal: false, bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, workArea: { x: 1440, y: 0, width: 1920, height: 1080 } },
  ];
  const electron = {
    app,
    BrowserWindow,
    screen: { getAllDisplays: () => displays, getPrimaryDisplay: () => displays[0] },
    session: { defaultSession: ses },
    ipcMain: { handle: (channel: string, listener: unknown) => handlers.set(channel, listener) },
    Menu: { buildFromTemplate: (t: typeof menuTemplate) => t, setApplicationMenu: (t: typeof menuTemplate) => { menuTemplate = t; } },
    dialog: {
      showErrorBox: (title: string, detail: string) => log.push(`error ${title} ${detail.split('\n')[0]}`),
      showMessageBox: async (box: MessageBox) => {
        messageBoxes.push(box);
        log.push(`dialog ${box.type ?? 'none'} ${box.title ?? ''}`);
        return { response: box.type === 'warning' ? (opts.confirm ?? 1) : box.type === 'info' ? (opts.join ?? 1) : 0 };
      },
    },
    shell: { openExternal: async (url: string) => log.push(`openExternal ${url}`) },
    clipboard: { writeText: (text: string) => clipboardWrites.push(text) },
  };
  const os = {
    networkInterfaces: () => ({
      lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }, { address: '::1', family: 'IPv6', internal: true }],
      en0: [{ address: 'fe80::1', family: 'IPv6', internal: false }, { address: '192.168.1.23', family: 'IPv4', internal: false }],
    }),
  };
  // Like the real hub: port 0 picks a free port, a non-loopback host makes a join code, and the
  // URLs always say 127.0.0.1 (the hub maps 0.0.0.0 to it).
  const hub = {
    lanAddresses,
    writeFileAtomic,
    startHub: async (o: { host: string; port: number; token: string; routes?: unknown }) => {
      hubCalls.push(o);
      log.push(`hub start ${o.host}:${o.port}`);
      await Promise.resolve();
      const open = hubs.filter((h) => !h.closed).map((h) => h.port);
      if (opts.busy?.some((b) => b === o.host || b === `${o.host}:${o.port}`) || open.includes(o.port)) {
        throw new Error(`listen EADDRINUSE: address already in use ${o.host}:${o.port}`);
      }
      const port = o.port === 0 ? nextPort++ : o.port;
      const url = `http://127.0.0.1:${port}`;
      const started: StubHub & { url: string; close(): Promise<void> } = {
        url, host: o.host, port, token: o.token, closed: false,
        joinCode: o.host === '127.0.0.1' ? null : String(codes++),
        consoleUrl: `${url}/?token=${o.token}&role=assistant#/console`,
        prompterUrl: `${url}/?token=${o.token}&role=host#/prompter`,
        issueHandoff: () => `${url}/handoff?code=${'C'.repeat(42)}${hubs.length}`,
        close: async () => {
          hubClosed++;
          started.closed = true;
          log.push(`hub close ${o.host}:${port}`);
        },
      };
      hubs.push(started);
      return started;
    },
  };
  const fakeRequire = (id: string) =>
    id === 'electron' ? electron : id === 'livedeck-test-hub' ? hub : id === 'node:os' ? os : realRequire(id);

  const run = async () => {
    const mod = { exports: {} };
    new Function('require', 'module', 'exports', '__dirname', '__filename', code)(fakeRequire, mod, mod.exports, '/app/dist/electron', '/app/dist/electron/main.js');
    ready();
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
  };
  return {
    run, log, windows, handlers, hubCalls, ses, app, hubs, messageBoxes, clipboardWrites,
    hubClosedCount: () => hubClosed, menu: () => menuTemplate,
  };
}

describe('electron/main.ts wiring', () => {
  it('enables the sandbox and takes the single-instance lock before waiting for ready', async () => {
    const w = fakeWorld();
    await w.run();
    expect(w.log.slice(0, 3)).toEqual(['enableSandbox', 'lock', 'whenReady']);
  });

  it('quits at once, starting nothing, when another instance holds the lock', async () => {
    const w = fakeWorld({ lock: false });
    await w.run();
    expect(w.log).toEqual(['enableSandbox', 'lock', 'quit']);
    expect(w.hubCalls).toEqual([]);
    expect(w.windows).toEqual([]);
  });

  it('starts the hub on loopback, a random port, a fresh secret and the user-data folder', async () => {
    const a = fakeWorld();
    const b = fakeWorld();
    await a.run();
    await b.run();
    expect(a.hubCalls).toHaveLength(1);
    expect(a.hubCalls[0]).toMatchObject({ host: '127.0.0.1', port: 0, dataDir: '/fake/userData' });
    expect(a.hubCalls[0]!.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(a.hubCalls[0]!.token).not.toBe(b.hubCalls[0]!.token);
    // The hub builds its document, import and review API itself (hub.ts), as for `livedeck serve`.
    expect(a.hubCalls[0]!.routes).toBeUndefined();
  });

  it('opens the console and the prompter securely, the prompter full screen on the second display', async () => {
    const w = fakeWorld();
    await w.run();
    expect(w.windows.map((win) => win.options.title)).toEqual(['LiveDeck 直播中控台 — 中控台', 'LiveDeck 直播中控台 — 提词器']);
    const token = w.hubCalls[0]!.token as string;
    expect(w.windows.map((win) => win.loaded)).toEqual([
      [`${HUB}/?token=${token}&role=assistant#/console`],
      [`${HUB}/?token=${token}&role=host#/prompter`],
    ]);
    for (const win of w.windows) {
      expect(win.options.webPreferences).toMatchObject({
        preload: '/app/dist/electron/preload.js', sandbox: true, contextIsolation: true, nodeIntegration: false,
        webSecurity: true, webviewTag: false, allowRunningInsecureContent: false, devTools: true,
      });
    }
    expect(w.windows[1]!.options).toMatchObject({ x: 1440, y: 0, width: 1920, height: 1080, fullscreen: true });
  });

  it('hardens the default session: permissions, devices and the CSP on hub responses', async () => {
    const w = fakeWorld();
    await w.run();
    expect(w.ses.calls).toEqual(['permission-request', 'permission-check', 'device', 'spellcheck', 'will-download']);
    let out: { responseHeaders?: Record<string, string[]> } = {};
    w.ses.headers!({ url: `${HUB}/`, responseHeaders: {} }, (r) => { out = r as typeof out; });
    expect(out.responseHeaders?.['Content-Security-Policy']).toEqual([buildCsp(HUB)]);
  });

  it('registers every IPC channel, each refusing a forged sender', async () => {
    const w = fakeWorld();
    await w.run();
    expect([...w.handlers.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
    const forged = { senderFrame: { url: 'https://evil.example/', parent: null }, sender: {} };
    for (const [channel, handler] of w.handlers) {
      await expect((handler as (e: unknown, a?: unknown) => Promise<unknown>)(forged), channel).rejects.toThrow(/refused/);
    }
    expect(printed.filter((l) => l.includes('refused IPC'))).toHaveLength(IPC_CHANNELS.length);
    expect(printed.join('\n')).not.toContain(w.hubCalls[0]!.token as string);
  });

  it('guards every webContents the app creates', async () => {
    const w = fakeWorld();
    await w.run();
    const contents = Object.assign(new EventEmitter(), { openHandler: undefined as unknown, setWindowOpenHandler(h: unknown) { this.openHandler = h; } });
    w.app.emit('web-contents-created', {}, contents);
    let prevented = false;
    contents.emit('will-navigate', { url: 'https://evil.example/', preventDefault: () => { prevented = true; } });
    expect(prevented).toBe(true);
    expect((contents.openHandler as (d: { url: string }) => unknown)({ url: 'https://x.example/' })).toEqual({ action: 'deny' });
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
  });

  it('cancels every download a page starts', async () => {
    const w = fakeWorld();
    await w.run();
    let prevented = 0;
    for (const url of [`${HUB}/api/documents/x.xlsx`, 'https://evil.example/payload.exe']) {
      w.ses.downloads!({ preventDefault: () => { prevented++; } }, { getURL: () => url });
    }
    expect(prevented).toBe(2);
    expect(printed.filter((l) => l.includes('denied download'))).toHaveLength(2);
  });

  it("opens the console in the browser through a one-time link, never with the launch's token", async () => {
    const w = fakeWorld();
    await w.run();
    const item = w.menu().find((m) => m.label === '文件')?.submenu?.find((i) => i.label === '在浏览器中打开中控台');
    item!.click!();
    for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
    const opened = w.log.filter((l) => l.startsWith('openExternal '));
    expect(opened).toEqual([`openExternal ${HUB}/handoff?code=${'C'.repeat(42)}1`]);
    expect(opened[0]).not.toContain(w.hubCalls[0]!.token as string);
  });

  it('hands only https links from pages to the system browser', async () => {
    const w = fakeWorld();
    await w.run();
    const contents = Object.assign(new EventEmitter(), { openHandler: undefined as unknown, setWindowOpenHandler(h: unknown) { this.openHandler = h; } });
    w.app.emit('web-contents-created', {}, contents);
    const open = contents.openHandler as (d: { url: string }) => unknown;
    for (const url of ['https://help.example/', 'file:///etc/passwd', `${HUB}/handoff?code=${'C'.repeat(43)}`]) open({ url });
    for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
    expect(w.log.filter((l) => l.startsWith('openExternal '))).toEqual(['openExternal https://help.example/']);
  });

  it('closes the hub before the app quits', async () => {
    const w = fakeWorld();
    await w.run();
    let prevented = 0;
    w.app.emit('will-quit', { preventDefault: () => { prevented++; } });
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
    expect(prevented).toBe(1);
    expect(w.hubClosedCount()).toBe(1);
    expect(w.log.at(-1)).toBe('quit');
    w.app.emit('will-quit', { preventDefault: () => { prevented++; } });
    expect(prevented).toBe(1);
  });

  it('leaves DevTools out of packaged builds', async () => {
    const w = fakeWorld({ packaged: true });
    await w.run();
    for (const win of w.windows) expect(win.options.webPreferences.devTools).toBe(false);
    const roles = w.menu().flatMap((m) => m.submenu ?? []).map((i) => i.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).toContain('reload');
  });
});

describe('electron/main.ts LAN sharing (团队 / Team menu)', () => {
  type World = ReturnType<typeof fakeWorld>;
  const settle = async () => { for (let i = 0; i < 30; i++) await new Promise((r) => setImmediate(r)); };
  const teamItem = (w: World, label: string) => {
    const item = w.menu().find((m) => m.label === '团队')?.submenu?.find((i) => i.label === label);
    if (!item) throw new Error(`no menu item ${label}`);
    return item;
  };
  const shareItem = (w: World) => teamItem(w, '允许局域网加入…');
  const click = async (w: World, label = '允许局域网加入…') => { teamItem(w, label).click!(); await settle(); };
  const NEXT = 'http://127.0.0.1:43118';
  const navigate = (w: World, url: string) => {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler() {} });
    w.app.emit('web-contents-created', {}, contents);
    let prevented = false;
    contents.emit('will-navigate', { url, preventDefault: () => { prevented = true; } });
    return !prevented;
  };
  const cspFor = (w: World, url: string) => {
    let out: { responseHeaders?: Record<string, string[]> } = {};
    w.ses.headers!({ url, responseHeaders: {} }, (r) => { out = r as typeof out; });
    return out.responseHeaders?.['Content-Security-Policy'] ?? null;
  };
  const ipcFrom = (w: World, url: string) =>
    (w.handlers.get('app:info') as (e: unknown, a?: unknown) => Promise<unknown>)({ senderFrame: { url, parent: null }, sender: {} });

  it('offers LAN sharing unticked, with the join code disabled, until the user turns it on', async () => {
    const w = fakeWorld();
    await w.run();
    expect(w.menu().map((m) => m.label)).toEqual(['文件', '视图', '窗口', '团队', '帮助']);
    expect(shareItem(w)).toMatchObject({ type: 'checkbox', checked: false, enabled: true });
    expect(teamItem(w, '显示加入口令').enabled).toBe(false);
  });

  it('asks, then restarts the hub on 0.0.0.0 with the same port, token and data folder and a join code, and reloads the windows', async () => {
    const w = fakeWorld();
    await w.run();
    const token = w.hubCalls[0]!.token as string;
    w.log.length = 0;
    await click(w);
    expect(w.hubCalls).toHaveLength(2);
    expect(w.hubCalls[1]).toEqual({ host: '0.0.0.0', port: 43117, token, dataDir: '/fake/userData' });
    expect(w.log.slice(0, 3)).toEqual(['dialog warning 允许局域网加入', 'hub close 127.0.0.1:43117', 'hub start 0.0.0.0:43117']);
    expect(w.hubs[0]!.closed).toBe(true);
    const lan = w.hubs[1]!;
    expect(lan.joinCode).toMatch(/^\d{6}$/);
    // The windows still load 127.0.0.1 — the token-bearing URLs of the restarted hub.
    expect(w.windows.map((win) => win.loaded.slice(1))).toEqual([[lan.consoleUrl], [lan.prompterUrl]]);
    expect(lan.consoleUrl).toBe(`${HUB}/?token=${token}&role=assistant#/console`);
    expect(shareItem(w)).toMatchObject({ checked: true, enabled: true });
    expect(teamItem(w, '显示加入口令').enabled).toBe(true);
    const join = w.messageBoxes.find((b) => b.type === 'info')!;
    expect(join.detail).toContain('http://192.168.1.23:43117/');
    expect(join.detail).toContain(lan.joinCode);
    expect(join.detail).not.toMatch(/127\.0\.0\.1|fe80|::1/);
    expect(join.buttons).toEqual(['复制', '好']);
    expect(w.clipboardWrites).toEqual([]);
    expect(printed.join('\n')).not.toContain(token);
    expect(printed.join('\n')).not.toContain(lan.joinCode);
  });

  it('copies the LAN URL and the join code when the user presses 复制', async () => {
    const w = fakeWorld({ join: 0 });
    await w.run();
    await click(w);
    expect(w.clipboardWrites).toEqual([`http://192.168.1.23:43117/\n加入口令: ${w.hubs[1]!.joinCode}`]);
    // 显示加入口令 shows the same dialog again.
    await click(w, '显示加入口令');
    expect(w.messageBoxes.filter((b) => b.type === 'info')).toHaveLength(2);
    expect(w.clipboardWrites).toHaveLength(2);
    expect(w.hubCalls).toHaveLength(2);
  });

  it('moves CSP, navigation guards and IPC trust to the new origin when the port changes, and refuses the old one', async () => {
    const w = fakeWorld({ busy: ['0.0.0.0:43117'] });
    await w.run();
    expect(cspFor(w, `${HUB}/`)).toEqual([buildCsp(HUB)]);
    await click(w);
    expect(w.hubCalls.map((c) => `${c.host}:${c.port}`)).toEqual(['127.0.0.1:0', '0.0.0.0:43117', '0.0.0.0:0']);
    const lan = w.hubs[1]!;
    expect(lan.port).toBe(43118);
    expect(w.windows.map((win) => win.loaded.at(-1))).toEqual([lan.consoleUrl, lan.prompterUrl]);
    expect(lan.consoleUrl.startsWith(`${NEXT}/`)).toBe(true);

    expect(cspFor(w, `${NEXT}/`)).toEqual([buildCsp(NEXT)]);
    expect(cspFor(w, `${NEXT}/`)![0]).toContain('connect-src \'self\' ws://127.0.0.1:43118');
    expect(cspFor(w, `${HUB}/`)).toBeNull();

    expect(navigate(w, `${NEXT}/?role=host#/prompter`)).toBe(true);
    expect(navigate(w, `${HUB}/`)).toBe(false);
    expect(navigate(w, 'http://192.168.1.23:43118/')).toBe(false);
    expect(navigate(w, 'https://evil.example/')).toBe(false);

    await expect(ipcFrom(w, `${NEXT}/#/console`)).resolves.toMatchObject({ name: 'LiveDeck' });
    await expect(ipcFrom(w, `${HUB}/#/console`)).rejects.toThrow(/refused/);
    await expect(ipcFrom(w, 'http://192.168.1.23:43118/')).rejects.toThrow(/refused/);
  });

  it('turns sharing off without asking: back on 127.0.0.1, same port, no join code, windows reloaded', async () => {
    const w = fakeWorld();
    await w.run();
    await click(w);
    await click(w);
    expect(w.hubCalls.map((c) => `${c.host}:${c.port}`)).toEqual(['127.0.0.1:0', '0.0.0.0:43117', '127.0.0.1:43117']);
    expect(w.messageBoxes.filter((b) => b.type === 'warning')).toHaveLength(1);
    const back = w.hubs[2]!;
    expect(back).toMatchObject({ host: '127.0.0.1', port: 43117, joinCode: null, closed: false });
    expect(w.hubs[1]!.closed).toBe(true);
    expect(w.windows.map((win) => win.loaded.length)).toEqual([3, 3]);
    expect(w.windows[0]!.loaded.at(-1)).toBe(back.consoleUrl);
    expect(shareItem(w).checked).toBe(false);
    expect(teamItem(w, '显示加入口令').enabled).toBe(false);
    expect(navigate(w, `${HUB}/`)).toBe(true);
  });

  it('leaves everything as it was when the user cancels', async () => {
    const w = fakeWorld({ confirm: 0 });
    await w.run();
    await click(w);
    expect(w.hubCalls).toHaveLength(1);
    expect(w.hubs[0]!.closed).toBe(false);
    expect(w.windows.map((win) => win.loaded.length)).toEqual([1, 1]);
    expect(shareItem(w).checked).toBe(false);
  });

  it('falls back to loopback when the hub cannot listen on the LAN, shows the error and keeps running', async () => {
    const w = fakeWorld({ busy: ['0.0.0.0'] });
    await w.run();
    await click(w);
    expect(w.hubCalls.map((c) => `${c.host}:${c.port}`)).toEqual(['127.0.0.1:0', '0.0.0.0:43117', '0.0.0.0:0', '127.0.0.1:43117']);
    const back = w.hubs[1]!;
    expect(back).toMatchObject({ host: '127.0.0.1', port: 43117, joinCode: null, closed: false });
    expect(w.log.filter((l) => l.startsWith('error '))).toEqual(['error 无法开启局域网加入 内置服务已恢复为仅本机访问（127.0.0.1），局域网设备无法加入。']);
    expect(w.log).not.toContain('exit 1');
    expect(w.windows[0]!.loaded.at(-1)).toBe(back.consoleUrl);
    expect(w.messageBoxes.filter((b) => b.type === 'info')).toEqual([]);
    expect(shareItem(w)).toMatchObject({ checked: false, enabled: true });
    expect(cspFor(w, `${HUB}/`)).toEqual([buildCsp(HUB)]);
  });

  it('closes the LAN hub, not the old one twice, when the app quits', async () => {
    const w = fakeWorld();
    await w.run();
    await click(w);
    w.app.emit('will-quit', { preventDefault: () => undefined });
    await settle();
    expect(w.hubs.map((h) => h.closed)).toEqual([true, true]);
    expect(w.hubClosedCount()).toBe(2);
    expect(w.log.at(-1)).toBe('quit');
  });
});
