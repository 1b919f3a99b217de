import type { LiveEvent } from '../../shared/protocol/events';
import type { RunOfShow } from '../../shared/protocol/runOfShow';
import { createRng } from '../../shared/domain/rng';

export interface StreamTotals {
  events: number;
  createdOrders: number;
  paidOrders: number;
  /** Sum of paid order amounts, fen (GMV: refunds not removed). */
  gmv: number;
  units: number;
  refundRequests: number;
  refundRequested: number;
  refundApprovals: number;
  refundApproved: number;
  comments: number;
  likes: number;
}

/**
 * A seeded, busy live stream for fault tests: viewers, comments, likes, clicks, orders (created,
 * then paid for most), refund requests and approvals for earlier paid orders. Ids are unique.
 */
export function busyStream(opts: { seed: number; count: number; show: RunOfShow; startTs: number; roomId?: string; tag?: string }): LiveEvent[] {
  const rng = createRng(opts.seed);
  const roomId = opts.roomId ?? 'main';
  const tag = opts.tag ?? `s${opts.seed}`;
  const products = opts.show.products;
  const out: LiveEvent[] = [];
  const paid: { orderId: string; productId: string; amount: number }[] = [];
  let ts = opts.startTs;
  let n = 0;
  const base = () => ({ id: `${tag}-${++n}`, platform: 'sim' as const, roomId, ts });
  while (out.length < opts.count) {
    ts += rng.int(0, 20);
    const roll = rng.next();
    const user = `v${rng.int(1, 400)}`;
    const product = rng.pick(products);
    if (roll < 0.25) {
      out.push({ ...base(), type: 'comment', userId: user, nickname: `观众${user}`, text: rng.pick(['多少钱', '有S码吗', '拍了', '1', '质量怎么样', '退款了', '<b>好</b>']) });
    } else if (roll < 0.45) {
      out.push({ ...base(), type: 'like', userId: user, count: rng.int(1, 20) });
    } else if (roll < 0.55) {
      out.push({ ...base(), type: 'product.click', userId: user, productId: product.id });
    } else if (roll < 0.75) {
      const orderId = `${tag}-o${n}`;
      const amount = rng.int(990, 59_900);
      const quantity = rng.int(1, 3);
      out.push({ ...base(), type: 'order.created', userId: user, orderId, productId: product.id, quantity, amount });
      if (rng.chance(0.85)) {
        out.push({ ...base(), type: 'order.paid', userId: user, orderId, productId: product.id, quantity, amount });
        paid.push({ orderId, productId: product.id, amount });
      }
    } else if (roll < 0.85 && paid.length) {
      const o = paid.splice(rng.int(0, paid.length - 1), 1)[0]!;
      out.push({ ...base(), type: 'refund.requested', orderId: o.orderId, productId: o.productId, amount: o.amount, reason: '不想要了' });
      if (rng.chance(0.7)) out.push({ ...base(), type: 'refund.approved', orderId: o.orderId, productId: o.productId, amount: o.amount });
    } else {
      out.push({ ...base(), type: 'viewer.stats', online: rng.int(100, 1500), totalViewers: 1000 + n });
    }
  }
  return out.slice(0, opts.count);
}

/** What a stream adds up to: the figures a correct room must show after ingesting it once. */
export function streamTotals(events: readonly LiveEvent[]): StreamTotals {
  const t: StreamTotals = { events: 0, createdOrders: 0, paidOrders: 0, gmv: 0, units: 0, refundRequests: 0, refundRequested: 0, refundApprovals: 0, refundApproved: 0, comments: 0, likes: 0 };
  const seen = new Set<string>();
  for (const e of events) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    t.events++;
    switch (e.type) {
      case 'order.created': t.createdOrders++; break;
      case 'order.paid': t.paidOrders++; t.gmv += e.amount; t.units += e.quantity; break;
      case 'refund.requested': t.refundRequests++; t.refundRequested += e.amount; break;
      case 'refund.approved': t.refundApprovals++; t.refundApproved += e.amount; break;
      case 'comment': t.comments++; break;
      case 'like': t.likes += e.count; break;
      default: break;
    }
  }
  return t;
}
