// electron/main.ts cannot run here (no Electron binary), so it is bundled as scripts/build.mjs
// does and run against a fake 'electron' module and a stub hub. This checks the wiring: sandbox
// enabled before ready, single-instance lock, guards on every webContents, the hardened session,
// every IPC channel registered, both windows created securely with the hub's URLs.
import { build } from 'esbuild';
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../shared/protocol/ipc';
import { buildCsp } from '../../../electron/shell/csp';

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
        b.onResolve({ filter: /\/hub\/hub$/ }, () => ({ path: 'livedeck-test-hub', external: true }));
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

function fakeWorld(opts: { lock?: boolean; packaged?: boolean } = {}) {
  const log: string[] = [];
  const windows: FakeWindow[] = [];
  const handlers = new Map<string, unknown>();
  const hubCalls: Array<Record<string, unknown>> = [];
  let hubClosed = 0;
  let menuTemplate: Array<{ submenu?: Array<{ role?: string }> }> = [];
  const ses = {
    calls: [] as string[],
    filter: undefined as undefined | { urls: string[] },
    headers: undefined as undefined | ((d: unknown, cb: (r: unknown) => void) => void),
    setPermissionRequestHandler() { this.calls.push('permission-request'); },
    setPermissionCheckHandler() { this.calls.push('permission-check'); },
    setDevicePermissionHandler() { this.calls.push('device'); },
    setSpellCheckerEnabled() { this.calls.push('spellcheck'); },
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
    loadURL(url: string) { this.loaded.push(url); return Promise.resolve(); }
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
    dialog: { showErrorBox: (title: string, detail: string) => log.push(`error ${title} ${detail.split('\n')[0]}`), showMessageBox: async () => ({}) },
    shell: { openExternal: async (url: string) => log.push(`openExternal ${url}`) },
  };
  const hub = {
    startHub: async (o: Record<string, unknown>) => {
      hubCalls.push(o);
      return {
        url: HUB, port: 43117, token: o.token,
        consoleUrl: `${HUB}/?token=${o.token}&role=assistant#/console`,
        prompterUrl: `${HUB}/?token=${o.token}&role=host#/prompter`,
        close: async () => { hubClosed++; },
      };
    },
  };
  const fakeRequire = (id: string) => (id === 'electron' ? electron : id === 'livedeck-test-hub' ? hub : realRequire(id));

  const run = async () => {
    const mod = { exports: {} };
    new Function('require', 'module', 'exports', '__dirname', '__filename', code)(fakeRequire, mod, mod.exports, '/app/dist/electron', '/app/dist/electron/main.js');
    ready();
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
  };
  return { run, log, windows, handlers, hubCalls, ses, app, hubClosedCount: () => hubClosed, menu: () => menuTemplate };
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
    expect(w.ses.calls).toEqual(['permission-request', 'permission-check', 'device', 'spellcheck']);
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
