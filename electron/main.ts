// LiveDeck's Electron main process — a thin wiring file. It starts the embedded hub on loopback
// with a per-launch secret, hardens every window and session, and opens the console and the
// host's prompter. All decisions live in electron/shell/*, which are unit-tested under Node.
import { app, dialog, Menu, session, shell } from 'electron';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { startHub } from './hub/hub';
import { guardWebContents } from './shell/guards';
import { registerShellIpc } from './shell/ipc/register';
import { buildMenuTemplate } from './shell/menu';
import { originOf } from './shell/security';
import { hardenSession } from './shell/session';
import { createWindowManager } from './shell/windows';

const log = (message: string): void => console.log(`[livedeck] ${message}`);
let hubOrigin: string | null = null;

app.enableSandbox();
if (process.platform === 'win32') app.setAppUserModelId('com.livedeck.app');
app.on('web-contents-created', (_event, contents) =>
  guardWebContents(contents, {
    getHubOrigin: () => hubOrigin,
    openExternal: (url) => void shell.openExternal(url),
    onBlocked: (what, url) => log(`blocked ${what}: ${url.slice(0, 200)}`),
  }),
);
app.on('window-all-closed', () => app.quit());

if (!app.requestSingleInstanceLock()) app.quit();
else app.whenReady().then(launch).catch(fail);

async function launch(): Promise<void> {
  const token = randomBytes(24).toString('base64url');
  const hub = await startHub({ host: '127.0.0.1', port: 0, token, dataDir: app.getPath('userData') });
  hubOrigin = originOf(hub.consoleUrl);
  if (!hubOrigin) throw new Error(`the hub gave an unusable console URL (${hub.url})`);
  const origin = hubOrigin;

  hardenSession(session.defaultSession, origin, (permission, from) => log(`denied permission ${permission} to ${from}`));
  const windows = createWindowManager({
    urls: { console: hub.consoleUrl, prompter: hub.prompterUrl },
    preloadPath: join(__dirname, 'preload.js'),
    iconPath: join(__dirname, '..', '..', 'assets', 'icons', '256x256.png'),
    devTools: !app.isPackaged,
    log,
  });
  registerShellIpc({ windows, getHubOrigin: () => hubOrigin, log });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({
    isPackaged: app.isPackaged,
    platform: process.platform,
    locale: app.getLocale(),
    actions: {
      openConsole: () => windows.open('console'),
      openPrompter: () => windows.open('prompter'),
      openInBrowser: () => void shell.openExternal(hub.consoleUrl),
      about: () => void dialog.showMessageBox({
        title: 'LiveDeck 直播中控台',
        message: `LiveDeck 直播中控台 ${app.getVersion()}`,
        detail: `Electron ${process.versions.electron} · ${process.platform}/${process.arch}\n${origin}`,
      }),
    },
  })));

  app.on('second-instance', () => windows.focusConsole());
  app.on('activate', () => windows.focusConsole());
  let hubClosed = false;
  app.on('will-quit', (event) => {
    if (hubClosed) return;
    event.preventDefault();
    hubClosed = true;
    void hub.close().catch((err: unknown) => log(`hub close failed: ${String(err)}`)).finally(() => app.quit());
  });

  windows.open('console');
  windows.open('prompter');
  log(`hub ready on ${origin}`);
}

function fail(err: unknown): void {
  const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
  dialog.showErrorBox('LiveDeck 无法启动 / LiveDeck failed to start', detail);
  app.exit(1);
}
