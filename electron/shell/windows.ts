// Creates and tracks the console and prompter windows (Electron runtime; titles, sizes and
// placement live in windowOptions.ts and displays.ts). The webPreferences are written out
// literally at the one `new BrowserWindow` call, so a reviewer or a scanner (Electronegativity)
// reads them where the window is made; test/unit/shell/windows.test.ts checks every window's.
import { BrowserWindow, screen } from 'electron';
import { planWindows } from './displays';
import { windowOptions, type WindowKind } from './windowOptions';

export interface WindowManagerOptions {
  /** What each window loads: the hub's consoleUrl and prompterUrl (token and role in the query). */
  urls: Record<WindowKind, string>;
  preloadPath: string;
  iconPath?: string;
  devTools: boolean;
  log(message: string): void;
}

export interface WindowManager {
  open(kind: WindowKind): BrowserWindow;
  /** Brings back the console (second app launch, dock click). */
  focusConsole(): void;
  /**
   * The hub restarted (LAN sharing on or off): open windows load its new URLs now, windows
   * opened later use them too.
   */
  load(urls: Record<WindowKind, string>): void;
}

export function createWindowManager(opts: WindowManagerOptions): WindowManager {
  const windows = new Map<WindowKind, BrowserWindow>();
  let urls: Record<WindowKind, string> = { ...opts.urls };
  function load(kind: WindowKind, win: BrowserWindow): void {
    win.loadURL(urls[kind]).catch((err: unknown) => opts.log(`${kind} failed to load: ${String(err)}`));
  }

  const plan = () => planWindows(screen.getAllDisplays(), screen.getPrimaryDisplay().id);

  function create(kind: WindowKind): BrowserWindow {
    const placement = plan()[kind];
    // Reviewed scanner findings (docs/security.md, Shell): REMOTE_MODULE_JS_CHECK assumes an Electron
    // older than 14 when it cannot see package.json (the remote module is gone since 14; we ship 39);
    // PRELOAD_JS_CHECK asks to review the preload: it exposes one named function per IPC channel
    // and no Electron or Node object (preload.test.ts), and the main process checks every call.
    const win = new BrowserWindow({ // eng-disable REMOTE_MODULE_JS_CHECK
      ...windowOptions(kind, placement, { iconPath: opts.iconPath }),
      webPreferences: {
        preload: opts.preloadPath, // eng-disable PRELOAD_JS_CHECK
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        experimentalFeatures: false,
        // Middle-click cannot open a window or a link (guards.ts refuses those anyway).
        disableBlinkFeatures: 'Auxclick',
        spellcheck: false,
        navigateOnDragDrop: false,
        safeDialogs: true,
        // False in packaged builds: no DevTools for viewers of a live show.
        devTools: opts.devTools,
      },
    });
    windows.set(kind, win);
    win.on('closed', () => windows.delete(kind));
    // Keep our Chinese window titles rather than the page's <title>.
    win.on('page-title-updated', (event) => event.preventDefault());
    win.once('ready-to-show', () => win.show());
    // A live show cannot wait: a crashed or killed page reloads by itself.
    win.webContents.on('render-process-gone', (_event, details) => {
      opts.log(`${kind} page gone (${details.reason}); reloading`);
      if (details.reason !== 'clean-exit' && !win.isDestroyed()) setTimeout(() => !win.isDestroyed() && win.reload(), 1000);
    });
    load(kind, win);
    return win;
  }

  function place(kind: WindowKind, win: BrowserWindow): void {
    const placement = plan()[kind];
    if (win.isFullScreen() && !placement.fullscreen) win.setFullScreen(false);
    win.setBounds(placement.bounds);
    if (placement.fullscreen) win.setFullScreen(true);
  }

  return {
    open(kind) {
      const existing = windows.get(kind);
      if (existing && !existing.isDestroyed()) {
        // The prompter may have been opened before the TV was plugged in: place it again.
        if (kind === 'prompter') place(kind, existing);
        if (existing.isMinimized()) existing.restore();
        existing.show();
        existing.focus();
        return existing;
      }
      return create(kind);
    },
    focusConsole() {
      this.open('console');
    },
    load(next) {
      urls = { ...next };
      for (const [kind, win] of windows) if (!win.isDestroyed()) load(kind, win);
    },
  };
}
