import { useMemo, useRef } from 'react';
import type { CommentItem } from '../../../../shared/protocol';
import { useCommentItems, useCommentTotal } from '../../store/comments.slice';
import { useBlocked, useCommentsPaused, useIntentFilter, useTopicFilter } from '../../store/commentView.slice';
import { useAnswered } from '../../store/qa.slice';
import { countNewSince, makePredicate, nextFrozen, type CommentWindow } from './commentFilter';

export interface VisibleComments {
  list: readonly CommentItem[];
  paused: boolean;
  /** Matching comments that arrived while paused. */
  newCount: number;
}

/**
 * The comment list as shown: filtered, and frozen while paused (pointer over the list or a
 * comment selected) so nothing moves under the pointer; counts what arrived meanwhile.
 */
export function useVisibleComments(): VisibleComments {
  const items = useCommentItems();
  const total = useCommentTotal();
  const paused = useCommentsPaused();
  const intents = useIntentFilter();
  const topic = useTopicFilter();
  const blocked = useBlocked();
  const answered = useAnswered();
  const frozen = useRef<CommentWindow | null>(null);
  frozen.current = nextFrozen(frozen.current, paused, { items, total });
  const source = frozen.current?.items ?? items;

  const pass = useMemo(() => makePredicate({ intents, topic, blocked, answered }), [intents, topic, blocked, answered]);
  const list = useMemo(() => source.filter(pass), [source, pass]);
  const pausedTotal = frozen.current?.total ?? total;
  const newCount = useMemo(() => (paused ? countNewSince(items, total, pausedTotal, pass) : 0), [paused, items, total, pausedTotal, pass]);
  return { list, paused, newCount };
}
