import { describe, expect, it } from 'vitest';
import { Delta, RoomSnapshot } from '../../../shared/protocol';
import { INITIAL_SYNC_STATE, MAX_HELD, stepSync, SYNC_RETRY_MS, type SyncAction, type SyncInput, type SyncState } from '../../../renderer/src/services/syncState';
import { comment, delta, snapshot } from './support/fixtures';

/** Feeds inputs in order; returns the final state and every action asked for. */
function run(inputs: SyncInput[], from: SyncState = INITIAL_SYNC_STATE): { state: SyncState; actions: SyncAction[] } {
  let state = from;
  const actions: SyncAction[] = [];
  for (const input of inputs) {
    const step = stepSync(state, input);
    state = step.state;
    actions.push(...step.actions);
  }
  return { state, actions };
}

const snap = (seq: number, over: Parameters<typeof snapshot>[1] = {}): SyncInput => ({ type: 'snapshot', payload: snapshot(seq, over) });
const dlt = (seq: number, over: Parameters<typeof delta>[1] = {}): SyncInput => ({ type: 'delta', payload: delta(seq, over) });
const appliedSeqs = (actions: SyncAction[]) => actions.flatMap((a) => (a.type === 'applyDelta' ? [a.delta.seq] : []));
const syncRequests = (actions: SyncAction[]) => actions.flatMap((a) => (a.type === 'requestSync' ? [a.sinceSeq] : []));
const snapshotsApplied = (actions: SyncAction[]) => actions.flatMap((a) => (a.type === 'applySnapshot' ? [a.snapshot.seq] : []));

/** Joined at seq 10 and connected once. */
const joined = (seq = 10) => run([{ type: 'connected' }, snap(seq)]).state;

describe('sync: fixtures', () => {
  it('builds snapshots and deltas the protocol accepts', () => {
    expect(RoomSnapshot.safeParse(snapshot(3, { comments: [comment('a')] })).success).toBe(true);
    expect(Delta.safeParse(delta(4, { comments: [comment('b')] })).success).toBe(true);
  });
});

describe('sync: snapshot and in-order deltas', () => {
  it('applies the join snapshot and takes its seq', () => {
    const { state, actions } = run([{ type: 'connected' }, snap(10)]);
    expect(snapshotsApplied(actions)).toEqual([10]);
    expect(state.lastSeq).toBe(10);
    expect(syncRequests(actions)).toEqual([]);
  });

  it('applies deltas that follow the snapshot one by one, in order', () => {
    const { state, actions } = run([dlt(11), dlt(12), dlt(13)], joined());
    expect(appliedSeqs(actions)).toEqual([11, 12, 13]);
    expect(state.lastSeq).toBe(13);
    expect(state.held).toEqual([]);
  });

  it('ignores deltas with a seq at or below the snapshot seq', () => {
    const { state, actions } = run([dlt(9), dlt(10), dlt(11)], joined());
    expect(appliedSeqs(actions)).toEqual([11]);
    expect(state.lastSeq).toBe(11);
    expect(syncRequests(actions)).toEqual([]);
  });

  it('hands the applied delta over as parsed (comments included)', () => {
    const { actions } = run([dlt(11, { comments: [comment('c1')] })], joined());
    const applied = actions.find((a) => a.type === 'applyDelta');
    expect(applied).toMatchObject({ delta: { seq: 11, comments: [{ id: 'c1' }] } });
  });

  it('holds deltas that arrive before the first snapshot and applies the newer ones after it, sorted', () => {
    const { state, actions } = run([{ type: 'connected' }, dlt(12), dlt(9), dlt(11), snap(10)]);
    expect(snapshotsApplied(actions)).toEqual([10]);
    expect(appliedSeqs(actions)).toEqual([11, 12]);
    expect(state.lastSeq).toBe(12);
    expect(state.held).toEqual([]);
  });

  it('does not change the state it was given', () => {
    const before = joined();
    const copy = structuredClone(before);
    stepSync(before, dlt(13));
    expect(before).toEqual(copy);
  });
});

describe('sync: gaps', () => {
  it('asks for sync { sinceSeq: last } when a delta skips a seq, and holds it', () => {
    const { state, actions } = run([dlt(11), dlt(13)], joined());
    expect(appliedSeqs(actions)).toEqual([11]);
    expect(syncRequests(actions)).toEqual([11]);
    expect(state).toMatchObject({ lastSeq: 11, syncing: true });
    expect(state.held.map((d) => d.seq)).toEqual([13]);
  });

  it('holds deltas while the sync is in flight and asks only once', () => {
    const { state, actions } = run([dlt(12), dlt(13), dlt(14)], joined());
    expect(syncRequests(actions)).toEqual([10]);
    expect(appliedSeqs(actions)).toEqual([]);
    expect(state.held.map((d) => d.seq)).toEqual([12, 13, 14]);
  });

  it('applies a { kind: deltas } answer, then the held deltas in order', () => {
    const gap = run([dlt(12), dlt(13)], joined());
    const { state, actions } = run([{ type: 'syncAnswer', sinceSeq: 10, payload: { kind: 'deltas', deltas: [delta(11), delta(12)] } }], gap.state);
    expect(appliedSeqs(actions)).toEqual([11, 12, 13]);
    expect(state).toMatchObject({ lastSeq: 13, syncing: false, held: [] });
  });

  it('applies a { kind: snapshot } answer and keeps only held deltas newer than it', () => {
    const gap = run([dlt(12), dlt(13), dlt(16)], joined());
    const { state, actions } = run([{ type: 'syncAnswer', sinceSeq: 10, payload: { kind: 'snapshot', snapshot: snapshot(15) } }], gap.state);
    expect(snapshotsApplied(actions)).toEqual([15]);
    expect(appliedSeqs(actions)).toEqual([16]);
    expect(state).toMatchObject({ lastSeq: 16, syncing: false, held: [] });
  });

  it('asks again from the new last seq when the answer still leaves a gap before the held deltas', () => {
    const gap = run([dlt(15)], joined());
    const { state, actions } = run([{ type: 'syncAnswer', sinceSeq: 10, payload: { kind: 'deltas', deltas: [delta(11), delta(12)] } }], gap.state);
    expect(appliedSeqs(actions)).toEqual([11, 12]);
    expect(syncRequests(actions)).toEqual([12]);
    expect(state.held.map((d) => d.seq)).toEqual([15]);
  });

  it('stops collecting after MAX_HELD held deltas and asks for a fresh snapshot instead', () => {
    const inputs: SyncInput[] = [];
    for (let seq = 12; seq < 12 + MAX_HELD + 1; seq++) inputs.push(dlt(seq));
    const { state, actions } = run(inputs, joined());
    expect(syncRequests(actions)).toEqual([10, 0]);
    expect(state.held).toEqual([]);
    expect(state.syncing).toBe(true);
  });
});

