import { create } from 'zustand';
import type { UserLexicon } from '../../../../../shared/protocol/document';
import type { RunOfShow } from '../../../../../shared/protocol/runOfShow';
import { emptyShow } from '../model/showEdits';

/** What one undo step restores: the show and the producer's lexicon additions. */
export interface EditorSnapshot {
  show: RunOfShow;
  lexicon: UserLexicon;
}

interface ShowState extends EditorSnapshot {
  past: EditorSnapshot[];
  future: EditorSnapshot[];
  /** Increases on every change (dirty tracking, autosave). */
  version: number;
  /** Typing into one field within COALESCE_MS is one undo step. */
  lastKey: string | null;
  lastAt: number;
}

const HISTORY = 200;
const COALESCE_MS = 1200;
export const emptyLexicon = (): UserLexicon => ({ terms: [], allow: [] });

export const useShowStore = create<ShowState>(() => ({
  show: emptyShow('draft', '未命名节目单'),
  lexicon: emptyLexicon(),
  past: [],
  future: [],
  version: 0,
  lastKey: null,
  lastAt: 0,
}));

export const showActions = {
  /** Replaces the document (open, new, recover, load from room): clears history. */
  load(show: RunOfShow, lexicon: UserLexicon = emptyLexicon()) {
    useShowStore.setState((s) => ({ show, lexicon, past: [], future: [], version: s.version + 1, lastKey: null, lastAt: 0 }));
  },
  /**
   * Applies an edit as one undo step. Edits sharing `coalesceKey` (e.g. typing into one
   * textarea) within a short time merge into the previous step.
   */
  edit(fn: (snap: EditorSnapshot) => EditorSnapshot, coalesceKey?: string, now = Date.now()) {
    useShowStore.setState((s) => {
      const next = fn({ show: s.show, lexicon: s.lexicon });
      if (next.show === s.show && next.lexicon === s.lexicon) return s;
      const merge = coalesceKey !== undefined && coalesceKey === s.lastKey && now - s.lastAt < COALESCE_MS && s.past.length > 0;
      const past = merge ? s.past : [...s.past, { show: s.show, lexicon: s.lexicon }].slice(-HISTORY);
      return { show: next.show, lexicon: next.lexicon, past, future: [], version: s.version + 1, lastKey: coalesceKey ?? null, lastAt: now };
    });
  },
  editShow(fn: (show: RunOfShow) => RunOfShow, coalesceKey?: string) {
    showActions.edit((snap) => ({ ...snap, show: fn(snap.show) }), coalesceKey);
  },
  editLexicon(fn: (lex: UserLexicon) => UserLexicon) {
    showActions.edit((snap) => ({ ...snap, lexicon: fn(snap.lexicon) }));
  },
  undo() {
    useShowStore.setState((s) => {
      const prev = s.past[s.past.length - 1];
      if (!prev) return s;
      return { ...prev, past: s.past.slice(0, -1), future: [{ show: s.show, lexicon: s.lexicon }, ...s.future], version: s.version + 1, lastKey: null };
    });
  },
  redo() {
    useShowStore.setState((s) => {
      const next = s.future[0];
      if (!next) return s;
      return { ...next, past: [...s.past, { show: s.show, lexicon: s.lexicon }], future: s.future.slice(1), version: s.version + 1, lastKey: null };
    });
  },
};

export const useShowDoc = () => useShowStore((s) => s.show);
export const useLexicon = () => useShowStore((s) => s.lexicon);
export const useCanUndo = () => useShowStore((s) => s.past.length > 0);
export const useCanRedo = () => useShowStore((s) => s.future.length > 0);
export const useShowVersion = () => useShowStore((s) => s.version);
