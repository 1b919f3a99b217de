import { create } from 'zustand';
import type { Intent, Topic } from '../../../shared/protocol';
import { isStringArray, loadPref, savePref } from '../services/prefs';

interface CommentViewState {
  /** Intents shown; empty = all. */
  intents: readonly Intent[];
  /** Question topic filter ('other' = questions without a topic); null = any. */
  topic: Topic | 'other' | null;
  keywords: readonly string[];
  blocked: readonly string[];
  /** Selected comment (keyboard ↑/↓ or click); selection pauses the list. */
  selectedId: string | null;
  /** Pointer over the list: the list holds still. */
  hovered: boolean;
}

export const useCommentViewStore = create<CommentViewState>(() => ({
  intents: [],
  topic: null,
  keywords: loadPref('comments.keywords', ['尺码', '发货', '退'], isStringArray),
  blocked: loadPref('comments.blocked', [], isStringArray),
  selectedId: null,
  hovered: false,
}));

export const commentViewActions = {
  toggleIntent(intent: Intent) {
    useCommentViewStore.setState((s) => ({
      intents: s.intents.includes(intent) ? s.intents.filter((i) => i !== intent) : [...s.intents, intent],
      selectedId: null,
    }));
  },
  clearIntents() {
    useCommentViewStore.setState({ intents: [], topic: null, selectedId: null });
  },
  setTopic(topic: Topic | 'other' | null) {
    useCommentViewStore.setState({ topic, intents: topic ? ['question'] : [], selectedId: null });
  },
  setKeywords(keywords: string[]) {
    savePref('comments.keywords', keywords);
    useCommentViewStore.setState({ keywords });
  },
  setBlocked(blocked: string[]) {
    savePref('comments.blocked', blocked);
    useCommentViewStore.setState({ blocked });
  },
  select(selectedId: string | null) {
    useCommentViewStore.setState({ selectedId });
  },
  setHovered(hovered: boolean) {
    useCommentViewStore.setState({ hovered });
  },
};

export const useIntentFilter = () => useCommentViewStore((s) => s.intents);
export const useTopicFilter = () => useCommentViewStore((s) => s.topic);
export const useKeywords = () => useCommentViewStore((s) => s.keywords);
export const useBlocked = () => useCommentViewStore((s) => s.blocked);
export const useSelectedCommentId = () => useCommentViewStore((s) => s.selectedId);
export const useCommentsPaused = () => useCommentViewStore((s) => s.hovered || s.selectedId !== null);
