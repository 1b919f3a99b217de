import { create } from 'zustand';
import type { CommentItem } from '../../../shared/protocol';
import { appendComments, RecentIds, resetComments, type CommentBuffer } from './commentBuffer';

/** Comments kept on the client; older ones fall off (DESIGN §5: bounded buffers). */
export const COMMENT_CAP = 2000;
/** Comment ids remembered for de-duplication (bounded too). */
export const SEEN_IDS_CAP = COMMENT_CAP * 2;

/**
 * items: oldest first, at most COMMENT_CAP, no id twice.
 * total: distinct comments received since the page loaded (monotonic): global index of items[i] = total - items.length + i.
 */
export const useCommentsStore = create<CommentBuffer>(() => ({ items: [], total: 0 }));

const seen = new RecentIds(SEEN_IDS_CAP);

/** Written only by services/hubClient (one call per animation frame). */
export const commentActions = {
  reset(items: readonly CommentItem[]) {
    useCommentsStore.setState(resetComments(useCommentsStore.getState(), items, seen, COMMENT_CAP));
  },
  append(batch: readonly CommentItem[]) {
    if (batch.length === 0) return;
    const next = appendComments(useCommentsStore.getState(), batch, seen, COMMENT_CAP);
    if (next) useCommentsStore.setState(next);
  },
};

export const useCommentItems = () => useCommentsStore((s) => s.items);
export const useCommentTotal = () => useCommentsStore((s) => s.total);
