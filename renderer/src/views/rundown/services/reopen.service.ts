import { useShowStore } from '../store/show.slice';
import { listDrafts, openDocument, recoverDraft } from './documents.service';
import { rememberedDoc } from './editSession.service';

/**
 * After a reload of #/rundown: reopens what this tab was editing — its unsaved draft when it
 * had unsaved changes, else the saved document. False when there was nothing to reopen (or it
 * is gone), so the editor starts from the room's show as before.
 */
export async function reopenAfterReload(): Promise<boolean> {
  const ref = rememberedDoc();
  if (!ref) return false;
  const untouched = () => useShowStore.getState().version === 0 && useShowStore.getState().past.length === 0;
  try {
    if (ref.dirty) {
      const draft = (await listDrafts()).find((d) => d.key === ref.draftKey);
      if (draft && untouched()) {
        await recoverDraft(draft);
        return true;
      }
    }
    if (ref.name && untouched()) return (await openDocument(ref.name)).ok;
  } catch {
    // The hub is unreachable: start as a fresh tab would.
  }
  return false;
}
