import { hashHi, hashLo } from '../../../shared/domain/metrics/idHash';
import { fromBase64, toBase64 } from '../../../shared/domain/metrics/typedBase64';

/** SeenIds in a checkpoint: the ids' 64-bit hashes, oldest first, as two base64 columns. */
export interface SeenIdsState { hi: string; lo: string }

/**
 * The last `capacity` message ids, for de-duplication, oldest evicted first — kept as 64-bit
 * hashes (idHash.ts) in typed arrays instead of a Map of strings: a FIFO ring of (hi, lo) plus an
 * open-addressing index of ring slots (linear probing, backward-shift deletion, load ≤ 0.5).
 * 200,000 ids cost 4.8 MB of typed arrays and restore from a checkpoint without rebuilding a Map
 * key by key. Two different ids share a hash with probability 2⁻⁶⁴ per pair: over 200,000 ids
 * remembered and tens of millions seen in a show, the chance that one real event is dropped as a
 * duplicate is below 10⁻⁶.
 */
export class SeenIds {
  private readonly hi: Uint32Array;
  private readonly lo: Uint32Array;
  /** Index: ring slot + 1, 0 = empty. */
  private readonly index: Int32Array;
  private readonly mask: number;
  /** Next ring slot to write (the oldest entry when full). */
  private next = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    let size = 2;
    while (size < capacity * 2) size *= 2;
    this.index = new Int32Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  has(id: string): boolean {
    return this.find(hashHi(id), hashLo(id)) >= 0;
  }

  /** Remembers `id`; true when it was not remembered already (a first sighting). */
  add(id: string): boolean {
    const h = hashHi(id);
    const l = hashLo(id);
    if (this.find(h, l) >= 0) return false;
    this.push(h, l);
    return true;
  }

  serialise(): SeenIdsState {
    const hi = new Uint32Array(this.count);
    const lo = new Uint32Array(this.count);
    const first = this.count < this.capacity ? 0 : this.next;
    for (let k = 0; k < this.count; k++) {
      const s = (first + k) % this.capacity;
      hi[k] = this.hi[s]!;
      lo[k] = this.lo[s]!;
    }
    return { hi: toBase64(hi), lo: toBase64(lo) };
  }

  /** Adds the entries of a checkpoint, oldest first (after whatever is remembered already). */
  load(s: SeenIdsState): void {
    const hi = fromBase64.u32(s.hi);
    const lo = fromBase64.u32(s.lo);
    if (hi.length !== lo.length) throw new Error('SeenIds: columns differ in length');
    for (let k = 0; k < hi.length; k++) if (this.find(hi[k]!, lo[k]!) < 0) this.push(hi[k]!, lo[k]!);
  }

  /** Adds plain ids, oldest first (a checkpoint written before ids were hashed). */
  loadIds(ids: readonly string[]): void {
    for (const id of ids) this.add(id);
  }

  /** The index position holding (h, l), or -1. */
  private find(h: number, l: number): number {
    for (let i = l & this.mask; ; i = (i + 1) & this.mask) {
      const v = this.index[i]!;
      if (v === 0) return -1;
      if (this.hi[v - 1] === h && this.lo[v - 1] === l) return i;
    }
  }

  private push(h: number, l: number): void {
    const slot = this.next;
    if (this.count === this.capacity) this.unindex(this.find(this.hi[slot]!, this.lo[slot]!));
    else this.count++;
    this.hi[slot] = h;
    this.lo[slot] = l;
    let i = l & this.mask;
    while (this.index[i] !== 0) i = (i + 1) & this.mask;
    this.index[i] = slot + 1;
    this.next = (slot + 1) % this.capacity;
  }

  /** Empties index position `i`, shifting later entries of its probe run back (no tombstones). */
  private unindex(i: number): void {
    let gap = i;
    for (let j = (i + 1) & this.mask; ; j = (j + 1) & this.mask) {
      const v = this.index[j]!;
      if (v === 0) break;
      const home = this.lo[v - 1]! & this.mask;
      // Move j into the gap when its home is not cyclically inside (gap, j].
      const inside = gap <= j ? home > gap && home <= j : home > gap || home <= j;
      if (!inside) {
        this.index[gap] = v;
        gap = j;
      }
    }
    this.index[gap] = 0;
  }
}
