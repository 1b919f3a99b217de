import type { RoomFigures } from '../../protocol/metrics';
import { WINDOW_15M } from './constants';
import { C, type Row } from './counters';
import { clamp01, div } from './ratio';

/**
 * Room figures at one instant from four counter rows: `at` (the instant) and the rows 1, 5 and 15
 * minutes earlier. The live snapshot and prev5 both go through here, so prev5 is exactly what
 * `now` said five minutes earlier. Definitions: docs/metrics.md.
 */
export function roomFigures(at: Row, ago1: Row, ago5: Row, ago15: Row): RoomFigures {
  const gmv = at[C.GMV]!;
  const buyers = at[C.BUYERS]!;
  const totalViewers = at[C.TOTAL_VIEWERS]!;
  const created = at[C.CREATED]!;
  const paid = at[C.PAID]!;
  const refund = at[C.REFUND]!;
  const visitors5 = visitors(at, ago5);
  const visitors15 = visitors(at, ago15);
  return {
    online: at[C.ONLINE]!,
    avgOnline: at[C.AVG_ONLINE]!,
    totalViewers,
    enterPerMin: at[C.ENTERS]! - ago1[C.ENTERS]!,
    leavePerMin: at[C.LEAVES]! - ago1[C.LEAVES]!,
    avgWatchSec: Math.min(WINDOW_15M, div((at[C.ONLINE_MS]! - ago15[C.ONLINE_MS]!) / 1000, visitors15)),
    interactionRate: clamp01(div(at[C.INTERACT_5M]!, visitors5)),
    followRate: div(at[C.FOLLOWERS]!, totalViewers),
    fanclubRate: div(at[C.FANS]!, totalViewers),
    gmv,
    buyers,
    units: at[C.UNITS]!,
    avgOrderValue: div(gmv, buyers),
    conversion: div(buyers, totalViewers),
    clickRate: clamp01(div(at[C.CLICKERS_5M]!, visitors5)),
    clickToOrder: div(buyers, at[C.CLICK_USERS]!),
    gpm: div(1000 * gmv, totalViewers),
    uvValue: div(gmv, totalViewers),
    refundAmount: refund,
    refundRate: div(refund, gmv),
    createdOrders: created,
    paidOrders: paid,
    payRate: div(paid, created),
    unpaidOrders: created - paid,
    comments: at[C.COMMENTS]!,
    likes: at[C.LIKES]!,
  };
}

/**
 * Viewers present at some point of a window: those online when it began plus those who arrived
 * during it (entry events, or the platform's cumulative-viewer increase when that is larger).
 */
function visitors(at: Row, from: Row): number {
  const arrived = Math.max(at[C.ENTERS]! - from[C.ENTERS]!, at[C.TOTAL_VIEWERS]! - from[C.TOTAL_VIEWERS]!);
  return from[C.ONLINE]! + arrived;
}
