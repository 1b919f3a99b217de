import type { LiveEvent } from '../../../shared/protocol/events';
import { LiveEvent as LiveEventSchema } from '../../../shared/protocol/events';
import type { RunOfShow } from '../../../shared/protocol/runOfShow';
import { slotPrice } from '../../../shared/protocol/runOfShow';

/**
 * Checks every identity the stream must hold; returns the list of violations (empty = clean).
 * `validateEvery`: schema-check every n-th event of the high-volume kinds (1 = all).
 */
export function streamViolations(events: readonly LiveEvent[], show: RunOfShow, validateEvery = 1): string[] {
  const bad: string[] = [];
  const note = (msg: string) => { if (bad.length < 20) bad.push(msg); };
  const price = new Map(show.slots.map((s) => [s.productId, slotPrice(show, s)]));
  const ids = new Set<string>();
  const present = new Set<string>();
  const everSeen = new Set<string>();
  const clicked = new Set<string>();
  const created = new Map<string, Extract<LiveEvent, { type: 'order.created' }>>();
  const paid = new Map<string, Extract<LiveEvent, { type: 'order.paid' }>>();
  const requested = new Map<string, number>();
  let lastTs = -Infinity;
  let i = 0;
  for (const e of events) {
    i++;
    const bulk = e.type === 'like' || e.type === 'viewer.enter' || e.type === 'viewer.leave';
    if ((!bulk || i % validateEvery === 0) && !LiveEventSchema.safeParse(e).success) note(`invalid event ${JSON.stringify(e)}`);
    if (ids.has(e.id)) note(`duplicate id ${e.id}`);
    ids.add(e.id);
    if (e.ts < lastTs) note(`out of order at ${e.id}`);
    lastTs = e.ts;
    switch (e.type) {
      case 'viewer.enter':
        if (present.has(e.userId)) note(`${e.userId} entered twice`);
        present.add(e.userId); everSeen.add(e.userId); break;
      case 'viewer.leave':
        if (!present.delete(e.userId)) note(`${e.userId} left without entering`); break;
      case 'viewer.stats':
        if (e.online !== present.size) note(`online ${e.online} != present ${present.size} at ${e.ts}`);
        if (e.totalViewers !== everSeen.size) note(`totalViewers ${e.totalViewers} != unique ${everSeen.size}`);
        break;
      case 'comment': case 'like': case 'follow': case 'share': case 'fanclub.join':
        if (!present.has(e.userId)) note(`${e.type} by absent ${e.userId}`); break;
      case 'product.click':
        if (!present.has(e.userId)) note(`click by absent ${e.userId}`);
        clicked.add(`${e.userId}|${e.productId}`); break;
      case 'order.created':
        if (!clicked.has(`${e.userId}|${e.productId}`)) note(`order ${e.orderId} without a prior click`);
        if (!present.has(e.userId)) note(`order by absent ${e.userId}`);
        if (e.amount !== e.quantity * (price.get(e.productId) ?? NaN)) note(`order ${e.orderId} amount ${e.amount} != ${e.quantity} × ${price.get(e.productId)}`);
        if (created.has(e.orderId)) note(`order ${e.orderId} created twice`);
        created.set(e.orderId, e); break;
      case 'order.paid': {
        const c = created.get(e.orderId);
        if (!c) note(`paid ${e.orderId} never created`);
        else if (c.amount !== e.amount || c.quantity !== e.quantity || c.userId !== e.userId || c.productId !== e.productId || c.sku !== e.sku) note(`paid ${e.orderId} differs from created`);
        if (paid.has(e.orderId)) note(`paid ${e.orderId} twice`);
        paid.set(e.orderId, e); break;
      }
      case 'refund.requested': {
        const p = paid.get(e.orderId);
        if (!p) note(`refund for unpaid ${e.orderId}`);
        else if (e.amount <= 0 || e.amount > p.amount || p.productId !== e.productId) note(`refund ${e.orderId} amount ${e.amount} vs ${p.amount}`);
        if (!e.reason) note(`refund ${e.orderId} without a reason`);
        requested.set(e.orderId, e.amount); break;
      }
      case 'refund.approved':
        if (requested.get(e.orderId) !== e.amount) note(`approval ${e.orderId} without a matching request`); break;
      default: break;
    }
  }
  return bad;
}
