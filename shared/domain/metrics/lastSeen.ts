import { RecentIds, type RecentIdsState } from './recentIds';
import { fromBase64, toBase64 } from './typedBase64';

/** A LastSeenWindow in a checkpoint: the per-second counts and the users seen within the ring. */
export interface LastSeenState { current: number; counts: string; seen: RecentIdsState }

/**
 * Distinct users active in a sliding window of seconds, exactly, in O(1) per activity: each
 * user is counted in the second of their latest activity only (moving their count when they are
 * active again), so the number of distinct users active in (t − w, t] is the sum of the per-second
 * counts over those seconds. `capacity` bounds the longest window. Users are keyed by their id's
 * 64-bit hash (idHash.ts) in a RecentIds table that keeps only those seen inside the ring, so
 * memory follows the window's active users (16 bytes a slot, 2–4 slots each), not the audience.
 */
export class LastSeenWindow {
  private readonly counts: Int32Array;
  private seen = new RecentIds();
  private current = -1;

  constructor(private readonly capacity: number) {
    this.counts = new Int32Array(capacity);
  }

  /** Moves the clock to second `sec` (monotone), clearing seconds that fell out of the ring. */
  advance(sec: number): void {
    if (this.current < 0) { this.current = sec; return; }
    if (sec <= this.current) return;
    if (sec - this.current >= this.capacity) this.counts.fill(0);
    else for (let s = this.current + 1; s <= sec; s++) this.counts[s % this.capacity] = 0;
    this.current = sec;
  }

  /** The user with id hash (h, l) was active in the current second. */
  touch(h: number, l: number): void {
    const sec = this.current;
    if (sec < 0) return;
    const old = this.seen.set(h, l, sec, sec - this.capacity);
    if (old === sec) return;
    if (old >= 0) this.counts[old % this.capacity]!--;
    this.counts[sec % this.capacity]!++;
  }

  /** Users held (those seen inside the ring). */
  get held(): number {
    return this.seen.live(this.current - this.capacity);
  }

  /** Compact form: only users whose last activity is still inside the ring are kept. */
  serialise(): LastSeenState {
    return { current: this.current, counts: toBase64(this.counts), seen: this.seen.serialise(this.current - this.capacity) };
  }

  /** Load a serialised state into this (empty) window of the same capacity. */
  load(s: LastSeenState): void {
    const counts = fromBase64.i32(s.counts);
    if (counts.length !== this.capacity) throw new Error('LastSeenWindow: capacity differs');
    this.counts.set(counts);
    this.current = s.current;
    this.seen = RecentIds.restore(s.seen);
  }

  /** Distinct users active in the `window` seconds ending with the current second. */
  distinct(window: number): number {
    const sec = this.current;
    if (sec < 0) return 0;
    const w = Math.min(window, this.capacity);
    let n = 0;
    for (let s = sec - w + 1; s <= sec; s++) if (s >= 0) n += this.counts[s % this.capacity]!;
    return n;
  }
}
