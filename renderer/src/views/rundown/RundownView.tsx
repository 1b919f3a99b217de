import { useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { CatalogPanel } from './components/CatalogPanel';
import { ConflictDialog } from './components/ConflictDialog';
import { GoLiveDialog } from './components/GoLiveDialog';
import { fileActions } from './components/fileActions';
import { FindingsPanel } from './components/FindingsPanel';
import { ImportDialog } from './components/ImportDialog';
import { LexiconDialog } from './components/LexiconDialog';
import { OpenDialog } from './components/OpenDialog';
import { PrintView } from './components/PrintView';
import { QueuePanel } from './components/QueuePanel';
import { RecoveryBanner } from './components/RecoveryBanner';
import { SaveAsDialog } from './components/SaveAsDialog';
import { SlotEditor } from './components/SlotEditor';
import { Toolbar } from './components/Toolbar';
import { useRT } from '../../i18n/rundown';
import { startAutosave } from './services/autosave.service';
import { reopenAfterReload } from './services/reopen.service';
import { loadFromRoom } from './services/documents.service';
import { startEditSession } from './services/editSession.service';
import { useRoomHasShow } from './services/hubAdapter';
import { startLintRunner } from './services/lint.service';
import { useDocState } from './store/document.slice';
import { useDialog, usePane, useSelectedSlotId, selectionActions } from './store/selection.slice';
import { useRundownLayout } from './layout';
import { showActions, useShowDoc, useShowStore } from './store/show.slice';
import './rundown.css';

/** Global editor keys: undo/redo (also inside text fields, which share the editor's history), save, open. */
function useEditorKeys() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) { e.preventDefault(); showActions.undo(); }
      else if ((k === 'z' && e.shiftKey) || k === 'y') { e.preventDefault(); showActions.redo(); }
      else if (k === 's') { e.preventDefault(); if (e.shiftKey) fileActions.saveAs(); else void fileActions.save(); }
      else if (k === 'o') { e.preventDefault(); fileActions.open(); }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}

/**
 * Starts with the document this tab was editing before a reload, else from the room's
 * run-of-show, when the editor is still untouched.
 */
function useInitialShow() {
  const hasRoom = useRoomHasShow();
  const [reopen, setReopen] = useState<'pending' | 'done' | 'none'>('pending');
  useEffect(() => {
    let live = true;
    void reopenAfterReload().then((r) => { if (live) setReopen(r ? 'done' : 'none'); });
    return () => { live = false; };
  }, []);
  useEffect(() => {
    const s = useShowStore.getState();
    if (reopen === 'none' && hasRoom && s.version === 0 && s.past.length === 0) loadFromRoom(true);
  }, [hasRoom, reopen]);
}

/** Narrow screens, editor pane: the way back to the list (focus returns to the slot that was open). */
function PaneBar({ index, total }: { index: number; total: number }) {
  const t = useRT();
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => { back.current?.focus({ preventScroll: true }); }, []);
  const toList = () => {
    selectionActions.showList();
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.rd-left [data-testid="queue-slot"][aria-selected="true"]')?.focus());
  };
  return (
    <div className="rd-panebar">
      <button ref={back} type="button" className="rd-back" onClick={toList} aria-label={t('pane.backLabel')} data-testid="back-to-list">{t('pane.back')}</button>
      {index >= 0 ? <span className="muted num" data-testid="pane-position">{t('pane.position', { n: index + 1, total })}</span> : null}
    </div>
  );
}

export default function RundownView() {
  const t = useRT();
  const appT = useT();
  const show = useShowDoc();
  const selected = useSelectedSlotId();
  const dialog = useDialog();
  const doc = useDocState();
  const layout = useRundownLayout();
  const pane = usePane();
  useEditorKeys();
  useInitialShow();
  useEffect(() => startLintRunner(), []);
  useEffect(() => startEditSession(), []);
  useEffect(() => startAutosave(), []);
  useEffect(() => {
    if (show.slots.length > 0 && !show.slots.some((s) => s.id === selected)) selectionActions.select(show.slots[0]!.id);
  }, [show.slots, selected]);

  const index = show.slots.findIndex((s) => s.id === selected);
  const slot = index >= 0 ? show.slots[index]! : null;
  const product = useMemo(() => (slot ? show.products.find((p) => p.id === slot.productId) : undefined), [slot, show.products]);

  return (
    <div className="rundown" data-testid="rundown" aria-label={appT('nav.rundown')}>
      <Toolbar />
      <RecoveryBanner />
      <div className={`rd-body is-${layout}${layout === 'narrow' ? ` pane-${pane}` : ''}`} data-testid="rundown-body" data-layout={layout} data-pane={layout === 'narrow' ? pane : 'all'}>
        {layout === 'narrow' && pane === 'editor' ? <PaneBar index={index} total={show.slots.length} /> : null}
        <div className="rd-left">
          <QueuePanel readOnly={doc.readOnly} />
          <CatalogPanel readOnly={doc.readOnly} />
        </div>
        <main className="rd-center">
          {slot ? <SlotEditor key={slot.id} slot={slot} product={product} index={index} readOnly={doc.readOnly} /> : <div className="empty big">{t('slot.none')}</div>}
        </main>
        <FindingsPanel readOnly={doc.readOnly} />
      </div>
      <PrintView />
      {dialog === 'import' ? <ImportDialog /> : null}
      {dialog === 'open' ? <OpenDialog /> : null}
      {dialog === 'saveAs' ? <SaveAsDialog /> : null}
      {dialog === 'conflict' ? <ConflictDialog /> : null}
      {dialog === 'goLive' ? <GoLiveDialog /> : null}
      {dialog === 'lexicon' ? <LexiconDialog readOnly={doc.readOnly} /> : null}
    </div>
  );
}
