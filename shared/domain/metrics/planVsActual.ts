import type { MetricsSnapshot, MinutePoint } from '../../protocol/metrics';
import type { LiveState } from '../../protocol/room';
import type { RunOfShow } from '../../protocol/runOfShow';
import { MINUTE_MS } from './constants';
import { div } from './ratio';
import { ownEntry } from '../idTable';

export type SlotStatus = 'planned' | 'onair' | 'done' | 'skipped';

/** Plan against actual for one slot of the run-of-show. Money in fen, times in ms. */
export interface SlotPlanVsActual {
  slotId: string;
  productId: string;
  status: SlotStatus;
  /** Planned length incl. minutes added live. */
  plannedMs: number;
  /** Time on air over all runs of the slot (the open run counts up to metrics.asOf). */
  actualMs: number;
  /** actualMs − plannedMs (positive = overtime). */
  overtimeMs: number;
  targetGmv: number | null;
  /** Room GMV while the slot was on air (per-minute series, partial minutes pro rata). */
  gmv: number;
  /** gmv ÷ targetGmv, or null without a target. */
  gmvProgress: number | null;
  targetConversion: number | null;
  /**
   * Paid orders ÷ viewers present while on air: online in the last full minute before the run
   * plus entries during it (from the per-minute series, so an approximation of buyers ÷ viewers).
   */
  conversion: number;
  orders: number;
}

/**
 * Plan against actual per slot, from the run-of-show, the live state (slot runs) and a metrics
 * snapshot. Attribution is by time: a slot is credited with what the room did while it was on
 * air, as the platform's 讲解 reports do. Series points are per minute; a minute partly inside a
 * run is credited pro rata.
 */
export function slotPlanVsActual(show: RunOfShow, live: LiveState, metrics: MetricsSnapshot): SlotPlanVsActual[] {
  const skipped = new Set(live.skipped);
  const now = metrics.asOf;
  return show.slots.map((slot) => {
    const runs = live.runs.filter((r) => r.slotId === slot.id);
    let actualMs = 0;
    let gmv = 0;
    let orders = 0;
    let viewers = 0;
    for (const r of runs) {
      const end = r.endedAt ?? now;
      actualMs += Math.max(0, end - r.startedAt);
      const a = accumulate(metrics.series, r.startedAt, end, now);
      gmv += a.gmv;
      orders += a.orders;
      viewers += a.viewers;
    }
    const open = runs.some((r) => r.endedAt === null) || live.onAirSlotId === slot.id;
    const status: SlotStatus = open ? 'onair' : runs.length > 0 ? 'done' : skipped.has(slot.id) ? 'skipped' : 'planned';
    const plannedMs = (slot.plannedMinutes + (ownEntry(live.extraMinutes, slot.id) ?? 0)) * MINUTE_MS;
    const targetGmv = slot.targets?.gmv ?? null;
    return {
      slotId: slot.id,
      productId: slot.productId,
      status,
      plannedMs,
      actualMs,
      overtimeMs: actualMs - plannedMs,
      targetGmv,
      gmv,
      gmvProgress: targetGmv ? gmv / targetGmv : null,
      targetConversion: slot.targets?.conversion ?? null,
      conversion: div(orders, viewers),
      orders,
    };
  });
}

function accumulate(series: readonly MinutePoint[], from: number, to: number, now: number) {
  let gmv = 0;
  let orders = 0;
  let enters = 0;
  let onlineBefore = 0;
  for (const p of series) {
    if (p.t + MINUTE_MS <= from) { onlineBefore = p.online; continue; }
    const pEnd = Math.min(p.t + MINUTE_MS, Math.max(now, p.t + 1));
    const lo = Math.max(from, p.t);
    const hi = Math.min(to, pEnd);
    if (hi <= lo) continue;
    const f = (hi - lo) / (pEnd - p.t);
    gmv += p.gmv * f;
    orders += p.orders * f;
    enters += p.enters * f;
  }
  return { gmv: Math.round(gmv), orders, viewers: onlineBefore + enters };
}
