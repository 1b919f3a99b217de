// Hardens the session the windows use: permissions denied by default, downloads denied unless the
// app asked for them (downloads.ts), a strict CSP on every hub response. Takes the Session as a parameter (no Electron import at runtime).
// The hub origin may change while the app runs (LAN sharing restarts the hub, perhaps on another
// port), so the handlers read it through a getter and the CSP is rebuilt for each new origin.
import type { Session } from 'electron';
import { buildCsp, withCspHeader } from './csp';
import type { DownloadGate } from './downloads';
import { originOf, permissionDecision } from './security';

/** buildCsp for the current origin, rebuilt only when the origin changes. */
export function cspForOrigin(): (hubOrigin: string) => string {
  let cached: { origin: string; csp: string } | null = null;
  return (hubOrigin) => {
    if (cached?.origin !== hubOrigin) cached = { origin: hubOrigin, csp: buildCsp(hubOrigin) };
    return cached.csp;
  };
}

export function hardenSession(
  ses: Session,
  hubOrigin: string | (() => string | null),
  onDenied?: (permission: string, origin: string) => void,
  downloads?: DownloadGate,
): void {
  const current = typeof hubOrigin === 'function' ? hubOrigin : () => hubOrigin;
  const initial = current();
  if (!initial || originOf(initial) !== initial) throw new Error(`hardenSession: not an http(s) origin: ${String(initial)}`);

  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted = permissionDecision(permission, details.requestingUrl, current());
    if (!granted) onDenied?.(permission, details.requestingUrl);
    callback(granted);
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permissionDecision(permission, requestingOrigin, current()));
  // WebHID / WebSerial / WebUSB device access: never.
  ses.setDevicePermissionHandler(() => false);
  ses.setSpellCheckerEnabled(false);
  ses.on('will-download', (event, item) => {
    const url = item.getURL();
    if (downloads?.admit(url)) return;
    event.preventDefault();
    onDenied?.('download', url.slice(0, 200));
  });

  const csp = cspForOrigin();
  const hub = new URL(initial);
  // A match pattern without a port matches every port (a restarted hub may get a new one); the
  // exact current origin is checked below. The host never changes: the shell always loads the
  // hub at 127.0.0.1, also while it listens on 0.0.0.0 for the LAN.
  ses.webRequest.onHeadersReceived({ urls: [`${hub.protocol}//${hub.hostname}/*`] }, (details, callback) => {
    const origin = current();
    if (!origin || originOf(details.url) !== origin) return callback({});
    callback({ responseHeaders: withCspHeader(details.responseHeaders, csp(origin)) });
  });
}
