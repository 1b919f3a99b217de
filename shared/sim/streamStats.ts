import type { LiveEvent } from '../protocol/events';

/** Calibration figures of an event stream (DESIGN §4 definitions), for summaries and tests. */
export interface StreamSummary {
  events: number;
  durationMs: number;
  eventsPerSecond: number;
  /** Mean of the viewer.stats online figures. */
  avgOnline: number;
  maxOnline: number;
  /** 场观: the last viewer.stats totalViewers. */
  totalViewers: number;
  comments: number;
  /** Comments ÷ (average online × minutes). */
  commentsPerViewerMinute: number;
  likeTaps: number;
  clickUsers: number;
  buyers: number;
  /** 商品点击率 (room): click users ÷ unique viewers. */
  clickRate: number;
  /** 点击-成交转化率: buyers ÷ click users. */
  clickToBuy: number;
  /** 观看-成交率: buyers ÷ unique viewers. */
  conversion: number;
  ordersCreated: number;
  ordersPaid: number;
  /** Paid order amount, fen (refunds not removed). */
  gmv: number;
  refundRequested: number;
  refundApproved: number;
}

export interface StreamStats {
  add(e: LiveEvent): void;
  summary(): StreamSummary;
}

export function createStreamStats(): StreamStats {
  let events = 0;
  let first = Infinity;
  let last = -Infinity;
  let onlineSum = 0;
  let onlineN = 0;
  let maxOnline = 0;
  let totalViewers = 0;
  let comments = 0;
  let likeTaps = 0;
  let ordersCreated = 0;
  let ordersPaid = 0;
  let gmv = 0;
  let refundRequested = 0;
  let refundApproved = 0;
  const clickUsers = new Set<string>();
  const buyers = new Set<string>();
  return {
    add(e) {
      events++;
      if (e.ts < first) first = e.ts;
      if (e.ts > last) last = e.ts;
      switch (e.type) {
        case 'viewer.stats':
          onlineSum += e.online; onlineN++; maxOnline = Math.max(maxOnline, e.online); totalViewers = e.totalViewers; break;
        case 'comment': comments++; break;
        case 'like': likeTaps += e.count; break;
        case 'product.click': clickUsers.add(e.userId); break;
        case 'order.created': ordersCreated++; break;
        case 'order.paid': ordersPaid++; gmv += e.amount; buyers.add(e.userId); break;
        case 'refund.requested': refundRequested += e.amount; break;
        case 'refund.approved': refundApproved += e.amount; break;
        default: break;
      }
    },
    summary() {
      const durationMs = events ? last - first : 0;
      const avgOnline = onlineN ? onlineSum / onlineN : 0;
      const minutes = durationMs / 60_000;
      const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
      return {
        events, durationMs, eventsPerSecond: ratio(events, durationMs / 1000),
        avgOnline, maxOnline, totalViewers, comments,
        commentsPerViewerMinute: ratio(comments, avgOnline * minutes),
        likeTaps, clickUsers: clickUsers.size, buyers: buyers.size,
        clickRate: ratio(clickUsers.size, totalViewers), clickToBuy: ratio(buyers.size, clickUsers.size),
        conversion: ratio(buyers.size, totalViewers),
        ordersCreated, ordersPaid, gmv, refundRequested, refundApproved,
      };
    },
  };
}
