import { create } from 'zustand';
import type { PushedQuestion, QaState } from '../../../shared/protocol';

interface QaSliceState {
  pushed: readonly PushedQuestion[];
  /** Comment ids marked answered, as a set for O(1) lookups in the comment list. */
  answered: ReadonlySet<string>;
  /** Comment ids pushed to the prompter. */
  pushedIds: ReadonlySet<string>;
}

export const useQaStore = create<QaSliceState>(() => ({ pushed: [], answered: new Set(), pushedIds: new Set() }));

/** Written only by services/hubClient. */
export const qaActions = {
  set(qa: QaState) {
    useQaStore.setState({
      pushed: qa.pushed,
      answered: new Set(qa.answered),
      pushedIds: new Set(qa.pushed.map((p) => p.commentId)),
    });
  },
};

export const usePushed = () => useQaStore((s) => s.pushed);
export const useAnswered = () => useQaStore((s) => s.answered);
export const usePushedIds = () => useQaStore((s) => s.pushedIds);
