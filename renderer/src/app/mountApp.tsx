import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { takeHandoffToken } from '../services/handoff';
import { setCredentials } from '../services/session';
import { useUiStore } from '../store/ui.slice';
import '../styles/base.css';
import '../styles/app.css';

/** The app: console, prompter, rundown, review, sources (everything but the overlay pages). */
export function mountApp(root: HTMLElement): void {
  // Opened from the desktop app's "open in browser": the token came in a one-time cookie, not the URL.
  const handedOff = takeHandoffToken(document);
  if (handedOff) setCredentials(handedOff, null);
  const syncLang = () => { document.documentElement.lang = useUiStore.getState().lang; };
  syncLang();
  useUiStore.subscribe(syncLang);

  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
