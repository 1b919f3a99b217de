// Guards applied to every webContents the app creates (via app 'web-contents-created'):
// navigation away from the hub, new windows and <webview> are refused. No Electron at runtime
// here, so a fake webContents can exercise the guards in unit tests.
import type { HandlerDetails, WebContents, WindowOpenHandlerResponse } from 'electron';
import { isAllowedNavigation, isSafeExternalUrl } from './security';

export interface GuardDeps {
  /** The embedded hub's origin, or null before it has started (then nothing is allowed). */
  getHubOrigin(): string | null;
  /** Hands an https link to the system browser (external.ts openInSystemBrowser). */
  openLink(url: string): void;
  /** Told about every refused attempt (logged by the shell). */
  onBlocked?(what: 'navigation' | 'new-window' | 'webview', url: string): void;
}

interface NavigationEventLike {
  url: string;
  preventDefault(): void;
}

/** Listener for will-navigate / will-redirect / will-frame-navigate. */
export function navigationGuard(deps: GuardDeps): (event: NavigationEventLike) => void {
  return (event) => {
    if (isAllowedNavigation(event.url, deps.getHubOrigin())) return;
    event.preventDefault();
    deps.onBlocked?.('navigation', event.url);
  };
}

/** setWindowOpenHandler: never opens a window; https links go to the system browser. */
export function windowOpenHandler(deps: GuardDeps): (details: Pick<HandlerDetails, 'url'>) => WindowOpenHandlerResponse {
  return ({ url }) => {
    if (isSafeExternalUrl(url)) deps.openLink(url);
    else deps.onBlocked?.('new-window', url);
    return { action: 'deny' };
  };
}

export function guardWebContents(contents: WebContents, deps: GuardDeps): void {
  const guard = navigationGuard(deps);
  contents.on('will-navigate', (event) => guard(event));
  contents.on('will-redirect', (event) => guard(event));
  contents.on('will-frame-navigate', (event) => guard(event));
  contents.setWindowOpenHandler(windowOpenHandler(deps));
  contents.on('will-attach-webview', (event, _webPreferences, params) => {
    event.preventDefault();
    deps.onBlocked?.('webview', params.src ?? '');
  });
}
