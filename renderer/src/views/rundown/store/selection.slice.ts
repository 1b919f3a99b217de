import { create } from 'zustand';
import type { LintSection } from '../../../../../shared/domain/compliance';

export type DialogName = 'open' | 'saveAs' | 'import' | 'lexicon' | 'conflict' | 'goLive' | null;

interface SelectionState {
  slotId: string | null;
  /** A span to select in a talking-point textarea (after “locate”). */
  focus: { slotId: string; section: LintSection; start: number; end: number; nonce: number } | null;
  findingScope: 'slot' | 'all';
  dialog: DialogName;
  catalogQuery: string;
  /** Narrow screens show one pane at a time: the list, or the selected slot's editor. */
  pane: 'list' | 'editor';
}

export const useSelectionStore = create<SelectionState>(() => ({
  slotId: null, focus: null, findingScope: 'slot', dialog: null, catalogQuery: '', pane: 'list',
}));

let nonce = 0;
export const selectionActions = {
  select(slotId: string | null) { useSelectionStore.setState({ slotId }); },
  focusSpan(slotId: string, section: LintSection, start: number, end: number) {
    useSelectionStore.setState({ slotId, focus: { slotId, section, start, end, nonce: ++nonce } });
  },
  setScope(findingScope: 'slot' | 'all') { useSelectionStore.setState({ findingScope }); },
  open(dialog: DialogName) { useSelectionStore.setState({ dialog }); },
  close() { useSelectionStore.setState({ dialog: null }); },
  setQuery(catalogQuery: string) { useSelectionStore.setState({ catalogQuery }); },
  /** Open a slot in the editor (on narrow screens the editor replaces the list). */
  edit(slotId: string) { useSelectionStore.setState({ slotId, pane: 'editor' }); },
  showList() { useSelectionStore.setState({ pane: 'list' }); },
};

export const useSelectedSlotId = () => useSelectionStore((s) => s.slotId);
export const useDialog = () => useSelectionStore((s) => s.dialog);
export const useFindingScope = () => useSelectionStore((s) => s.findingScope);
export const useFocusRequest = () => useSelectionStore((s) => s.focus);
export const usePane = () => useSelectionStore((s) => s.pane);
export const useCatalogQuery = () => useSelectionStore((s) => s.catalogQuery);
