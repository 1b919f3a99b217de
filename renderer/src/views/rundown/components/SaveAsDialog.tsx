import { useState } from 'react';
import { safeFileName } from '../../../../../shared/text/fileName';
import { useRT } from '../../../i18n/rundown';
import { saveDocument } from '../services/documents.service';
import { useDocumentStore } from '../store/document.slice';
import { selectionActions } from '../store/selection.slice';
import { useShowStore } from '../store/show.slice';
import { Dialog } from './Dialog';

/** Asks for a file name; offers to overwrite an existing file explicitly. */
export function SaveAsDialog() {
  const t = useRT();
  const [name, setName] = useState(() => useDocumentStore.getState().name ?? safeFileName(useShowStore.getState().show.title, { maxLength: 60, fallback: '' }));
  const [error, setError] = useState<string | null>(null);
  const [exists, setExists] = useState(false);
  const submit = async (overwrite: boolean) => {
    const r = await saveDocument(name.trim(), { mode: 'saveAs', overwrite });
    if (r.ok) { selectionActions.close(); return; }
    setExists(r.code === 'exists');
    setError(r.code === 'exists' ? t('dlg.exists') : r.message);
  };
  return (
    <Dialog title={t('dlg.saveAs')} onClose={selectionActions.close} testId="saveas-dialog">
      <form onSubmit={(e) => { e.preventDefault(); void submit(false); }}>
        <label className="field">
          <span>{t('dlg.name')}</span>
          <input type="text" data-testid="saveas-name" value={name} maxLength={100} onChange={(e) => { setName(e.target.value); setError(null); setExists(false); }} />
          <span className="muted">.livedeck.json</span>
        </label>
        {error ? <div className="imp-error danger-text" data-testid="saveas-error">{error}</div> : null}
        <div className="dlg-actions">
          <button type="button" onClick={selectionActions.close}>{t('dlg.cancel')}</button>
          {exists ? <button type="button" className="danger" onClick={() => void submit(true)}>{t('dlg.overwrite')}</button> : null}
          <button type="submit" className="primary" data-testid="saveas-ok" disabled={!name.trim()}>{t('dlg.ok')}</button>
        </div>
      </form>
    </Dialog>
  );
}
