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
}

export const useSelectionStore = create<SelectionState>(() => ({
  slotId: null, focus: null, findingScope: 'slot', dialog: null, catalogQuery: '',
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
};

export const useSelectedSlotId = () => useSelectionStore((s) => s.slotId);
export const useDialog = () => useSelectionStore((s) => s.dialog);
export const useFindingScope = () => useSelectionStore((s) => s.findingScope);
export const useFocusRequest = () => useSelectionStore((s) => s.focus);
export const useCatalogQuery = () => useSelectionStore((s) => s.catalogQuery);
