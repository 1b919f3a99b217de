import { PENDING_QUESTIONS_CAP, WINDOW_5M } from './constants';
import { IntSet } from './intSet';
import { RefundExposure, type RefundExposureState } from './refundExposure';
import { SlidingSum, type SlidingSumState } from './slidingSum';
import { fromBase64, toBase64 } from './typedBase64';

/** A ProductState in a checkpoint (distinct-user sets as base64 Int32 lists, ascending). */
export interface ProductStateState {
  n: Record<string, number>;
  clickUsers: string;
  buyers: string;
  clicks5m: SlidingSumState;
  gmv5m: SlidingSumState;
  pending: string[];
  stateStock?: number;
  stateSoldOut?: boolean;
  /** Orders created (optional: checkpoints written before issue 16 lack it). */
  createdOrders?: number;
  /** Paid money by age for the refund-risk model (metrics state v3). */
  exposure: RefundExposureState;
}

/** The plain number fields, serialised by name. */
const NUMBER_FIELDS = [
  'clicks', 'gmv', 'units', 'paidOrders', 'refundAmount', 'earlyRefund', 'earlyRefundOrders', 'negativeComments',
  'pressuredOrders', 'checked', 'overflowQuestions', 'explainEvents', 'explainMs', 'explainOpenSince', 'bestMinuteGmv',
  'minuteT', 'minuteGmv',
] as const;
type NumberField = typeof NUMBER_FIELDS[number];

/** Running figures of one product over the session (fed by the engine, read by productFigures). */
export class ProductState {
  clicks = 0;
  /** Distinct clicking users (UserTable indices): 8–16 bytes each. */
  clickUsers = new IntSet();
  readonly clicks5m = new SlidingSum(WINDOW_5M);
  gmv = 0;
  readonly gmv5m = new SlidingSum(WINDOW_5M);
  /** Distinct paying users (UserTable indices): 8–16 bytes each. */
  buyers = new IntSet();
  units = 0;
  paidOrders = 0;
  /** Distinct orders created for this product (a paid order with no created event counts). */
  createdOrders = 0;
  refundAmount = 0;
  earlyRefund = 0;
  earlyRefundOrders = 0;
  negativeComments = 0;
  pressuredOrders = 0;
  /** Paid money by minute of payment: early-refund windows closed, refunds requested (refund-risk model). */
  exposure = new RefundExposure();
  /** Ids of size/colour questions not yet seen in the answered set. */
  pending: string[] = [];
  /** pending[0..checked) were checked against the answered set as last seen. */
  checked = 0;
  /** Questions beyond PENDING_QUESTIONS_CAP: counted as unanswered. */
  overflowQuestions = 0;
  explainEvents = 0;
  explainMs = 0;
  /** Start of the open explain interval, or -1. */
  explainOpenSince = -1;
  /** Latest product.state values, when the platform sent them. */
  stateStock: number | undefined;
  stateSoldOut: boolean | undefined;
  bestMinuteGmv = 0;
  private minuteT = -1;
  private minuteGmv = 0;

  serialise(): ProductStateState {
    const n: Record<string, number> = {};
    const self = this as unknown as Record<NumberField, number>;
    for (const k of NUMBER_FIELDS) n[k] = self[k];
    const out: ProductStateState = {
      n, clickUsers: toBase64(this.clickUsers.sorted()), buyers: toBase64(this.buyers.sorted()),
      clicks5m: this.clicks5m.serialise(), gmv5m: this.gmv5m.serialise(), pending: [...this.pending],
      exposure: this.exposure.serialise(),
    };
    if (this.stateStock !== undefined) out.stateStock = this.stateStock;
    if (this.stateSoldOut !== undefined) out.stateSoldOut = this.stateSoldOut;
    if (this.createdOrders) out.createdOrders = this.createdOrders;
    return out;
  }

  static restore(s: ProductStateState): ProductState {
    const p = new ProductState();
    const self = p as unknown as Record<NumberField, number>;
    for (const k of NUMBER_FIELDS) {
      const v = s.n[k];
      if (typeof v !== 'number') throw new Error(`ProductState: ${k} missing`);
      self[k] = v;
    }
    p.clickUsers = IntSet.of(fromBase64.i32(s.clickUsers));
    p.buyers = IntSet.of(fromBase64.i32(s.buyers));
    p.clicks5m.load(s.clicks5m);
    p.gmv5m.load(s.gmv5m);
    p.pending = [...s.pending];
    p.stateStock = s.stateStock;
    p.stateSoldOut = s.stateSoldOut;
    p.createdOrders = s.createdOrders ?? 0;
    p.exposure = RefundExposure.restore(s.exposure);
    return p;
  }

  addPaid(minuteT: number, sec: number, amount: number): void {
    this.gmv += amount;
    this.gmv5m.add(sec, amount);
    if (minuteT !== this.minuteT) { this.minuteT = minuteT; this.minuteGmv = 0; }
    this.minuteGmv += amount;
    if (this.minuteGmv > this.bestMinuteGmv) this.bestMinuteGmv = this.minuteGmv;
  }

  addQuestion(commentId: string): void {
    if (this.pending.length < PENDING_QUESTIONS_CAP) this.pending.push(commentId);
    else this.overflowQuestions++;
  }

  /** Unanswered size/colour questions, dropping those now in `answered` (`recheck` = look at all again). */
  unanswered(answered: ReadonlySet<string>, recheck: boolean): number {
    if (recheck) this.checked = 0;
    const p = this.pending;
    let w = this.checked;
    for (let r = this.checked; r < p.length; r++) {
      const id = p[r]!;
      if (!answered.has(id)) p[w++] = id;
    }
    p.length = w;
    this.checked = w;
    return w + this.overflowQuestions;
  }

  explainStart(ts: number): void {
    if (this.explainOpenSince >= 0) return;
    this.explainEvents++;
    this.explainOpenSince = ts;
  }

  explainStop(ts: number): void {
    if (this.explainOpenSince < 0) return;
    this.explainMs += Math.max(0, ts - this.explainOpenSince);
    this.explainOpenSince = -1;
  }
}
