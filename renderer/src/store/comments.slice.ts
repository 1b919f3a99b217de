import { create } from 'zustand';
import type { CommentItem } from '../../../shared/protocol';

/** Comments kept on the client; older ones fall off (DESIGN §5: bounded buffers). */
export const COMMENT_CAP = 2000;

interface CommentsState {
  /** Oldest first, at most COMMENT_CAP. */
  items: readonly CommentItem[];
  /** Comments received since the page loaded (monotonic): global index of items[i] = total - items.length + i. */
  total: number;
}

export const useCommentsStore = create<CommentsState>(() => ({ items: [], total: 0 }));

/** Written only by services/hubClient (one call per animation frame). */
export const commentActions = {
  reset(items: readonly CommentItem[]) {
    useCommentsStore.setState((s) => ({ items: items.slice(-COMMENT_CAP), total: s.total + items.length }));
  },
  append(batch: readonly CommentItem[]) {
    if (batch.length === 0) return;
    useCommentsStore.setState((s) => {
      const keep = Math.max(0, s.items.length + batch.length - COMMENT_CAP);
      const head = keep > 0 ? s.items.slice(keep) : s.items;
      const tail = batch.length > COMMENT_CAP ? batch.slice(-COMMENT_CAP) : batch;
      return { items: head.concat(tail), total: s.total + batch.length };
    });
  },
};

export const useCommentItems = () => useCommentsStore((s) => s.items);
export const useCommentTotal = () => useCommentsStore((s) => s.total);
