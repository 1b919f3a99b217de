import { create } from 'zustand';
import type { ImportMapping, ImportResult } from '../../../../../shared/protocol/catalogImport';

export type ImportPhase = 'idle' | 'uploading' | 'parsing' | 'review' | 'error';

interface ImportState {
  phase: ImportPhase;
  /** Upload progress 0..1. */
  progress: number;
  fileName: string | null;
  /** Kept so the mapping step can resend the same bytes. */
  file: Blob | null;
  result: ImportResult | null;
  mapping: ImportMapping;
  sheet: string | null;
  /** Whole-file refusal: the hub's code (worded by the dialog) and its diagnostic message. */
  error: { code: string; message: string } | null;
}

const initial = (): ImportState => ({ phase: 'idle', progress: 0, fileName: null, file: null, result: null, mapping: {}, sheet: null, error: null });
export const useImportStore = create<ImportState>(initial);

export const importActions = {
  reset() { useImportStore.setState(initial()); },
  start(file: Blob, fileName: string) { useImportStore.setState({ phase: 'uploading', progress: 0, file, fileName, result: null, error: null }); },
  progress(p: number) { useImportStore.setState({ progress: p, phase: p >= 1 ? 'parsing' : 'uploading' }); },
  result(result: ImportResult) { useImportStore.setState({ phase: 'review', result, mapping: result.mapping, sheet: result.sheet ?? null }); },
  fail(error: { code: string; message: string }) { useImportStore.setState({ phase: 'error', error }); },
  setMapping(mapping: ImportMapping) { useImportStore.setState({ mapping }); },
  setSheet(sheet: string) { useImportStore.setState({ sheet }); },
};

export const useImportState = () => useImportStore((s) => s);
