import refunds from '../../assets/sim/refunds.json';
import type { Rng } from '../domain/rng';
import { lognormalByMean, weightedIndex } from '../domain/rng';
import type { Viewer } from './audience';
import type { ProductView } from './catalog';
import type { CommentWriter } from './comments';
import { TimeHeap } from './heap';
import { MAX_REFUND_PROBABILITY, PRE_SHIPMENT_REFUND_SHARE, REACTIONS, REFUND_APPROVAL_RATE, REFUND_TAIL, TYPICAL_REFUND_LIFT } from './presets';
import type { EventSink } from './sink';

interface Order {
  id: string;
  viewer: Viewer;
  product: ProductView;
  sku: string | undefined;
  quantity: number;
  unitPrice: number;
  amount: number;
  pressure: boolean;
  impulse: boolean;
}

type Job =
  | { kind: 'order'; viewer: Viewer; product: ProductView; unitPrice: number; pressure: boolean; payRate: number }
  | { kind: 'pay'; order: Order }
  | { kind: 'refund'; order: Order; amount: number }
  | { kind: 'approve'; order: Order; amount: number }
  | { kind: 'comment'; viewer: Viewer; text: string };

/** What the order pipeline needs to know about the room at a given time. */
export interface CommerceView {
  isSoldOut(productId: string): boolean;
}

/** A refund requested after delivery, days after the stream (the refund tail). */
interface TailRefund { at: number; order: Order }

const REASONS = refunds.reasons as unknown as Record<string, [string, number][]>;
const AFTER_DELIVERY = refunds.afterDelivery as unknown as Record<string, [string, number][]>;
const IMPULSE = new Set<string>(refunds.impulse);
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * Clicks → orders → payments → refunds, on a time-ordered job queue. A click may schedule an
 * order by the same viewer seconds later; most orders are paid shortly after (the rest stay
 * unpaid, 压单); some paid orders get a pre-shipment refund request minutes later, and most of
 * those are approved. Each paid order's total refund probability is its category's base rate ×
 * the pressure and impulse factors; what is not requested before shipment may come back after
 * delivery, days later (`runTail`, drawn from `tailRng` so the stream itself does not change).
 */
export class Commerce {
  readonly totals = { clicks: 0, orders: 0, paid: 0, refundRequests: 0, refundApproved: 0 };
  private orderN = 0;
  private readonly heap = new TimeHeap<Job>();
  private tail: TailRefund[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly sink: EventSink,
    private readonly writer: CommentWriter,
    private readonly orderPrefix: string,
    private readonly tailRng: Rng,
  ) {}

  /** A product click; with probability `orderProbability` the same viewer orders a little later. */
  click(viewer: Viewer, product: ProductView, unitPrice: number, ts: number, orderProbability: number, pressure: boolean, payRate: number): void {
    this.totals.clicks++;
    this.sink.add('product.click', ts, { userId: viewer.id, productId: product.id });
    const again = viewer.ordered?.has(product.id) ? 0.15 : 1;
    if (!this.rng.chance(orderProbability * again)) return;
    const delay = clamp(lognormalByMean(this.rng, pressure ? 9000 : 25_000, 0.7), 3000, 180_000);
    this.heap.push(ts + Math.round(delay), { kind: 'order', viewer, product, unitPrice, pressure, payRate });
  }

  /** Run every job due before `until` (in time order), never earlier than `from`. */
  runDue(from: number, until: number, room: CommerceView): void {
    while (this.heap.peekAt() < until) {
      const { at, value } = this.heap.pop()!;
      this.run(value, Math.max(at, from), room);
    }
  }

  /**
   * After the stream ended at `endAt`: the pre-shipment refunds (and approvals) still due and the
   * after-delivery refund requests, up to `until`, stamped after the end. Later ones are dropped,
   * as are orders and payments that had not happened by the end.
   */
  runTail(endAt: number, until: number): void {
    const after = (at: number) => Math.max(at, endAt + 1);
    while (this.heap.peekAt() < until) {
      const { at, value } = this.heap.pop()!;
      if (value.kind === 'refund' || value.kind === 'approve') this.run(value, after(at), { isSoldOut: () => false });
    }
    for (const { at, order } of this.tail) {
      if (at >= until) continue;
      this.totals.refundRequests++;
      const list = AFTER_DELIVERY[order.product.kind] ?? AFTER_DELIVERY.other!;
      const reason = list[Math.max(0, weightedIndex(this.tailRng, list.map(([, w]) => w)))]![0];
      this.sink.add('refund.requested', after(at), { orderId: order.id, productId: order.product.id, amount: order.amount, reason });
    }
    this.tail = [];
  }

