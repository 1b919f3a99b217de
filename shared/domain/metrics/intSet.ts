const EMPTY = -1;
const MIN_CAPACITY = 16;

/**
 * An exact set of non-negative integers (dense user indices) in one Int32Array with open
 * addressing, kept at most half full: 8–16 bytes per member instead of a Set's ~30–40.
 * Serialises sorted, so equal sets serialise equally whatever the order they were filled in.
 */
export class IntSet {
  private slots = new Int32Array(MIN_CAPACITY).fill(EMPTY);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Slots in the table (memory: 4 bytes each). */
  get capacity(): number {
    return this.slots.length;
  }

  has(v: number): boolean {
    const mask = this.slots.length - 1;
    for (let i = mix(v) & mask; ; i = (i + 1) & mask) {
      const s = this.slots[i]!;
      if (s === EMPTY) return false;
      if (s === v) return true;
    }
  }

  /** Adds `v` (≥ 0); returns true when it was not there before. */
  add(v: number): boolean {
    const mask = this.slots.length - 1;
    for (let i = mix(v) & mask; ; i = (i + 1) & mask) {
      const s = this.slots[i]!;
      if (s === v) return false;
      if (s === EMPTY) {
        this.slots[i] = v;
        if (++this.count * 2 > this.slots.length) this.grow();
        return true;
      }
    }
  }

  /** The members, ascending. */
  sorted(): Int32Array {
    const out = new Int32Array(this.count);
    let k = 0;
    for (const s of this.slots) if (s !== EMPTY) out[k++] = s;
    return out.sort();
  }

  static of(values: Iterable<number>): IntSet {
    const set = new IntSet();
    for (const v of values) {
      if (!(Number.isInteger(v) && v >= 0)) throw new Error('IntSet: a member is not a non-negative integer');
      set.add(v);
    }
    return set;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(EMPTY);
    const mask = this.slots.length - 1;
    for (const v of old) {
      if (v === EMPTY) continue;
      let i = mix(v) & mask;
      while (this.slots[i] !== EMPTY) i = (i + 1) & mask;
      this.slots[i] = v;
    }
  }
}

/** Spreads consecutive indices over the table (murmur3's finaliser). */
function mix(v: number): number {
  let h = Math.imul(v ^ (v >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
