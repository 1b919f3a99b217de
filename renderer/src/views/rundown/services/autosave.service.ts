import { autosaveNow, refreshRecoverable } from './documents.service';

const EVERY_MS = 5000;

/** Writes a draft every few seconds while there are unsaved changes; checks for crash drafts once. */
export function startAutosave(): () => void {
  void refreshRecoverable();
  const timer = setInterval(() => { void autosaveNow(); }, EVERY_MS);
  const onHide = () => { if (document.visibilityState === 'hidden') void autosaveNow(); };
  document.addEventListener('visibilitychange', onHide);
  return () => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onHide);
  };
}
