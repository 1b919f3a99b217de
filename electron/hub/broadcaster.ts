import type { Delta } from '../../shared/protocol/room';

export interface BroadcasterOptions {
  /** Closes the current batch into a delta (Room.flush). */
  flush: (now: number) => Delta | null;
  /** Called with the seq of the delta about to be made, before it is (the journal's reservation). */
  beforeFlush?: (nextSeq: number) => void;
  currentSeq: () => number;
  /** Sends a delta to every client of the room. */
  send: (delta: Delta) => void;
  /** Batching interval, ms (≥ 100 → at most 10 deltas a second). */
  flushMs: number;
  /** Heartbeat, ms: time-based figures stay fresh when the room is quiet. Default 1000. */
  heartbeatMs?: number;
  now: () => number;
}

export interface Broadcaster {
  /** Ask for a delta soon (respecting the batching interval). */
  flushSoon(): void;
  /** Publish pending changes now (a snapshot taken next is exactly the state at its seq). */
  flushNow(): void;
  /**
   * Call `then` right after the next flush (the room is settled at its seq then): with the flush
   * already scheduled when one is (at most one batching interval away), at once otherwise.
   */
  afterFlush(then: () => void): void;
  close(): void;
}

/**
 * Batching: at most one delta per flushMs; events and commands ask for one, a heartbeat keeps
 * time-based figures fresh when the room is quiet. Everything a client may see is journaled
 * first (`beforeFlush`), under a seq reservation on disk.
 */
export function createBroadcaster(opts: BroadcasterOptions): Broadcaster {
  let lastFlush = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let waiting: (() => void)[] = [];
  const flushNow = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    lastFlush = opts.now();
    opts.beforeFlush?.(opts.currentSeq() + 1);
    const delta = opts.flush(lastFlush);
    if (delta) opts.send(delta);
    if (waiting.length) {
      const due = waiting;
      waiting = [];
      for (const then of due) then();
    }
  };
  const flushSoon = () => {
    if (timer) return;
    timer = setTimeout(flushNow, Math.max(0, lastFlush + opts.flushMs - opts.now()));
  };
  const heartbeat = setInterval(flushSoon, opts.heartbeatMs ?? 1000);
  return {
    flushSoon,
    flushNow,
    afterFlush(then) {
      waiting.push(then);
      if (!timer) flushNow();
    },
    close() {
      waiting = [];
      clearInterval(heartbeat);
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
