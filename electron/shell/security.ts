// Security predicates of the Electron shell (DESIGN §6). Pure functions: no Electron at runtime,
// so each one is unit-tested under plain Node (test/unit/shell/security.test.ts).
import { HANDOFF_CODE_PATTERN, HANDOFF_PATH } from '../../shared/protocol/handoff';

/** The http(s) origin of a URL ("http://127.0.0.1:5000"), or null when it has none or is unparsable. */
export function originOf(url: string | null | undefined): string | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > 8192) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.origin;
}

/**
 * Windows may only navigate within the embedded hub (same origin; other routes and hash
 * changes are fine). Everything else — other hosts, other ports, file:, data:, javascript: — is refused.
 */
export function isAllowedNavigation(url: string, hubOrigin: string | null): boolean {
  if (!hubOrigin) return false;
  return originOf(url) === hubOrigin;
}

/**
 * Links a page tries to open in a new window are never opened inside the app; https links are
 * handed to the system browser. Only plain https URLs with a host and no embedded credentials.
 */
export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > 2048) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && parsed.hostname.length > 0 && parsed.username === '' && parsed.password === '';
}

/**
 * The hub's one-time "open in browser" link and nothing else: the hub's origin, the hand-off path,
 * exactly one parameter (a well-formed code), no credentials, no fragment.
 */
export function isHandoffUrl(url: string, hubOrigin: string | null): boolean {
  if (!hubOrigin || typeof url !== 'string' || url.length > 2048 || originOf(url) !== hubOrigin) return false;
  const parsed = new URL(url);
  const keys = [...parsed.searchParams.keys()];
  return parsed.pathname === HANDOFF_PATH && parsed.hash === '' && parsed.username === '' && parsed.password === ''
    && keys.length === 1 && keys[0] === 'code' && HANDOFF_CODE_PATTERN.test(parsed.searchParams.get('code') ?? '');
}

/** What the shell may hand to the system browser: a page's https link, or the hub's hand-off link. */
export type ExternalKind = 'page-link' | 'handoff';

export function externalUrlAllowed(kind: ExternalKind, url: string, hubOrigin: string | null): boolean {
  return kind === 'handoff' ? isHandoffUrl(url, hubOrigin) : isSafeExternalUrl(url);
}

/**
 * Permissions granted to the hub's own pages. Everything else (camera, microphone, geolocation,
 * notifications, clipboard *read*, HID/serial/USB, openExternal, …) and every other origin is denied.
 * - clipboard-sanitized-write: the assistant copies talking points, replies and join links;
 *   writing sanitized text to the clipboard exposes nothing to the page.
 * - fullscreen: the host's prompter goes full screen from the page (Esc always leaves it).
 */
export const HUB_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'fullscreen']);

/** Permission request/check decision: deny by default. `requesting` is an origin or a URL. */
export function permissionDecision(permission: string, requesting: string | null | undefined, hubOrigin: string | null): boolean {
  if (!hubOrigin || !HUB_PERMISSIONS.has(permission)) return false;
  return originOf(requesting) === hubOrigin;
}

/** An IPC message is trusted only when it comes from a frame showing the embedded hub. */
export function isTrustedSender(senderFrameUrl: string | null | undefined, hubOrigin: string | null): boolean {
  if (!hubOrigin) return false;
  return originOf(senderFrameUrl) === hubOrigin;
}
