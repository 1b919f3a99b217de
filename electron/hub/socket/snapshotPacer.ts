/**
 * Full snapshots for one connection, paced: a client that asks for them faster than it can use
 * them (a resync loop, a buggy or hostile script) is slowed, not served. Within `minIntervalMs` of
 * the last snapshot sent to this connection, one request waits for the window to end and is then
 * answered with the state of that moment; any further request meanwhile is refused at once (the
 * answer to come covers it). Snapshots themselves are shared between connections by the room
 * (Room.snapshot caches per seq), so a flood costs serialising, not rebuilding.
 */
export interface SnapshotPacer {
  /** Serve `send` now, later (once the window ends), or refuse ('busy'): what the caller should do. */
  request(send: () => void): 'now' | 'later' | 'busy';
  /** Forget the waiting request (the connection closed). */
  close(): void;
}

export function createSnapshotPacer(opts: { minIntervalMs: number; now: () => number }): SnapshotPacer {
  let lastAt = -Infinity;
  let waiting: ReturnType<typeof setTimeout> | null = null;
  return {
    request(send) {
      if (waiting) return 'busy';
      const wait = lastAt + opts.minIntervalMs - opts.now();
      if (wait <= 0) {
        lastAt = opts.now();
        send();
        return 'now';
      }
      waiting = setTimeout(() => {
        waiting = null;
        lastAt = opts.now();
        send();
      }, wait);
      return 'later';
    },
    close() {
      if (waiting) clearTimeout(waiting);
      waiting = null;
    },
  };
}
