import { create } from 'zustand';
import type { ShowFinding } from '../../../../../shared/domain/compliance';

/** Findings of the whole show, recomputed (debounced) by services/lint.service. */
interface LintState {
  findings: ShowFinding[];
  /** Milliseconds the last full lint took (shown in a tooltip). */
  tookMs: number;
}

export const useLintStore = create<LintState>(() => ({ findings: [], tookMs: 0 }));
export const lintActions = {
  set(findings: ShowFinding[], tookMs: number) { useLintStore.setState({ findings, tookMs }); },
};

export const useShowFindings = () => useLintStore((s) => s.findings);
export const useLintTook = () => useLintStore((s) => s.tookMs);
