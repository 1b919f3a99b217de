import type { Delta, DeltaSections } from '../../../shared/protocol/room';
import { Ring } from './ring';

/**
 * Numbers deltas with no gaps and keeps the most recent ones, so a client that missed a few
 * gets them again (`since`) instead of a whole snapshot.
 */
export class DeltaLog {
  private seq = 0;
  private log: Ring<Delta>;

  constructor(capacity: number) {
    this.log = new Ring(capacity);
  }

  get currentSeq(): number {
    return this.seq;
  }

  /** Number and keep one delta. */
  push(sections: DeltaSections, now: number): Delta {
    const delta: Delta = { seq: ++this.seq, serverTime: now, ...sections };
    this.log.push(delta);
    return delta;
  }

  /** Deltas after `sinceSeq`, or null when the log no longer reaches back that far. */
  since(sinceSeq: number): Delta[] | null {
    if (sinceSeq >= this.seq) return [];
    const out = this.log.tailWhile((d) => d.seq > sinceSeq);
    if (!out.length || out[0]!.seq !== sinceSeq + 1) return null;
    return out;
  }

  /**
   * Continue numbering after `seq` with an empty log, so any client that asks for what it missed
   * since an older seq gets a snapshot, never "nothing new" (after a restore).
   */
  continueAfter(seq: number): void {
    this.seq = Math.max(this.seq, seq);
    this.log = new Ring(this.log.capacity);
  }
}
