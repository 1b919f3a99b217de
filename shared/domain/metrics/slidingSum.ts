/**
 * Sum of values added in the last `window` seconds, with a running total: adding and reading
 * are O(1) amortised (each second is cleared once when the clock passes it).
 */
export interface SlidingSumState { head: number; total: number; buckets: number[] }

export class SlidingSum {
  private readonly buckets: Float64Array;
  private head = -1;
  private total = 0;

  constructor(private readonly window: number) {
    this.buckets = new Float64Array(window);
  }

  serialise(): SlidingSumState {
    // Sparse: most of a product's seconds are empty.
    const buckets: number[] = [];
    for (let i = 0; i < this.buckets.length; i++) if (this.buckets[i] !== 0) buckets.push(i, this.buckets[i]!);
    return { head: this.head, total: this.total, buckets };
  }

  load(s: SlidingSumState): void {
    this.head = s.head;
    this.total = s.total;
    this.buckets.fill(0);
    for (let i = 0; i + 1 < s.buckets.length; i += 2) this.buckets[s.buckets[i]!] = s.buckets[i + 1]!;
  }

  private advance(sec: number): void {
    if (this.head < 0) { this.head = sec; return; }
    if (sec <= this.head) return;
    if (sec - this.head >= this.window) {
      this.buckets.fill(0);
      this.total = 0;
    } else {
      for (let s = this.head + 1; s <= sec; s++) {
        const i = s % this.window;
        this.total -= this.buckets[i]!;
        this.buckets[i] = 0;
      }
    }
    this.head = sec;
  }

  /** Adds `v` at second `sec` (a second before the latest one counts in the latest one). */
  add(sec: number, v: number): void {
    this.advance(sec);
    this.buckets[this.head % this.window] = this.buckets[this.head % this.window]! + v;
    this.total += v;
  }

  /** Sum over seconds (sec − window, sec]. */
  sum(sec: number): number {
    this.advance(sec);
    return this.total;
  }
}
