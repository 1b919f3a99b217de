import { OVERLAY_THEMES, type OverlayTheme } from '../../../../shared/protocol/overlay';
import type { Lang } from '../../store/ui.slice';

export interface OverlayParams {
  theme: OverlayTheme;
  /** Language asked for in the URL; null = the browser's saved choice (zh-CN by default). */
  lang: Lang | null;
}

/**
 * An overlay URL's options, from its query (`/?token=T&theme=light#/overlay/product`) or its hash
 * (`#/overlay/product?theme=light`); the hash wins. `theme`: dark (default) or light card style;
 * `lang`: zh-CN or en.
 */
export function overlayParams(search: string, hash: string): OverlayParams {
  const fromQuery = new URLSearchParams(search);
  const q = hash.indexOf('?');
  const fromHash = new URLSearchParams(q >= 0 ? hash.slice(q + 1) : '');
  const pick = (k: string) => fromHash.get(k) ?? fromQuery.get(k);
  const theme = pick('theme');
  const lang = pick('lang');
  return {
    theme: (OVERLAY_THEMES as readonly string[]).includes(theme ?? '') ? (theme as OverlayTheme) : 'dark',
    lang: lang === 'en' || lang === 'zh-CN' ? lang : null,
  };
}

/**
 * The overlay's hash with its options in it (`#/overlay/product?theme=light`): the session strips
 * the query (the token) from the visible URL, and a browser source that reloads the page must keep
 * the theme and language it was set up with.
 */
export function overlayHash(kind: string, p: OverlayParams): string {
  const q = new URLSearchParams();
  if (p.theme !== 'dark') q.set('theme', p.theme);
  if (p.lang) q.set('lang', p.lang);
  const qs = q.toString();
  return `#/overlay/${kind}${qs ? `?${qs}` : ''}`;
}
