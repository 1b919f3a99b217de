import { COUNTER_COUNT, type Row } from './counters';
import { fromBase64, toBase64 } from './typedBase64';

export interface CheckpointRingState { data: string; stamp: string }

/**
 * Ring of per-second checkpoint rows. Row `sec` holds the counters at the instant sec·1000 ms,
 * i.e. after every event with an earlier timestamp. Seconds never written (before the session
 * started) read as zeros.
 */
export class CheckpointRing {
  private readonly data: Float64Array;
  private readonly stamp: Float64Array;
  private readonly zero: Row = new Float64Array(COUNTER_COUNT);

  constructor(private readonly capacity: number) {
    this.data = new Float64Array(capacity * COUNTER_COUNT);
    this.stamp = new Float64Array(capacity).fill(-1);
  }

  serialise(): CheckpointRingState {
    return { data: toBase64(this.data), stamp: toBase64(this.stamp) };
  }

  load(s: CheckpointRingState): void {
    const data = fromBase64.f64(s.data);
    const stamp = fromBase64.f64(s.stamp);
    if (data.length !== this.data.length || stamp.length !== this.stamp.length) throw new Error('CheckpointRing: capacity differs');
    this.data.set(data);
    this.stamp.set(stamp);
  }

  write(sec: number, row: Row): void {
    const i = sec % this.capacity;
    this.stamp[i] = sec;
    this.data.set(row, i * COUNTER_COUNT);
  }

  /** The row for `sec`; the oldest row kept when `sec` has been overwritten; zeros before any row. */
  read(sec: number, oldestWritten: number): Row {
    if (sec < oldestWritten) return this.zero;
    const i = sec % this.capacity;
    if (this.stamp[i] !== sec) return this.zero;
    return this.data.subarray(i * COUNTER_COUNT, (i + 1) * COUNTER_COUNT);
  }
}
