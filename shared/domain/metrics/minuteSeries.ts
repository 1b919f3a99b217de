import type { MinutePoint } from '../../protocol/metrics';
import { MINUTE_MS, SERIES_CAP } from './constants';
import { div } from './ratio';

/** Counts of the minute being filled. */
interface OpenMinute {
  t: number;
  /** ∫ online dt within the minute, viewer·ms. */
  onlineMs: number;
  /** Session time covered so far within the minute, ms. */
  coveredMs: number;
  enters: number;
  leaves: number;
  comments: number;
  clicks: number;
  orders: number;
  gmv: number;
  refunds: number;
  /** On-air time per product within the minute, ms ('' = nothing on air). */
  onAirMs: Map<string, number>;
}

const NONE = '';

/** A MinuteSeries in a checkpoint. */
export interface MinuteSeriesState {
  done: MinutePoint[];
  cur: Omit<OpenMinute, 'onAirMs'> & { onAirMs: Array<[string, number]> };
  completedOnlineSum: number;
  completedCount: number;
  onAir: string;
}

/** A minute with events but no elapsed session time yet (events at the session's first instant). */
function hasCounts(m: OpenMinute): boolean {
  return m.enters + m.leaves + m.comments + m.clicks + m.orders + m.refunds !== 0;
}

function openMinute(t: number): OpenMinute {
  return { t, onlineMs: 0, coveredMs: 0, enters: 0, leaves: 0, comments: 0, clicks: 0, orders: 0, gmv: 0, refunds: 0, onAirMs: new Map() };
}

/**
 * The per-minute series (oldest first, capped at SERIES_CAP points) and the session's average of
 * per-minute online. A minute's online is the time-weighted mean over the part of the minute the
 * session covered.
 */
export class MinuteSeries {
  private readonly done: MinutePoint[] = [];
  private cur: OpenMinute;
  private completedOnlineSum = 0;
  private completedCount = 0;
  private onAir: string = NONE;
  /** done[] as last returned, rebuilt only when a minute completes. */
  private frozen: readonly MinutePoint[] = [];

  constructor(startMs: number) {
    this.cur = openMinute(Math.floor(startMs / MINUTE_MS) * MINUTE_MS);
  }

  serialise(): MinuteSeriesState {
    return {
      done: this.done.map((p) => ({ ...p })),
      cur: { ...this.cur, onAirMs: [...this.cur.onAirMs] },
      completedOnlineSum: this.completedOnlineSum,
      completedCount: this.completedCount,
      onAir: this.onAir,
    };
  }

  static restore(s: MinuteSeriesState): MinuteSeries {
    const m = new MinuteSeries(s.cur.t);
    for (const p of s.done) m.done.push(Object.freeze({ ...p }));
    m.frozen = m.done.slice();
    m.cur = { ...s.cur, onAirMs: new Map(s.cur.onAirMs) };
    m.completedOnlineSum = s.completedOnlineSum;
    m.completedCount = s.completedCount;
    m.onAir = s.onAir;
    return m;
  }

  get open(): OpenMinute {
    return this.cur;
  }

  setOnAir(productId: string | null): void {
    this.onAir = productId ?? NONE;
  }

  /** Adds `dtMs` of session time with `online` viewers (never crossing a minute boundary). */
  accrue(dtMs: number, online: number): void {
    const m = this.cur;
    m.onlineMs += online * dtMs;
    m.coveredMs += dtMs;
    m.onAirMs.set(this.onAir, (m.onAirMs.get(this.onAir) ?? 0) + dtMs);
  }

  /** Closes the open minute and opens the one starting at `nextStart`. */
  roll(nextStart: number): void {
    const m = this.cur;
    if (m.coveredMs > 0 || hasCounts(m)) {
      const p = this.point(m);
      this.done.push(Object.freeze(p));
      if (this.done.length > SERIES_CAP - 1) this.done.shift();
      this.frozen = this.done.slice();
    }
    if (m.coveredMs > 0) {
      this.completedOnlineSum += m.onlineMs / m.coveredMs;
      this.completedCount++;
    }
    this.cur = openMinute(nextStart);
  }

  /** Session average of per-minute online (the open minute counts once it has covered time). */
  avgOnline(): number {
    const m = this.cur;
    if (m.coveredMs > 0) return (this.completedOnlineSum + m.onlineMs / m.coveredMs) / (this.completedCount + 1);
    return div(this.completedOnlineSum, this.completedCount);
  }

  /** Completed points plus the open minute, oldest first, at most SERIES_CAP points. */
  series(): MinutePoint[] {
    const out = this.frozen.slice();
    if (this.cur.coveredMs > 0 || hasCounts(this.cur)) out.push(this.point(this.cur));
    return out;
  }

  private point(m: OpenMinute): MinutePoint {
    let best = NONE;
    let bestMs = -1;
    for (const [pid, ms] of m.onAirMs) {
      if (ms > bestMs) { best = pid; bestMs = ms; }
    }
    return {
      t: m.t,
      online: div(m.onlineMs, m.coveredMs),
      enters: m.enters,
      leaves: m.leaves,
      comments: m.comments,
      clicks: m.clicks,
      orders: m.orders,
      gmv: m.gmv,
      refunds: m.refunds,
      productId: best === NONE ? null : best,
    };
  }
}
