import { toastActions } from '../../../store/toasts.slice';
import { trd } from '../../../i18n/rundown';
import { isDirty, newDocument, saveDocument } from '../services/documents.service';
import { useDocumentStore } from '../store/document.slice';
import { selectionActions } from '../store/selection.slice';

/** Toolbar / keyboard file commands (they may ask the producer through dialogs). */
export const fileActions = {
  newShow() {
    if (isDirty() && !window.confirm(trd('dlg.discardChanges'))) return;
    newDocument();
  },
  open() {
    selectionActions.open('open');
  },
  saveAs() {
    selectionActions.open('saveAs');
  },
  async save() {
    const { name, readOnly } = useDocumentStore.getState();
    if (!name || readOnly) { selectionActions.open('saveAs'); return; }
    const r = await saveDocument(name, { mode: 'save' });
    if (r.ok) return;
    if (r.code === 'changed_on_disk') {
      if (window.confirm(`${r.message}\n\n${trd('dlg.exists')}`)) await saveDocument(name, { mode: 'saveAs', overwrite: true });
      return;
    }
    toastActions.show('error', r.message);
    // A file that fails to validate or is from a newer version is never overwritten: save elsewhere.
    if (r.code === 'invalid_on_disk' || r.code === 'read_only') selectionActions.open('saveAs');
  },
};
