import { fromBase64, toBase64 } from './typedBase64';

/** A LastSeenWindow in a checkpoint: the per-second counts and the users seen within the ring. */
export interface LastSeenState { current: number; counts: string; users: string; secs: string }

/**
 * Distinct users active in a sliding window of seconds, exactly, in O(1) per activity: each
 * user is counted in the second of their latest activity only (moving their count when they are
 * active again), so the number of distinct users active in (t − w, t] is the sum of the per-second
 * counts over those seconds. `capacity` bounds the longest window.
 */
export class LastSeenWindow {
  private readonly counts: Int32Array;
  private last = new Float64Array(1024).fill(-1);
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

  /** User `u` (a dense index) was active in the current second. */
  touch(u: number): void {
    const sec = this.current;
    if (u >= this.last.length) {
      const grown = new Float64Array(Math.max(u + 1, this.last.length * 2)).fill(-1);
      grown.set(this.last);
      this.last = grown;
    }
    const old = this.last[u]!;
    if (old === sec) return;
    if (old >= 0 && old > sec - this.capacity) this.counts[old % this.capacity]!--;
    this.counts[sec % this.capacity]!++;
    this.last[u] = sec;
  }

  /** Compact form: only users whose last activity is still inside the ring are kept. */
  serialise(): LastSeenState {
    const users: number[] = [];
    const secs: number[] = [];
    const floor = this.current - this.capacity;
    for (let u = 0; u < this.last.length; u++) {
      const s = this.last[u]!;
      if (s >= 0 && s > floor) { users.push(u); secs.push(s); }
    }
    return { current: this.current, counts: toBase64(this.counts), users: toBase64(Int32Array.from(users)), secs: toBase64(Float64Array.from(secs)) };
  }

  /** Load a serialised state into this (empty) window of the same capacity. */
  load(s: LastSeenState): void {
    const counts = fromBase64.i32(s.counts);
    if (counts.length !== this.capacity) throw new Error('LastSeenWindow: capacity differs');
    this.counts.set(counts);
    this.current = s.current;
    const users = fromBase64.i32(s.users);
    const secs = fromBase64.f64(s.secs);
    let max = 0;
    for (let i = 0; i < users.length; i++) max = Math.max(max, users[i]! + 1);
    let cap = 1024;
    while (cap < max) cap *= 2;
    this.last = new Float64Array(cap).fill(-1);
    for (let i = 0; i < users.length; i++) this.last[users[i]!] = secs[i]!;
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
