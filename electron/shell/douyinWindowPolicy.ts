// The Douyin console window's security policy, pure (no Electron at runtime) so it is tested under
// Node: its own persistent partition, no preload, sandboxed; navigation and new windows stay within
// the rules' domains (assets/connectors/douyin.json); anything else https goes to the system browser,
// the rest is refused; every permission request is denied. It never gets the hub's token: the
// page's responses are read by the main process over the DevTools protocol (douyinWindow.ts).
import { isAllowedNavigation, type DouyinRules } from '../../shared/connectors/douyin';
import { isSafeExternalUrl } from './security';

/** The console window's session: persistent (the QR login survives restarts), apart from the app's. */
export const DOUYIN_PARTITION = 'persist:douyin-console';

/** What to do with a navigation of the console window: stay (a platform domain), hand to the system browser, or refuse. */
export type DouyinNavigation = 'allow' | 'external' | 'deny';

export function douyinNavigation(rules: Pick<DouyinRules, 'domains'>, url: string): DouyinNavigation {
  if (isAllowedNavigation(rules as DouyinRules, url)) return 'allow';
  return isSafeExternalUrl(url) ? 'external' : 'deny';
}

/**
 * window.open / target=_blank from the console: never a new Electron window. A platform page opens
 * in the console window itself; other https links in the system browser; the rest is refused.
 */
export function douyinWindowOpen(rules: Pick<DouyinRules, 'domains'>, url: string): 'same-window' | 'external' | 'deny' {
  const nav = douyinNavigation(rules, url);
  return nav === 'allow' ? 'same-window' : nav;
}

/** Permission requests of the console page (camera, notifications, clipboard…): all denied. */
export const douyinPermission = (_permission: string): boolean => false;

/** The start page of the console window. */
export function douyinStartUrl(rules: Pick<DouyinRules, 'pages'>, which: 'buyin' | 'compass'): string {
  return which === 'compass' ? rules.pages.compassScreen : rules.pages.buyinConsole;
}