  private run(job: Job, ts: number, room: CommerceView): void {
    const rng = this.rng;
    switch (job.kind) {
      case 'order': {
        const { viewer, product } = job;
        if (viewer.pos < 0 || room.isSoldOut(product.id)) return;
        const quantity = this.quantity(job.unitPrice);
        const sku = this.sku(product);
        const order: Order = {
          id: `${this.orderPrefix}${(++this.orderN).toString(36)}`, viewer, product, sku, quantity,
          unitPrice: job.unitPrice, amount: quantity * job.unitPrice, pressure: job.pressure,
          impulse: ts - viewer.enteredAt < REACTIONS.impulse.watchMs,
        };
        (viewer.ordered ??= new Set()).add(product.id);
        this.totals.orders++;
        this.sink.add('order.created', ts, this.orderFields(order));
        if (rng.chance(job.payRate)) this.heap.push(ts + Math.round(clamp(lognormalByMean(rng, 20_000, 0.8), 2000, 300_000)), { kind: 'pay', order });
        return;
      }
      case 'pay': {
        const { order } = job;
        this.totals.paid++;
        this.sink.add('order.paid', ts, this.orderFields(order));
        if (rng.chance(0.22)) {
          this.heap.push(ts + rng.int(2000, 20_000), { kind: 'comment', viewer: order.viewer, text: this.writer.afterOrder(order.product, order.sku, order.quantity) });
        }
        const total = (order.product.baseRefundRate / TYPICAL_REFUND_LIFT)
          * (order.pressure ? REACTIONS.pressure.refund : 1) * (order.impulse ? REACTIONS.impulse.refund : 1);
        const pre = Math.min(MAX_REFUND_PROBABILITY, total * PRE_SHIPMENT_REFUND_SHARE);
        if (rng.chance(pre)) {
          const units = order.quantity > 1 && rng.chance(0.4) ? rng.int(1, order.quantity - 1) : order.quantity;
          const delay = clamp(lognormalByMean(rng, order.pressure ? 6 * 60_000 : 9 * 60_000, 0.8), 45_000, 90 * 60_000);
          this.heap.push(ts + Math.round(delay), { kind: 'refund', order, amount: units * order.unitPrice });
        } else if (this.tailRng.chance((Math.min(MAX_REFUND_PROBABILITY, total) - pre) / (1 - pre))) {
          const delay = clamp(lognormalByMean(this.tailRng, REFUND_TAIL.meanMs, REFUND_TAIL.sigma), REFUND_TAIL.minMs, REFUND_TAIL.maxMs);
          this.tail.push({ at: ts + Math.round(delay), order });
        }
        return;
      }
      case 'refund': {
        const { order, amount } = job;
        this.totals.refundRequests++;
        this.sink.add('refund.requested', ts, { orderId: order.id, productId: order.product.id, amount, reason: this.reason(order) });
        if (rng.chance(REFUND_APPROVAL_RATE)) {
          this.heap.push(ts + Math.round(clamp(lognormalByMean(rng, 4 * 60_000, 0.7), 20_000, 45 * 60_000)), { kind: 'approve', order, amount });
        }
        return;
      }
      case 'approve':
        this.totals.refundApproved++;
        this.sink.add('refund.approved', ts, { orderId: job.order.id, productId: job.order.product.id, amount: job.amount });
        return;
      case 'comment':
        if (job.viewer.pos >= 0) this.sink.add('comment', ts, { userId: job.viewer.id, nickname: job.viewer.nickname, text: job.text });
        return;
    }
  }

  private orderFields(o: Order) {
    return { userId: o.viewer.id, orderId: o.id, productId: o.product.id, ...(o.sku ? { sku: o.sku } : {}), quantity: o.quantity, amount: o.amount };
  }

  /** Mostly one; cheap items are bought two or three at a time more often. */
  private quantity(unitPrice: number): number {
    const r = this.rng.next();
    if (unitPrice < 5000) return r < 0.72 ? 1 : r < 0.92 ? 2 : r < 0.98 ? 3 : this.rng.int(4, 6);
    return r < 0.88 ? 1 : r < 0.98 ? 2 : 3;
  }

  private sku(product: ProductView): string | undefined {
    if (!product.skus.length) return undefined;
    const i = weightedIndex(this.rng, product.skus.map((s) => s.weight));
    return product.skus[i < 0 ? 0 : i]!.id;
  }

  private reason(order: Order): string {
    const list = REASONS[order.product.kind] ?? REASONS.other!;
    const i = weightedIndex(this.rng, list.map(([r, w]) => (order.pressure && IMPULSE.has(r) ? w * 2.5 : w)));
    return list[Math.max(0, i)]![0];
  }
}

