import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { OverlayKind } from '../../../../shared/protocol/overlay';
import { getSession } from '../../services/session';
import { useUiStore } from '../../store/ui.slice';
import { OverlayRoot } from './OverlayRoot';
import { overlayHash, overlayParams } from './overlayParams';
import { connectOverlay } from './services/overlayFeed';
import './overlay.css';

/**
 * An overlay page (OBS / 直播伴侣 browser source): its own tree on a transparent page — no app
 * shell, status bar, banner or app styles. `query` is the page's original query string.
 */
export function mountOverlay(root: HTMLElement, kind: OverlayKind, query: string): void {
  const params = overlayParams(query, location.hash);
  const { theme, lang } = params;
  history.replaceState(history.state, '', `${location.pathname}${overlayHash(kind, params)}`);
  const html = document.documentElement;
  html.classList.add('ld-overlay');
  html.dataset.theme = theme;
  // A language asked for in the URL applies to this page only (the saved preference is not changed).
  if (lang) useUiStore.setState({ lang });
  html.lang = useUiStore.getState().lang;
  document.title = `LiveDeck · overlay/${kind}`;
  connectOverlay(getSession().token);
  createRoot(root).render(
    <StrictMode>
      <OverlayRoot kind={kind} theme={theme} />
    </StrictMode>,
  );
}
