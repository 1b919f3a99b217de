import { Delta, RoomSnapshot, SyncResult } from '../../../shared/protocol';

/**
 * The client's sync logic as a pure state machine: `stepSync(state, input) → { state, actions }`.
 * DESIGN §3: snapshot on join, then seq-numbered deltas; a gap, a reconnect or bad data leads to
 * `sync { sinceSeq }` (0 = give me a fresh snapshot). services/hubClient feeds it socket events
 * and performs the actions (store writes, emits, logs).
 */
export interface SyncState {
  /** Seq of the last snapshot/delta taken in; -1 before the first snapshot. */
  readonly lastSeq: number;
  /** A sync request is in flight. */
  readonly syncing: boolean;
  /** Deltas that arrived while a sync was in flight, before the first snapshot, or after a gap. */
  readonly held: readonly Delta[];
  /** Connected at least once: the next connect is a reconnect and asks for what it missed. */
  readonly everConnected: boolean;
}

export const INITIAL_SYNC_STATE: SyncState = { lastSeq: -1, syncing: false, held: [], everConnected: false };

/** Deltas kept while waiting for a sync or the first snapshot (~50 s at 10 per second). */
export const MAX_HELD = 500;
/** Wait before asking again after a sync request timed out. */
export const SYNC_RETRY_MS = 1000;

export type SyncInput =
  /** The socket (re)connected. */
  | { type: 'connected' }
  /** A `snapshot` event, unvalidated. */
  | { type: 'snapshot'; payload: unknown }
  /** A `delta` event, unvalidated. */
  | { type: 'delta'; payload: unknown }
  /** The hub answered `sync { sinceSeq }` (unvalidated answer). */
  | { type: 'syncAnswer'; sinceSeq: number; payload: unknown }
  /** The sync request timed out or the transport failed. */
  | { type: 'syncFailed' }
  /** Ask for what was missed since the last seq (after a conflict, or a retry timer). */
  | { type: 'resync' };

export type SyncAction =
  | { type: 'applySnapshot'; snapshot: RoomSnapshot }
  | { type: 'applyDelta'; delta: Delta }
  | { type: 'requestSync'; sinceSeq: number }
  | { type: 'retrySyncLater'; afterMs: number }
  | { type: 'invalid'; what: 'snapshot' | 'delta' | 'sync result'; issues: readonly unknown[] }
  | { type: 'syncRefused'; error: unknown };

export interface SyncStep {
  state: SyncState;
  actions: SyncAction[];
}

const bySeq = (a: Delta, b: Delta) => a.seq - b.seq;

export function stepSync(prev: SyncState, input: SyncInput): SyncStep {
  let { lastSeq, syncing, everConnected } = prev;
  let held: Delta[] = prev.held.slice();
  const actions: SyncAction[] = [];

  const resync = (sinceSeq: number) => {
    if (syncing) return;
    syncing = true;
    actions.push({ type: 'requestSync', sinceSeq: Math.max(0, sinceSeq) });
  };

  const applySnapshot = (snapshot: RoomSnapshot) => {
    lastSeq = snapshot.seq;
    actions.push({ type: 'applySnapshot', snapshot });
  };

  /** Takes one delta; false when it does not follow lastSeq (a gap). Old seqs are ignored. */
  const accept = (d: Delta): boolean => {
    if (d.seq <= lastSeq) return true;
    if (d.seq !== lastSeq + 1) return false;
    lastSeq = d.seq;
    actions.push({ type: 'applyDelta', delta: d });
    return true;
  };

  /** Applies held deltas in seq order until the first gap, which asks for a sync. */
  const drainHeld = () => {
    const pending = held.sort(bySeq);
    held = [];
    for (const d of pending) {
      if (!accept(d)) {
        held = pending.filter((x) => x.seq > lastSeq);
        resync(lastSeq);
        return;
      }
    }
  };

  switch (input.type) {
    case 'connected':
      if (everConnected && lastSeq >= 0) resync(lastSeq);
      everConnected = true;
      break;

    case 'snapshot': {
      const parsed = RoomSnapshot.safeParse(input.payload);
      if (!parsed.success) {
        actions.push({ type: 'invalid', what: 'snapshot', issues: parsed.error.issues.slice(0, 5) });
        resync(0);
        break;
      }
      applySnapshot(parsed.data);
      if (!syncing) drainHeld();
      break;
    }

    case 'delta': {
      const parsed = Delta.safeParse(input.payload);
      if (!parsed.success) {
        actions.push({ type: 'invalid', what: 'delta', issues: parsed.error.issues.slice(0, 5) });
        resync(0);
        break;
      }
      const d = parsed.data;
      if (held.length >= MAX_HELD) {
        // Far behind (or no snapshot yet): stop collecting and take a fresh snapshot.
        held = [];
        syncing = false;
        resync(0);
        break;
      }
      if (syncing || lastSeq < 0) {
        held.push(d);
        break;
      }
      if (!accept(d)) {
        held.push(d);
        resync(lastSeq);
      }
      break;
    }

    case 'syncAnswer': {
      syncing = false;
      const raw = input.payload;
      if (raw && typeof raw === 'object' && 'error' in raw) {
        actions.push({ type: 'syncRefused', error: raw.error });
        if (input.sinceSeq !== 0) resync(0);
        break;
      }
      const parsed = SyncResult.safeParse(raw);
      if (!parsed.success) {
        actions.push({ type: 'invalid', what: 'sync result', issues: parsed.error.issues.slice(0, 5) });
        if (input.sinceSeq !== 0) resync(0);
        break;
      }
      if (parsed.data.kind === 'snapshot') applySnapshot(parsed.data.snapshot);
      else for (const d of parsed.data.deltas) accept(d);
      drainHeld();
      break;
    }

    case 'syncFailed':
      syncing = false;
      actions.push({ type: 'retrySyncLater', afterMs: SYNC_RETRY_MS });
      break;

    case 'resync':
      resync(lastSeq);
      break;
  }

  return { state: { lastSeq, syncing, held, everConnected }, actions };
}
