// LiveDeck's Electron main process — a thin wiring file. It starts the embedded hub on loopback
// with a per-launch secret, hardens every window and session, and opens the console and the
// host's prompter. The 团队 / Team menu can restart the hub on the LAN (with a join code) and back.
// All decisions live in electron/shell/*, which are unit-tested under Node.
import { app, dialog, Menu, session, shell } from 'electron';
import { randomBytes } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { startHub, type Hub } from './hub';
import { openInSystemBrowser, type ExternalDeps } from './shell/external';
import { createDownloadGate } from './shell/downloads';
import { guardWebContents } from './shell/guards';
import { createHubSharing } from './shell/hubSharing';
import { registerShellIpc } from './shell/ipc/register';
import { hubOptionsFor } from './shell/lan';
import { lanDialogs } from './shell/lanDialogs';
import { buildMenuTemplate, menuLanguage } from './shell/menu';
import { originOf } from './shell/security';
import { hardenSession } from './shell/session';
import { createWindowManager } from './shell/windows';
import { isDouyinContents, openDouyinWindow } from './shell/douyinWindow';
import { defaultDouyinRules } from '../shared/connectors/douyin';

const log = (message: string): void => console.log(`[livedeck] ${message}`);
/** The origin the windows load the hub from; it follows the hub when LAN sharing restarts it. */
let hubOrigin: string | null = null;
const external: ExternalDeps = { shell, getHubOrigin: () => hubOrigin, log };

app.enableSandbox();
if (process.platform === 'win32') app.setAppUserModelId('com.livedeck.app');
app.on('web-contents-created', (_event, contents) => {
  // The Douyin console window keeps its own guards (platform domains only: douyinWindowPolicy.ts).
  if (isDouyinContents(contents)) return;
  guardWebContents(contents, {
    getHubOrigin: () => hubOrigin,
    openLink: (url) => void openInSystemBrowser(external, 'page-link', url),
    onBlocked: (what, url) => log(`blocked ${what}: ${url.slice(0, 200)}`),
  });
});
app.on('window-all-closed', () => app.quit());

if (!app.requestSingleInstanceLock()) app.quit();
else app.whenReady().then(launch).catch(fail);

function originOfHub(hub: Hub): string {
  const origin = originOf(hub.consoleUrl);
  if (!origin) throw new Error(`the hub gave an unusable console URL (${hub.url})`);
  return origin;
}

async function launch(): Promise<void> {
  const token = randomBytes(24).toString('base64url');
  const dataDir = app.getPath('userData');
  const lang = menuLanguage(app.getLocale());
  // The document and catalog-import API, as `livedeck serve` has it; the same on every restart.
  const first = await startHub(hubOptionsFor(false, { token, dataDir, port: 0 }));
  hubOrigin = originOfHub(first);

  hardenSession(session.defaultSession, () => hubOrigin, (permission, from) => log(`denied ${permission} to ${from}`), createDownloadGate());
  const windows = createWindowManager({
    urls: { console: first.consoleUrl, prompter: first.prompterUrl },
    preloadPath: join(__dirname, 'preload.js'),
    iconPath: join(__dirname, '..', '..', 'assets', 'icons', '256x256.png'),
    devTools: !app.isPackaged,
    log,
  });
  registerShellIpc({
    windows, getHubOrigin: () => hubOrigin, log,
    openDouyinConsole: async (which) => {
      const hub = sharing.hub();
      if (!hub) return;
      await openDouyinWindow({
        rules: defaultDouyinRules(), which, ingestUrl: hub.ingestUrl, log,
        toSystemBrowser: (url) => void openInSystemBrowser(external, 'page-link', url),
      });
    },
  });

  const sharing = createHubSharing<Hub>(first, { token, dataDir }, {
    startHub: (options) => startHub(options),
    ...lanDialogs(lang, networkInterfaces, log),
    useHub: (hub) => {
      // Origin first (guards, CSP, IPC trust), then the windows reload at the new URLs.
      hubOrigin = originOfHub(hub);
      windows.load({ console: hub.consoleUrl, prompter: hub.prompterUrl });
    },
    onState: () => setMenu(),
    log,
  });

  function setMenu(): void {
    const state = sharing.state();
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({
      isPackaged: app.isPackaged,
      platform: process.platform,
      locale: app.getLocale(),
      actions: {
        openConsole: () => windows.open('console'),
        openPrompter: () => windows.open('prompter'),
        // A one-time link (60 s, single use): the per-launch token never lands in the browser's history.
        openInBrowser: () => {
          const hub = sharing.hub();
          if (hub) openInSystemBrowser(external, 'handoff', hub.issueHandoff());
        },
        about: () => void dialog.showMessageBox({
          title: 'LiveDeck 直播中控台',
          message: `LiveDeck 直播中控台 ${app.getVersion()}`,
          detail: `Electron ${process.versions.electron} · ${process.platform}/${process.arch}\n${hubOrigin ?? ''}`,
        }),
      },
      team: {
        sharing: state.sharing,
        busy: state.phase !== 'idle',
        toggleSharing: () => void sharing.toggle(),
        showJoinCode: () => void sharing.showJoinCode(),
      },
    })));
  }
  setMenu();

  app.on('second-instance', () => windows.focusConsole());
  app.on('activate', () => windows.focusConsole());
  let hubClosed = false;
  app.on('will-quit', (event) => {
    if (hubClosed) return;
    event.preventDefault();
    hubClosed = true;
    void sharing.close().catch((err: unknown) => log(`hub close failed: ${String(err)}`)).finally(() => app.quit());
  });

  windows.open('console');
  windows.open('prompter');
  log(`hub ready on ${hubOrigin}`);
}

function fail(err: unknown): void {
  const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
  dialog.showErrorBox('LiveDeck 无法启动 / LiveDeck failed to start', detail);
  app.exit(1);
}
