// Hardens the session the windows use: permissions denied by default, a strict CSP on every
// hub response. Takes the Session as a parameter (no Electron import at runtime).
import type { Session } from 'electron';
import { buildCsp, withCspHeader } from './csp';
import { originOf, permissionDecision } from './security';

export function hardenSession(ses: Session, hubOrigin: string, onDenied?: (permission: string, origin: string) => void): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted = permissionDecision(permission, details.requestingUrl, hubOrigin);
    if (!granted) onDenied?.(permission, details.requestingUrl);
    callback(granted);
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permissionDecision(permission, requestingOrigin, hubOrigin));
  // WebHID / WebSerial / WebUSB device access: never.
  ses.setDevicePermissionHandler(() => false);
  ses.setSpellCheckerEnabled(false);

  const csp = buildCsp(hubOrigin);
  const hub = new URL(hubOrigin);
  // A match pattern without a port matches every port; the exact origin is checked below.
  ses.webRequest.onHeadersReceived({ urls: [`${hub.protocol}//${hub.hostname}/*`] }, (details, callback) => {
    if (originOf(details.url) !== hubOrigin) return callback({});
    callback({ responseHeaders: withCspHeader(details.responseHeaders, csp) });
  });
}
