import { useEffect, useRef, useState } from 'react';
import { TEXT_LIMITS } from '../../../../../shared/protocol';
import { LimitCounter } from '../../../components/LimitCounter';
import { limitedValue } from '../../../lib/textLimit';
import { fmtTime } from '../../../lib/format';
import { useRT } from '../../../i18n/rundown';
import { loadFromRoom } from '../services/documents.service';
import { exportCsv, exportXlsx, printShow } from '../services/export.service';
import { requestGoLive } from '../services/goLive.service';
import { useHubConnected, useRoomHasShow } from '../services/hubAdapter';
import { useDocState } from '../store/document.slice';
import { useLiveSend } from '../store/live.slice';
import { useShowFindings } from '../store/lint.slice';
import { selectionActions } from '../store/selection.slice';
import { showActions, useCanRedo, useCanUndo, useShowDoc, useShowVersion } from '../store/show.slice';
import { fileActions } from './fileActions';

function ExportMenu() {
  const t = useRT();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const off = (e: MouseEvent) => { if (!ref.current?.contains(e.target as Node)) setOpen(false); };
    window.addEventListener('mousedown', off);
    return () => window.removeEventListener('mousedown', off);
  }, [open]);
  const pick = (fn: () => Promise<void>) => { setOpen(false); void fn(); };
  return (
    <div className="menu" ref={ref}>
      <button onClick={() => setOpen(!open)} aria-haspopup="menu" aria-expanded={open} data-testid="export-menu">{t('tb.export')} ▾</button>
      {open ? (
        <div className="menu-pop" role="menu">
          <button role="menuitem" data-testid="export-print" onClick={() => pick(printShow)}>{t('tb.print')}</button>
          <button role="menuitem" data-testid="export-csv" onClick={() => pick(exportCsv)}>{t('tb.csv')}</button>
          <button role="menuitem" data-testid="export-xlsx" onClick={() => pick(exportXlsx)}>{t('tb.xlsx')}</button>
        </div>
      ) : null}
    </div>
  );
}

export function Toolbar() {
  const t = useRT();
  const show = useShowDoc();
  const doc = useDocState();
  const version = useShowVersion();
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();
  const live = useLiveSend();
  const connected = useHubConnected();
  const hasRoom = useRoomHasShow();
  const errors = useShowFindings().filter((f) => f.severity === 'error').length;
  const dirty = version !== doc.cleanVersion;

  const send = () => {
    if (errors > 0 && !window.confirm(t('live.confirmErrors', { n: errors }))) return;
    requestGoLive();
  };

  return (
    <div className="rd-toolbar">
      <input
        type="text" className="show-title" data-testid="show-title" aria-label={t('tb.title')} value={show.title} readOnly={doc.readOnly}
        onChange={(e) => { const title = limitedValue(e.target.value, TEXT_LIMITS.showTitle); showActions.editShow((s) => ({ ...s, title: title || ' ' }), 'title'); }}
      />
      <LimitCounter length={show.title.length} max={TEXT_LIMITS.showTitle} />
      <span className="doc-state small" data-testid="doc-state" data-dirty={dirty} data-name={doc.name ?? ''}>
        <span className="doc-name">{doc.name ? `${doc.name}.livedeck.json` : t('doc.untitled')}</span>
        {doc.readOnly ? <span className="badge sev-warning">{t('doc.readOnly')}</span> : null}
        <span className={dirty ? 'warn-text' : 'muted'}>{doc.saving ? t('doc.saving') : dirty ? `● ${t('doc.unsaved')}` : doc.name ? t('doc.saved') : t('doc.notSaved')}</span>
        {dirty && doc.lastAutosaveAt ? <span className="muted">{t('doc.autosaved', { time: fmtTime(doc.lastAutosaveAt) })}</span> : null}
      </span>
      <span className="tb-group">
        <button onClick={fileActions.newShow}>{t('tb.new')}</button>
        <button onClick={fileActions.open} data-testid="open-button">{t('tb.open')}</button>
        <button onClick={() => void fileActions.save()} data-testid="save-button" title="Ctrl+S">{t('tb.save')}</button>
        <button onClick={fileActions.saveAs} data-testid="saveas-button">{t('tb.saveAs')}</button>
      </span>
      <span className="tb-group">
        <button onClick={() => selectionActions.open('import')} disabled={doc.readOnly} data-testid="toolbar-import">{t('tb.import')}</button>
        <ExportMenu />
      </span>
      <span className="tb-group">
        <button className="ghost" onClick={showActions.undo} disabled={!canUndo} title="Ctrl+Z" aria-label={t('tb.undo')} data-testid="undo">↶ {t('tb.undo')}</button>
        <button className="ghost" onClick={showActions.redo} disabled={!canRedo} title="Ctrl+Shift+Z" aria-label={t('tb.redo')} data-testid="redo">↷ {t('tb.redo')}</button>
        <button className="ghost" onClick={() => selectionActions.open('lexicon')} data-testid="lexicon-button">{t('tb.lexicon')}</button>
      </span>
      <span className="tb-spacer" />
      <button className="ghost" onClick={() => loadFromRoom()} disabled={!hasRoom}>{t('tb.fromRoom')}</button>
      <button className="primary golive" onClick={send} disabled={!connected || live.sending} data-testid="go-live" title={live.baseRev !== null ? `rev ${live.baseRev}` : undefined}>
        {live.sending ? t('tb.sending') : `⇪ ${t('tb.goLive')}`}
      </button>
    </div>
  );
}
