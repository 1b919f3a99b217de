import { describe, expect, it } from 'vitest';
import { appendComments, RecentIds, resetComments, type CommentBuffer } from '../../../renderer/src/store/commentBuffer';
import { commentActions, COMMENT_CAP, SEEN_IDS_CAP, useCommentsStore } from '../../../renderer/src/store/comments.slice';
import { mergeDeltas } from '../../../renderer/src/services/mergeDeltas';
import { INITIAL_SYNC_STATE, stepSync, type SyncInput, type SyncState } from '../../../renderer/src/services/syncState';
import { alert, comment, delta, liveOnAir, metrics, snapshot } from './support/fixtures';

const EMPTY: CommentBuffer = { items: [], total: 0 };
const ids = (b: CommentBuffer | null) => b?.items.map((c) => c.id);
const many = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => comment(`${prefix}${i}`));

describe('comment buffer: de-duplication by id', () => {
  it('takes a snapshot’s comments and counts them', () => {
    const b = resetComments(EMPTY, [comment('a'), comment('b')], new RecentIds(10), 100);
    expect(ids(b)).toEqual(['a', 'b']);
    expect(b.total).toBe(2);
  });

  it('drops a comment that was in the join snapshot when the next delta carries it again', () => {
    const seen = new RecentIds(10);
    const joined = resetComments(EMPTY, [comment('a'), comment('b')], seen, 100);
    const next = appendComments(joined, [comment('b'), comment('c')], seen, 100);
    expect(ids(next)).toEqual(['a', 'b', 'c']);
    expect(next?.total).toBe(3);
  });

  it('drops repeats inside one batch and inside one snapshot', () => {
    const seen = new RecentIds(10);
    expect(ids(resetComments(EMPTY, [comment('a'), comment('a')], seen, 100))).toEqual(['a']);
    const b = appendComments(EMPTY, [comment('x'), comment('y'), comment('x')], new RecentIds(10), 100);
    expect(ids(b)).toEqual(['x', 'y']);
    expect(b?.total).toBe(2);
  });

  it('returns null (no store update) when a batch brings nothing new', () => {
    const seen = new RecentIds(10);
    const b = appendComments(EMPTY, [comment('a')], seen, 100)!;
    expect(appendComments(b, [comment('a')], seen, 100)).toBeNull();
  });

  it('counts only unseen comments when a resync snapshot replaces the buffer', () => {
    const seen = new RecentIds(10);
    const first = resetComments(EMPTY, [comment('a'), comment('b')], seen, 100);
    const again = resetComments(first, [comment('b'), comment('c'), comment('d')], seen, 100);
    expect(ids(again)).toEqual(['b', 'c', 'd']);
    expect(again.total).toBe(4);
  });

  it('remembers a bounded number of ids, forgetting the oldest first', () => {
    const seen = new RecentIds(3);
    for (const id of ['a', 'b', 'c', 'd']) expect(seen.add(id)).toBe(true);
    expect(seen.size).toBe(3);
    expect(seen.has('a')).toBe(false);
    expect(seen.has('d')).toBe(true);
    expect(seen.add('b')).toBe(false);
    expect(SEEN_IDS_CAP).toBeGreaterThanOrEqual(COMMENT_CAP);
  });
});

describe('comment buffer: cap', () => {
  it('keeps the newest `cap` comments and counts all of them', () => {
    const seen = new RecentIds(100);
    const b = appendComments(resetComments(EMPTY, many('s', 4), seen, 5), many('n', 3), seen, 5);
    expect(ids(b)).toEqual(['s2', 's3', 'n0', 'n1', 'n2']);
    expect(b?.total).toBe(7);
  });

  it('keeps only the tail of a batch bigger than the cap', () => {
    const b = appendComments(EMPTY, many('n', 8), new RecentIds(100), 3);
    expect(ids(b)).toEqual(['n5', 'n6', 'n7']);
    expect(b?.total).toBe(8);
  });

  it('keeps only the newest comments of an oversized snapshot', () => {
    expect(ids(resetComments(EMPTY, many('s', 6), new RecentIds(100), 4))).toEqual(['s2', 's3', 's4', 's5']);
  });

  it('caps the store at COMMENT_CAP (2000) while the total keeps counting', () => {
    useCommentsStore.setState({ items: [], total: 0 });
    commentActions.append(many('cap-a', 1500));
    commentActions.append(many('cap-b', 1000));
    const { items, total } = useCommentsStore.getState();
    expect(COMMENT_CAP).toBe(2000);
    expect(items).toHaveLength(2000);
    expect(total).toBe(2500);
    expect(items[0]!.id).toBe('cap-a500');
    expect(items.at(-1)!.id).toBe('cap-b999');
  });
});

describe('frame merge of deltas', () => {
  it('appends comments of every delta in order and reports the last seq', () => {
    const m = mergeDeltas([delta(4, { comments: [comment('a')] }), delta(5), delta(6, { comments: [comment('b'), comment('c')] })]);
    expect(m.seq).toBe(6);
    expect(m.comments.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps the last copy of each replaced section and leaves absent sections out', () => {
    const m = mergeDeltas([
      delta(4, { metrics: metrics(1), alerts: [alert('x')] }),
      delta(5, { metrics: metrics(2), live: liveOnAir('s2', 'p2') }),
    ]);
    expect(m.sections.metrics?.asOf).toBe(2);
    expect(m.sections.alerts?.map((a) => a.id)).toEqual(['x']);
    expect(m.sections.live?.onAirSlotId).toBe('s2');
    expect(Object.keys(m.sections).sort()).toEqual(['alerts', 'live', 'metrics']);
  });
});

describe('snapshot + deltas into the comment store', () => {
  /** What hubClient does: sync state machine → merge → comment store (one frame per input here). */
  function client(inputs: SyncInput[]) {
    useCommentsStore.setState({ items: [], total: 0 });
    let state: SyncState = INITIAL_SYNC_STATE;
    for (const input of inputs) {
      const step = stepSync(state, input);
      state = step.state;
      for (const a of step.actions) {
        if (a.type === 'applySnapshot') commentActions.reset(a.snapshot.comments);
        if (a.type === 'applyDelta') commentActions.append(mergeDeltas([a.delta]).comments);
      }
    }
    return useCommentsStore.getState();
  }

  it('shows a comment once when it was pending at join time and arrives in the snapshot and the next delta', () => {
    const { items, total } = client([
      { type: 'connected' },
      { type: 'snapshot', payload: snapshot(5, { comments: [comment('j1'), comment('j2'), comment('j3')] }) },
      { type: 'delta', payload: delta(6, { comments: [comment('j3'), comment('j4')] }) },
    ]);
    expect(items.map((c) => c.id)).toEqual(['j1', 'j2', 'j3', 'j4']);
    expect(total).toBe(4);
  });

  it('shows comments once when a resync snapshot repeats what deltas already brought', () => {
    const { items, total } = client([
      { type: 'connected' },
      { type: 'snapshot', payload: snapshot(5, { comments: [comment('r1')] }) },
      { type: 'delta', payload: delta(6, { comments: [comment('r2')] }) },
      { type: 'delta', payload: delta(8, { comments: [comment('r4')] }) },
      { type: 'syncAnswer', sinceSeq: 6, payload: { kind: 'snapshot', snapshot: snapshot(8, { comments: [comment('r1'), comment('r2'), comment('r3'), comment('r4')] }) } },
    ]);
    expect(items.map((c) => c.id)).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(total).toBe(4);
  });
});