describe('sync: reconnect', () => {
  it('asks for what it missed since the last seq when the socket connects again', () => {
    const { actions } = run([dlt(11), { type: 'connected' }], joined());
    expect(syncRequests(actions)).toEqual([11]);
  });

  it('does not sync on the first connect, nor on a reconnect before any snapshot', () => {
    const { actions, state } = run([{ type: 'connected' }, { type: 'connected' }]);
    expect(syncRequests(actions)).toEqual([]);
    expect(state.everConnected).toBe(true);
  });

  it('catches up after a reconnect with the deltas the hub kept', () => {
    const { state, actions } = run([
      { type: 'connected' },
      { type: 'syncAnswer', sinceSeq: 10, payload: { kind: 'deltas', deltas: [delta(11), delta(12), delta(13)] } },
      dlt(14),
    ], joined());
    expect(appliedSeqs(actions)).toEqual([11, 12, 13, 14]);
    expect(state.lastSeq).toBe(14);
  });
});

describe('sync: invalid payloads and failures', () => {
  it('asks for a fresh snapshot when a delta fails validation', () => {
    const { actions, state } = run([{ type: 'delta', payload: { seq: 'eleven' } }], joined());
    expect(actions[0]).toMatchObject({ type: 'invalid', what: 'delta' });
    expect(syncRequests(actions)).toEqual([0]);
    expect(state.lastSeq).toBe(10);
  });

  it('asks for a fresh snapshot when the join snapshot fails validation', () => {
    const { actions, state } = run([{ type: 'connected' }, { type: 'snapshot', payload: { ...snapshot(5), seq: -3 } }]);
    expect(actions.map((a) => a.type)).toEqual(['invalid', 'requestSync']);
    expect(syncRequests(actions)).toEqual([0]);
    expect(state.lastSeq).toBe(-1);
  });

  it('falls back to a fresh snapshot when a sync answer fails validation', () => {
    const gap = run([dlt(12)], joined());
    const { actions } = run([{ type: 'syncAnswer', sinceSeq: 10, payload: { kind: 'deltas', deltas: [{ seq: 0 }] } }], gap.state);
    expect(actions.map((a) => a.type)).toEqual(['invalid', 'requestSync']);
    expect(syncRequests(actions)).toEqual([0]);
  });

  it('does not loop when the answer to a fresh-snapshot request is invalid', () => {
    const { actions, state } = run([{ type: 'resync' }, { type: 'syncAnswer', sinceSeq: 0, payload: 42 }], INITIAL_SYNC_STATE);
    expect(syncRequests(actions)).toEqual([0]);
    expect(state.syncing).toBe(false);
  });

  it('takes a fresh snapshot when the hub refuses a sync since a seq', () => {
    const gap = run([dlt(12)], joined());
    const { actions } = run([{ type: 'syncAnswer', sinceSeq: 10, payload: { error: { code: 'rate_limited', message: 'slow down' } } }], gap.state);
    expect(actions[0]).toEqual({ type: 'syncRefused', error: { code: 'rate_limited', message: 'slow down' } });
    expect(syncRequests(actions)).toEqual([0]);
  });

  it('retries after a second when a sync request times out, from the last seq', () => {
    const gap = run([dlt(12)], joined());
    const failed = run([{ type: 'syncFailed' }], gap.state);
    expect(failed.actions).toEqual([{ type: 'retrySyncLater', afterMs: SYNC_RETRY_MS }]);
    expect(failed.state.syncing).toBe(false);
    expect(SYNC_RETRY_MS).toBe(1000);
    expect(syncRequests(run([{ type: 'resync' }], failed.state).actions)).toEqual([10]);
  });

  it('never asks for a negative seq (a resync before any snapshot asks for a snapshot)', () => {
    expect(syncRequests(run([{ type: 'resync' }]).actions)).toEqual([0]);
  });

  it('ignores a resync while a sync is already in flight', () => {
    const gap = run([dlt(12)], joined());
    expect(run([{ type: 'resync' }], gap.state).actions).toEqual([]);
  });
});
