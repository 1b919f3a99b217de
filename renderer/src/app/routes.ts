import { OVERLAY_KINDS, type OverlayKind } from '../../../shared/protocol/overlay';

export const ROUTES = ['console', 'prompter', 'rundown', 'review', 'sources', 'integrations'] as const;
export type Route = (typeof ROUTES)[number];

export function parseRoute(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'console';
}

/**
 * Overlay pages for OBS / 直播伴侣 browser sources (issue 17): `#/overlay/question`,
 * `#/overlay/product`, `#/overlay/lower-third`. They are not app routes: main.tsx mounts their
 * own lightweight tree (renderer/src/views/overlay) instead of the app shell.
 */
export function overlayRoute(hash: string): OverlayKind | null {
  const m = /^#\/?overlay\/([a-z-]+)/.exec(hash);
  const kind = m?.[1] ?? '';
  return (OVERLAY_KINDS as readonly string[]).includes(kind) ? (kind as OverlayKind) : null;
}
