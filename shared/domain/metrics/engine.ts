import type { LiveEvent } from '../../protocol/events';
import type { MetricsSnapshot, RoomFigures } from '../../protocol/metrics';
import type { Intent, LiveState, Topic } from '../../protocol/room';
import type { RunOfShow } from '../../protocol/runOfShow';

export interface IngestContext {
  /** Product on air when the event happened. */
  onAirProductId: string | null;
  /** Classification of a comment event (set by the hub, which classifies once). */
  intent?: Intent;
  topic?: Topic | null;
}

export interface SnapshotContext {
  show: RunOfShow;
  live: LiveState;
  /** Comment ids the team marked answered. */
  answered: ReadonlySet<string>;
}

export interface MetricsEngine {
  ingest(e: LiveEvent, ctx: IngestContext): void;
  snapshot(now: number, ctx: SnapshotContext): MetricsSnapshot;
}

export function zeroFigures(): RoomFigures {
  return {
    online: 0, avgOnline: 0, totalViewers: 0, enterPerMin: 0, leavePerMin: 0, avgWatchSec: 0,
    interactionRate: 0, followRate: 0, fanclubRate: 0, gmv: 0, buyers: 0, units: 0,
    avgOrderValue: 0, conversion: 0, clickRate: 0, clickToOrder: 0, gpm: 0, uvValue: 0,
    refundAmount: 0, refundRate: 0, createdOrders: 0, paidOrders: 0, payRate: 0, unpaidOrders: 0,
    comments: 0, likes: 0,
  };
}

/**
 * PLACEHOLDER (foundation): room totals only. The issue-3 engine replaces the body and keeps
 * the MetricsEngine interface.
 */
export function createMetricsEngine(): MetricsEngine {
  const f = zeroFigures();
  const buyers = new Set<string>();
  const series: MetricsSnapshot['series'] = [];
  return {
    ingest(e) {
      switch (e.type) {
        case 'viewer.stats': f.online = e.online; f.totalViewers = e.totalViewers; break;
        case 'comment': f.comments++; break;
        case 'like': f.likes += e.count; break;
        case 'order.created': f.createdOrders++; break;
        case 'order.paid': f.paidOrders++; f.gmv += e.amount; f.units += e.quantity; buyers.add(e.userId); break;
        case 'refund.requested': f.refundAmount += e.amount; break;
        default: break;
      }
    },
    snapshot(now) {
      f.buyers = buyers.size;
      f.conversion = f.totalViewers ? f.buyers / f.totalViewers : 0;
      f.refundRate = f.gmv ? f.refundAmount / f.gmv : 0;
      const minute = Math.floor(now / 60_000) * 60_000;
      const last = series[series.length - 1];
      if (!last || last.t !== minute) {
        series.push({ t: minute, online: f.online, enters: 0, leaves: 0, comments: 0, clicks: 0, orders: 0, gmv: 0, refunds: 0, productId: null });
      } else last.online = f.online;
      const rate = Math.min(1, f.refundRate + 0.2);
      return {
        asOf: now, now: { ...f }, prev5: null, series: series.slice(-240), products: {},
        risk: { rate, atRisk: Math.round(f.gmv * rate), reasons: [{ code: 'base', label: '类目基础退货率', contribution: 0.2 }] },
      };
    },
  };
}
