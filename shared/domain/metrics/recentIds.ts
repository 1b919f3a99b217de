import { fromBase64, toBase64 } from './typedBase64';

/** RecentIds in a checkpoint: the live entries sorted by hash (hi, then lo), 16 bytes each. */
export interface RecentIdsState { hi: string; lo: string; at: string }

const MIN_CAPACITY = 1024;
const EMPTY = -1;

/**
 * A time per user (keyed by the id's 64-bit hash, idHash.ts) for users active inside a sliding
 * window only: an entry at or below the caller's `floor` is expired, reads as absent, and is
 * dropped when the table is rebuilt. Open addressing in typed arrays (hi, lo: 4 bytes each,
 * time: 8 bytes = 16 bytes a slot); the table is rebuilt from the live entries whenever half its
 * slots are used, at 4× their number, so it stays 2–4× the window's active users and never grows
 * with the audience. Times must be ≥ 0 and floors never go back.
 */
export class RecentIds {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private at: Float64Array;
  private mask: number;
  /** Slots holding an entry, live or expired. */
  private used = 0;

  constructor(capacity = MIN_CAPACITY) {
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.at = new Float64Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
  }

  /** Slots in the table (memory: 16 bytes each). */
  get capacity(): number {
    return this.at.length;
  }

  /** The user's time, or -1 when absent or at/below `floor` (expired). */
  get(h: number, l: number, floor: number): number {
    for (let i = l & this.mask; ; i = (i + 1) & this.mask) {
      const v = this.at[i]!;
      if (v === EMPTY) return -1;
      if (this.hi[i] === h && this.lo[i] === l) return v > floor ? v : -1;
    }
  }

  /** Sets the user's time to `t` (> floor); returns the previous time as get() would. */
  set(h: number, l: number, t: number, floor: number): number {
    for (let i = l & this.mask; ; i = (i + 1) & this.mask) {
      const v = this.at[i]!;
      if (v === EMPTY) {
        this.hi[i] = h;
        this.lo[i] = l;
        this.at[i] = t;
        if (++this.used * 2 > this.at.length) this.rebuild(floor);
        return -1;
      }
      if (this.hi[i] === h && this.lo[i] === l) {
        this.at[i] = t;
        return v > floor ? v : -1;
      }
    }
  }

  /** Live entries (time > floor). */
  live(floor: number): number {
    let n = 0;
    for (const v of this.at) if (v !== EMPTY && v > floor) n++;
    return n;
  }

  /** The live entries, sorted by hash, so equal contents serialise equally whatever the history. */
  serialise(floor: number): RecentIdsState {
    const idx: number[] = [];
    for (let i = 0; i < this.at.length; i++) { const v = this.at[i]!; if (v !== EMPTY && v > floor) idx.push(i); }
    idx.sort((a, b) => (this.hi[a]! - this.hi[b]!) || (this.lo[a]! - this.lo[b]!));
    const hi = new Uint32Array(idx.length);
    const lo = new Uint32Array(idx.length);
    const at = new Float64Array(idx.length);
    idx.forEach((i, k) => { hi[k] = this.hi[i]!; lo[k] = this.lo[i]!; at[k] = this.at[i]!; });
    return { hi: toBase64(hi), lo: toBase64(lo), at: toBase64(at) };
  }

  static restore(s: RecentIdsState): RecentIds {
    const hi = fromBase64.u32(s.hi);
    const lo = fromBase64.u32(s.lo);
    const at = fromBase64.f64(s.at);
    if (hi.length !== lo.length || hi.length !== at.length) throw new Error('RecentIds: columns differ in length');
    const r = new RecentIds(capacityFor(hi.length));
    for (let k = 0; k < hi.length; k++) {
      if (!(at[k]! >= 0)) throw new Error('RecentIds: a time is negative');
      r.place(hi[k]!, lo[k]!, at[k]!);
    }
    return r;
  }

  private place(h: number, l: number, t: number): void {
    let i = l & this.mask;
    while (this.at[i] !== EMPTY) i = (i + 1) & this.mask;
    this.hi[i] = h;
    this.lo[i] = l;
    this.at[i] = t;
    this.used++;
  }

  /** Re-lays the table with only the live entries, at 4× their number. */
  private rebuild(floor: number): void {
    const { hi, lo, at } = this;
    const cap = capacityFor(this.live(floor));
    this.hi = new Uint32Array(cap);
    this.lo = new Uint32Array(cap);
    this.at = new Float64Array(cap).fill(EMPTY);
    this.mask = cap - 1;
    this.used = 0;
    for (let j = 0; j < at.length; j++) {
      const v = at[j]!;
      if (v !== EMPTY && v > floor) this.place(hi[j]!, lo[j]!, v);
    }
  }
}

function capacityFor(live: number): number {
  let cap = MIN_CAPACITY;
  while (cap < live * 4) cap *= 2;
  return cap;
}
