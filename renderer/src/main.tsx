import { overlayRoute } from './app/routes';
import { initSession } from './services/session';

// The query (token, and an overlay's theme/lang) is read before the session strips it from the URL.
const query = location.search;
initSession();
const root = document.getElementById('root')!;
const overlay = overlayRoute(location.hash);

/** Overlay pages (OBS browser sources) get their own lightweight tree, never the app shell or its styles. */
async function startOverlay(kind: NonNullable<typeof overlay>): Promise<void> {
  const { mountOverlay } = await import('./views/overlay/mountOverlay');
  mountOverlay(root, kind, query);
}

async function startApp(): Promise<void> {
  const { mountApp } = await import('./app/mountApp');
  mountApp(root);
}

if (overlay) void startOverlay(overlay);
else void startApp();
