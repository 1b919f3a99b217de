import type { LiveEvent } from '../../protocol/events';
import type { FamilyResult, MapContext, OrderMemory } from './context';
import type { DouyinRules } from './rules';
import { clip, count, fen, field, idField, isObject, listField, text, userIdOf, type Json } from './read';

/** What an order status reads as (rules.orderStatus: codes or the page's words). */
export type OrderStage = 'created' | 'paid' | 'cancelled' | 'refundRequested' | 'refunded';
const STAGES: readonly OrderStage[] = ['refunded', 'refundRequested', 'cancelled', 'paid', 'created'];

export function orderStage(rules: DouyinRules, item: Json): OrderStage | null {
  const values: Array<string | number> = [];
  const code = field(item, 'order_status');
  if (typeof code === 'number' || typeof code === 'string') values.push(code);
  // UNVERIFIED: a worded status beside the code.
  const desc = text(item, 'order_status_desc');
  if (desc !== undefined) values.push(desc.trim());
  for (const stage of STAGES) {
    const known = rules.orderStatus[stage];
    if (values.some((v) => known.some((k) => k === v || (typeof v === 'string' && typeof k === 'number' && v === String(k))))) return stage;
  }
  return null;
}

/**
 * The amount of an order in fen. UNVERIFIED: `pay_amount` (fen), else `order_amount` (fen), else
 * `price` (fen, per unit) × `item_num`. The public order-stream shape shows no amount field.
 */
function amountOf(item: Json, quantity: number): number | undefined {
  const total = fen(item, 'pay_amount') ?? fen(item, 'order_amount');
  if (total !== undefined) return total;
  const unit = fen(item, 'price');
  return unit !== undefined ? unit * quantity : undefined;
}

/**
 * One order-stream item → the events its status change brings. Each transition is emitted once per order
 * (event id `<order_id>:<stage>`), so a status change updates one order and never adds one; a later stage
 * seen first brings the earlier ones it implies (paid ⇒ created; refund ⇒ paid). A cancelled (unpaid)
 * order is closed: a later paid or refund status for it is ignored, as the metric engine does.
 */
function orderEvents(item: Json, ctx: MapContext): LiveEvent[] {
  const orderId = idField(item, 'order_id');
  const stage = orderStage(ctx.rules, item);
  if (!orderId || !stage) {
    ctx.skip();
    return [];
  }
  let mem: OrderMemory | undefined = ctx.memory.orders.get(orderId);
  if (!mem) {
    const shopProductId = idField(item, 'product_id');
    const quantity = Math.min(10_000, Math.max(1, count(item, 'item_num') ?? 1));
    const amount = amountOf(item, quantity);
    if (!shopProductId || amount === undefined) {
      ctx.skip();
      return [];
    }
    const nickname = clip(text(item, 'nick_name') ?? '', 200);
    // UNVERIFIED: the SKU's words (规格) as `sku_desc`.
    const sku = text(item, 'sku_desc');
    mem = {
      productId: ctx.productIdFor(shopProductId), userId: userIdOf(item, nickname), quantity, amount,
      ...(sku ? { sku: clip(sku, 128) } : {}),
      created: false, paid: false, cancelled: false, refundRequested: false, refunded: false,
    };
    ctx.memory.orders.set(orderId, mem);
  }
  const m = mem;
  const base = { platform: 'douyin' as const, roomId: ctx.roomId, ts: ctx.ts, orderId, productId: m.productId };
  const order = { ...base, userId: m.userId, quantity: m.quantity, amount: m.amount, ...(m.sku ? { sku: m.sku } : {}) };
  const out: LiveEvent[] = [];
  const created = (): void => {
    if (m.created) return;
    m.created = true;
    out.push({ ...order, id: `${orderId}:created`, type: 'order.created' });
  };
  const paid = (): void => {
    created();
    if (m.paid || m.cancelled) return;
    m.paid = true;
    out.push({ ...order, id: `${orderId}:paid`, type: 'order.paid' });
  };
  switch (stage) {
    case 'created':
      created();
      break;
    case 'paid':
      paid();
      break;
    case 'cancelled':
      // 超时未支付 / 取消: only an unpaid order can be cancelled (after payment it is a refund); it is final.
      created();
      if (!m.paid && !m.cancelled) {
        m.cancelled = true;
        const words = text(item, 'order_status_desc') ?? (typeof field(item, 'order_status') === 'string' ? text(item, 'order_status') : undefined);
        const reason = words === undefined ? undefined : words.includes('超时') ? 'unpaid_timeout' as const : 'cancelled' as const;
        out.push({ ...base, id: `${orderId}:cancelled`, type: 'order.cancelled', ...(reason ? { reason } : {}) });
      }
      break;
    case 'refundRequested':
      paid();
      if (m.paid && !m.refundRequested) {
        m.refundRequested = true;
        out.push({ ...base, id: `${orderId}:refund_requested`, type: 'refund.requested', amount: m.amount });
      }
      break;
    case 'refunded':
      paid();
      if (m.paid && !m.refunded) {
        m.refunded = true;
        out.push({ ...base, id: `${orderId}:refunded`, type: 'refund.approved', amount: m.amount });
      }
      break;
  }
  return out;
}

/**
 * 罗盘 大屏 order stream: `{ data: [{ order_id, order_status, item_num, nick_name, product_id, product_title,
 * order_ts, … }] | null, msg }`. Order status: see rules.orderStatus (known: 0 → 已下单, 3 → 已支付).
 */
export function mapCompassOrderStream(body: Json, ctx: MapContext): FamilyResult {
  if (!isObject(body)) return null;
  const items = listField(body, 'data');
  if (items === undefined) return null;
  const out: LiveEvent[] = [];
  for (const item of items ?? []) out.push(...orderEvents(item, ctx));
  return out;
}
