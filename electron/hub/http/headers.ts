import type { IncomingMessage } from 'node:http';

/**
 * The Host a request names, when it is one the hub answers for: an IP literal (v4 or bracketed v6)
 * or `localhost`, with an optional port. A DNS-rebinding page reaches the hub under its own name
 * (evil.example resolving to 127.0.0.1) and is refused. Null when refused.
 */
export function trustedHost(req: Pick<IncomingMessage, 'headers'>): string | null {
  const host = req.headers.host;
  if (!host || host.length > 100) return null;
  const m = /^(\[[0-9a-fA-F:.]+\]|\d{1,3}(?:\.\d{1,3}){3}|localhost)(?::(\d{1,5}))?$/i.exec(host);
  return m ? host.toLowerCase() : null;
}

/**
 * Content-Security-Policy of every page the hub serves (Electron windows and LAN browsers
 * alike): scripts, styles and network only from the hub's own origin — `connect-src` names the
 * hub's own ws:// origin and nothing else. Same rules as the shell's (electron/shell/csp.ts).
 */
export function hubCsp(host: string | null): string {
  const ws = host ? ` ws://${host}` : '';
  return [
    "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", `connect-src 'self'${ws}`,
    "img-src 'self' data:", "font-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'none'",
  ].join('; ');
}

/** Headers on every response of the hub. */
export function securityHeaders(req: Pick<IncomingMessage, 'headers'>): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'content-security-policy': hubCsp(trustedHost(req)),
  };
}
