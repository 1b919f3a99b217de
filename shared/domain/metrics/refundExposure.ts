import { EARLY_REFUND_MS, MINUTE_MS, REFUND_EXPOSURE_MS } from './constants';

/** [paid fen, paid orders, early refund fen, resolved fen] of a slice of a product's paid orders. */
type Totals = [number, number, number, number];
const PAID = 0;
const ORDERS = 1;
const EARLY = 2;
const RESOLVED = 3;

/** A RefundExposure in a checkpoint: the recent minutes as [minute, ...Totals], oldest first, and the settled rest. */
export interface RefundExposureState {
  recent: Array<[number, number, number, number, number]>;
  settled: Totals;
}

/** What the refund-risk model reads of a product's paid money by age (docs/refund-risk.md, "Signals"). */
export interface RefundExposureFigures {
  /** Paid GMV and orders whose early-refund window has closed (paid in a minute that ended ≥ EARLY_REFUND_MS ago). */
  closedGmv: number;
  closedOrders: number;
  /** Early refunds (first requested within EARLY_REFUND_MS of payment) on that money, fen. */
  closedEarlyRefund: number;
  /** Paid amount of the orders that have a refund request (their outcome is known), fen. */
  resolvedGmv: number;
  /** Paid money of orders without a refund request, by age: [age ms (≤ REFUND_EXPOSURE_MS), fen], oldest first. */
  unrefunded: Array<[number, number]>;
}

const zero = (): Totals => [0, 0, 0, 0];

/**
 * A product's paid money by the minute it was paid in, for the refund-risk model: how much of it
 * has had its early-refund window, the early refunds on it, and what is still without a refund
 * request by age. Exact per minute of payment and cheap: one bucket per minute with sales over
 * the last REFUND_EXPOSURE_MS (≤ 61 buckets), everything older folded into one settled total (its
 * age reads as REFUND_EXPOSURE_MS, so when a bucket is folded never changes a figure).
 */
export class RefundExposure {
  /** Minute index (epoch ms ÷ MINUTE_MS) of each recent bucket, ascending, and its totals. */
  private minutes: number[] = [];
  private totals: Totals[] = [];
  private settled: Totals = zero();

  serialise(): RefundExposureState {
    return { recent: this.minutes.map((m, i) => [m, ...this.totals[i]!]), settled: [...this.settled] };
  }

  static restore(s: RefundExposureState): RefundExposure {
    const x = new RefundExposure();
    for (const [m, paid, orders, early, resolved] of s.recent) {
      x.minutes.push(m);
      x.totals.push([paid, orders, early, resolved]);
    }
    x.settled = [...s.settled];
    return x;
  }

  /** An order of `amount` fen paid at `t` (the engine's clock, which never goes back). */
  paid(t: number, amount: number): void {
    const minute = Math.floor(t / MINUTE_MS);
    this.fold(t);
    const last = this.minutes.length - 1;
    let row: Totals;
    if (last >= 0 && this.minutes[last] === minute) row = this.totals[last]!;
    else if (last < 0 || this.minutes[last]! < minute) {
      row = zero();
      this.minutes.push(minute);
      this.totals.push(row);
    } else row = this.at(minute);
    row[PAID] += amount;
    row[ORDERS]++;
  }

  /** The first refund request of an order of `amount` fen paid at `paidAt`: its outcome is known. */
  resolved(paidAt: number, amount: number): void {
    this.at(Math.floor(paidAt / MINUTE_MS))[RESOLVED] += amount;
  }

  /** A change of the early refund amount of an order paid at `paidAt`, fen. */
  early(paidAt: number, delta: number): void {
    this.at(Math.floor(paidAt / MINUTE_MS))[EARLY] += delta;
  }

  figures(now: number): RefundExposureFigures {
    const s = this.settled;
    const out: RefundExposureFigures = {
      closedGmv: s[PAID], closedOrders: s[ORDERS], closedEarlyRefund: s[EARLY], resolvedGmv: s[RESOLVED], unrefunded: [],
    };
    if (s[PAID] - s[RESOLVED] > 0) out.unrefunded.push([REFUND_EXPOSURE_MS, s[PAID] - s[RESOLVED]]);
    for (let i = 0; i < this.minutes.length; i++) {
      const start = this.minutes[i]! * MINUTE_MS;
      const row = this.totals[i]!;
      if (now >= start + MINUTE_MS + EARLY_REFUND_MS) {
        out.closedGmv += row[PAID];
        out.closedOrders += row[ORDERS];
        out.closedEarlyRefund += row[EARLY];
      }
      out.resolvedGmv += row[RESOLVED];
      if (row[PAID] - row[RESOLVED] > 0) out.unrefunded.push([bucketAge(start, now), row[PAID] - row[RESOLVED]]);
    }
    return out;
  }

  /** The bucket of a minute: a recent one (created if missing inside the range), else the settled total. */
  private at(minute: number): Totals {
    const ms = this.minutes;
    if (!ms.length || minute < ms[0]!) return this.settled;
    let lo = 0;
    let hi = ms.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ms[mid]! <= minute) lo = mid; else hi = mid - 1;
    }
    if (ms[lo] === minute) return this.totals[lo]!;
    const row = zero();
    ms.splice(lo + 1, 0, minute);
    this.totals.splice(lo + 1, 0, row);
    return row;
  }

  /** Folds the buckets whose age reads as the horizon anyway into the settled total. */
  private fold(now: number): void {
    let k = 0;
    while (k < this.minutes.length && bucketAge(this.minutes[k]! * MINUTE_MS, now) >= REFUND_EXPOSURE_MS) {
      const row = this.totals[k]!;
      for (let j = 0; j < row.length; j++) this.settled[j]! += row[j]!;
      k++;
    }
    if (k) {
      this.minutes.splice(0, k);
      this.totals.splice(0, k);
    }
  }
}

/** Age of a minute's money: from the middle of the minute, capped at the horizon. */
function bucketAge(start: number, now: number): number {
  return Math.min(REFUND_EXPOSURE_MS, Math.max(0, now - start - MINUTE_MS / 2));
}
