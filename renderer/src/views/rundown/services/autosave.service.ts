import { autosaveNow, refreshRecoverable } from './documents.service';
import { previousUnloadWasClean } from './editSession.service';

const EVERY_MS = 5000;

/**
 * Writes a draft every few seconds while there are unsaved changes; checks for crash drafts once
 * — only when the previous page did not unload cleanly (a reload is not a crash).
 */
export function startAutosave(): () => void {
  if (!previousUnloadWasClean()) void refreshRecoverable();
  const timer = setInterval(() => { void autosaveNow(); }, EVERY_MS);
  const onHide = () => { if (document.visibilityState === 'hidden') void autosaveNow(); };
  document.addEventListener('visibilitychange', onHide);
  return () => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onHide);
  };
}
