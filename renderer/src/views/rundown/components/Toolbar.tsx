import { TEXT_LIMITS } from '../../../../../shared/protocol';
import { LimitCounter } from '../../../components/LimitCounter';
import { MenuButton } from '../../../components/MenuButton';
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
import { useRundownLayout } from '../layout';
import { fileActions } from './fileActions';

function ExportMenu() {
  const t = useRT();
  return (
    <MenuButton
      label={t('tb.export')} testId="export-menu"
      items={[
        { key: 'print', label: t('tb.print'), onSelect: () => void printShow(), testId: 'export-print' },
        { key: 'csv', label: t('tb.csv'), onSelect: () => void exportCsv(), testId: 'export-csv' },
        { key: 'xlsx', label: t('tb.xlsx'), onSelect: () => void exportXlsx(), testId: 'export-xlsx' },
      ]}
    />
  );
}

/** Tablet widths: the toolbar's secondary actions, exports included, in one 更多 menu. */
function MoreMenu({ hasRoom }: { hasRoom: boolean }) {
  const t = useRT();
  return (
    <MenuButton
      label={t('tb.more')} ariaLabel={t('tb.moreLabel')} testId="toolbar-more"
      items={[
        { key: 'new', label: t('tb.new'), onSelect: fileActions.newShow, testId: 'new-button' },
        { key: 'open', label: t('tb.open'), onSelect: fileActions.open, testId: 'open-button' },
        { key: 'saveAs', label: t('tb.saveAs'), onSelect: fileActions.saveAs, testId: 'saveas-button' },
        { key: 'print', label: t('tb.exportPrint'), onSelect: () => void printShow(), testId: 'export-print', divided: true },
        { key: 'csv', label: t('tb.exportCsv'), onSelect: () => void exportCsv(), testId: 'export-csv' },
        { key: 'xlsx', label: t('tb.exportXlsx'), onSelect: () => void exportXlsx(), testId: 'export-xlsx' },
        { key: 'lexicon', label: t('tb.lexicon'), onSelect: () => selectionActions.open('lexicon'), testId: 'lexicon-button', divided: true },
        { key: 'fromRoom', label: t('tb.fromRoom'), onSelect: () => loadFromRoom(), disabled: !hasRoom, testId: 'fromroom-button' },
      ]}
    />
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

  const compact = useRundownLayout() !== 'wide';
  const undoRedo = (
    <>
      <button className="ghost" onClick={showActions.undo} disabled={!canUndo} title="Ctrl+Z" aria-label={t('tb.undo')} data-testid="undo">↶ {t('tb.undo')}</button>
      <button className="ghost" onClick={showActions.redo} disabled={!canRedo} title="Ctrl+Shift+Z" aria-label={t('tb.redo')} data-testid="redo">↷ {t('tb.redo')}</button>
    </>
  );

  const send = () => {
    if (errors > 0 && !window.confirm(t('live.confirmErrors', { n: errors }))) return;
    requestGoLive();
  };

  return (
    <div className={`rd-toolbar${compact ? ' is-compact' : ''}`} data-testid="rundown-toolbar">
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
      {compact ? (
        <span className="tb-group">
          <button onClick={() => void fileActions.save()} data-testid="save-button" title="Ctrl+S">{t('tb.save')}</button>
          <button onClick={() => selectionActions.open('import')} disabled={doc.readOnly} data-testid="toolbar-import">{t('tb.import')}</button>
          {undoRedo}
          <MoreMenu hasRoom={hasRoom} />
        </span>
      ) : (
        <>
          <span className="tb-group">
            <button onClick={fileActions.newShow} data-testid="new-button">{t('tb.new')}</button>
            <button onClick={fileActions.open} data-testid="open-button">{t('tb.open')}</button>
            <button onClick={() => void fileActions.save()} data-testid="save-button" title="Ctrl+S">{t('tb.save')}</button>
            <button onClick={fileActions.saveAs} data-testid="saveas-button">{t('tb.saveAs')}</button>
          </span>
          <span className="tb-group">
            <button onClick={() => selectionActions.open('import')} disabled={doc.readOnly} data-testid="toolbar-import">{t('tb.import')}</button>
            <ExportMenu />
          </span>
          <span className="tb-group">
            {undoRedo}
            <button className="ghost" onClick={() => selectionActions.open('lexicon')} data-testid="lexicon-button">{t('tb.lexicon')}</button>
          </span>
          <span className="tb-spacer" />
          <button className="ghost" onClick={() => loadFromRoom()} disabled={!hasRoom} data-testid="fromroom-button">{t('tb.fromRoom')}</button>
        </>
      )}
      {compact ? <span className="tb-spacer" /> : null}
      <button className="primary golive" onClick={send} disabled={!connected || live.sending} data-testid="go-live" title={live.baseRev !== null ? `rev ${live.baseRev}` : undefined}>
        {live.sending ? t('tb.sending') : `⇪ ${t('tb.goLive')}`}
      </button>
    </div>
  );
}
