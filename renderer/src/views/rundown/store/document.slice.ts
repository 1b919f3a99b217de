import { create } from 'zustand';

/** Where the open show lives on the hub and whether it has unsaved changes. */
interface DocumentState {
  /** Saved document name (null = never saved). */
  name: string | null;
  /** Key of this editing session's autosave draft. */
  draftKey: string;
  /** savedAt of the file version this editor started from (for "changed on disk" checks). */
  fileSavedAt: number | null;
  /** Show-store version at the last save/open (dirty = version differs). */
  cleanVersion: number;
  readOnly: boolean;
  saving: boolean;
  lastAutosaveAt: number | null;
  /** Drafts found at start-up (crash recovery). */
  recoverable: number;
}

export const useDocumentStore = create<DocumentState>(() => ({
  name: null, draftKey: '未命名-draft', fileSavedAt: null, cleanVersion: 0, readOnly: false, saving: false, lastAutosaveAt: null, recoverable: 0,
}));

export const documentActions = {
  opened(p: { name: string | null; fileSavedAt: number | null; readOnly: boolean; version: number; draftKey?: string }) {
    useDocumentStore.setState((s) => ({ name: p.name, fileSavedAt: p.fileSavedAt, readOnly: p.readOnly, cleanVersion: p.version, draftKey: p.draftKey ?? p.name ?? s.draftKey }));
  },
  saved(name: string, savedAt: number, version: number) {
    useDocumentStore.setState({ name, fileSavedAt: savedAt, readOnly: false, cleanVersion: version, draftKey: name, saving: false });
  },
  setSaving(saving: boolean) { useDocumentStore.setState({ saving }); },
  autosaved(at: number) { useDocumentStore.setState({ lastAutosaveAt: at }); },
  setRecoverable(n: number) { useDocumentStore.setState({ recoverable: n }); },
  setDraftKey(draftKey: string) { useDocumentStore.setState({ draftKey }); },
};

export const useDocName = () => useDocumentStore((s) => s.name);
export const useDocState = () => useDocumentStore((s) => s);
