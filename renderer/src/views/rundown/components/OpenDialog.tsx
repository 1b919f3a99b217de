import { useEffect, useState } from 'react';
import { fmtTime } from '../../../lib/format';
import { useRT } from '../../../i18n/rundown';
import { discardDraft, isDirty, listDrafts, listFiles, listRecent, openDocument, recoverDraft, refreshRecoverable, type DraftInfo, type FileInfo, type RecentInfo } from '../services/documents.service';
import { selectionActions } from '../store/selection.slice';
import { Dialog } from './Dialog';

const when = (ms: number) => `${new Date(ms).toLocaleDateString()} ${fmtTime(ms)}`;

/** Open a saved show, a recent one, or recover an autosaved draft. */
export function OpenDialog() {
  const t = useRT();
  const [files, setFiles] = useState<FileInfo[] | null>(null);
  const [recent, setRecent] = useState<RecentInfo[]>([]);
  const [drafts, setDrafts] = useState<DraftInfo[]>([]);
  const [error, setError] = useState<string | null>(null);
  const load = () => {
    listFiles().then(setFiles, (e: unknown) => { setFiles([]); setError(String(e instanceof Error ? e.message : e)); });
    listRecent().then(setRecent, () => setRecent([]));
    listDrafts().then(setDrafts, () => setDrafts([]));
  };
  useEffect(load, []);
  const confirmDiscard = () => !isDirty() || window.confirm(t('dlg.discardChanges'));
  const open = async (name: string) => {
    if (!confirmDiscard()) return;
    const r = await openDocument(name);
    if (r.ok) selectionActions.close();
    else setError(r.message);
  };
  return (
    <Dialog title={t('dlg.open')} onClose={selectionActions.close} wide testId="open-dialog">
      {error ? <div className="imp-error danger-text" data-testid="open-error">{error}</div> : null}
      {drafts.length > 0 ? (
        <section className="dlg-sec">
          <div className="sec-head"><span className="warn-text">{t('dlg.drafts')}</span></div>
          {drafts.map((d) => (
            <div className="file-row" key={d.key} data-testid="draft-row">
              <span className="file-name">{d.title}</span>
              <span className="muted small">{d.key} · {when(d.draftSavedAt)}</span>
              <span className="file-actions">
                <button className="sm primary" data-testid="draft-recover" onClick={async () => { if (!confirmDiscard()) return; await recoverDraft(d); void refreshRecoverable(); selectionActions.close(); }}>{t('dlg.recover')}</button>
                <button className="sm" onClick={async () => { await discardDraft(d.key); void refreshRecoverable(); load(); }}>{t('dlg.discard')}</button>
              </span>
            </div>
          ))}
        </section>
      ) : null}
      {recent.length > 0 ? (
        <section className="dlg-sec">
          <div className="sec-head"><span>{t('dlg.recent')}</span></div>
          <div className="recent-chips">
            {recent.map((r) => <button key={r.name} className="sm" data-testid="recent-item" onClick={() => void open(r.name)}>{r.title} <span className="muted">· {r.name}</span></button>)}
          </div>
        </section>
      ) : null}
      <section className="dlg-sec">
        <div className="sec-head"><span>{t('dlg.files')}</span></div>
        {files === null ? <div className="muted">…</div> : files.length === 0 ? <div className="muted">{t('dlg.noFiles')}</div> : null}
        <div className="file-list">
          {(files ?? []).map((f) => (
            <button key={f.name} className={`file-row ${f.status}`} data-testid="file-row" data-name={f.name} onClick={() => void open(f.name)} title={f.error}>
              <span className="file-name">{f.title}</span>
              <span className="muted small">{f.name}.livedeck.json · {f.savedAt ? when(f.savedAt) : ''}</span>
              {f.status === 'invalid' ? <span className="badge sev-error">{t('dlg.invalid')}</span> : null}
              {f.status === 'newer' ? <span className="badge sev-warning">{t('dlg.newer')}</span> : null}
            </button>
          ))}
        </div>
      </section>
    </Dialog>
  );
}
