import type { LiveEvent } from '../../protocol/events';
import type { MetricsSnapshot, ProductFigures, RoomFigures } from '../../protocol/metrics';
import type { Intent, LiveState, Topic } from '../../protocol/room';
import type { Product, RunOfShow } from '../../protocol/runOfShow';
import { classifyComment } from '../comments/classify';
import { combineRefundRisk, type RiskSignals } from '../refundRisk/model';
import type { RiskWeights } from '../refundRisk/weights';
import { CheckpointRing, type CheckpointRingState } from './checkpoints';
import {
  CHECKPOINT_SECONDS, EARLY_REFUND_MS, MINUTE_MS, PREV_OFFSET_S, SECOND_MS,
  URGENCY_CUES, URGENCY_WINDOW_MS, WINDOW_15M, WINDOW_1M, WINDOW_5M,
} from './constants';
import { C, COUNTER_COUNT, type Row } from './counters';
import { hashHi, hashLo } from './idHash';
import { LastSeenWindow, type LastSeenState } from './lastSeen';
import { MinuteSeries, type MinuteSeriesState } from './minuteSeries';
import { productFigures, productRiskSignals, runTotalsByProduct, type ProductFigureInput } from './productFigures';
import { ProductState, type ProductStateState } from './productState';
import { roomFigures } from './roomFigures';
import { fromBase64, toBase64 } from './typedBase64';
import { U, UserTable, type UserTableState } from './users';
import { Viewers, type ViewersState } from './viewers';
import { idTable, ownEntry } from '../idTable';

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
  /** Comment ids the team marked answered. Pass the same Set object while it is unchanged. */
  answered: ReadonlySet<string>;
  /** Price-claim lint findings per product id (hook for the compliance linter; default 0). */
  priceClaimFindings?: Readonly<Record<string, number>>;
  /** Weights of the refund-risk model (the built-ins when absent; the hub may load fitted ones). */
  riskWeights?: RiskWeights;
  /** Calibration: when given, each product's refund-risk inputs are recorded here by product id. */
  riskSignals?: Map<string, RiskSignals>;
}

export interface MetricsEngine {
  ingest(e: LiveEvent, ctx: IngestContext): void;
  snapshot(now: number, ctx: SnapshotContext): MetricsSnapshot;
  /** The engine's whole state as plain JSON (a checkpoint); restoreMetricsEngine reads it back. */
  serialise(): MetricsEngineState;
}

/**
 * 2: windows keyed by id hash, viewers without per-viewer state once viewer.stats arrive.
 * 3: paid amount per order and each product's paid money by minute of payment (refund-risk exposure).
 * An older state is refused: the journal is replayed in full.
 */
export const METRICS_STATE_VERSION = 3;

/**
 * The engine's state in a checkpoint. Typed arrays are base64; per-user arrays are compacted
 * (ids as 8-byte hash pairs, flags 1 byte; window entries only while inside their window).
 */
export interface MetricsEngineState {
  v: number;
  started: boolean;
  startMs: number;
  startSec: number;
  t: number;
  cur: string;
  ring: CheckpointRingState;
  interactors: LastSeenState;
  clickers: LastSeenState;
  users: UserTableState;
  series: MinuteSeriesState;
  viewers: ViewersState;
  /** [order id, product id, paidAt (or UNPAID/CANCELLED), paid amount fen]. */
  orders: Array<[string, string, number, number]>;
  refunds: Array<[string, number, boolean, boolean]>;
  products: Array<[string, ProductStateState]>;
  /** null: no urgency cue yet. */
  lastUrgency: number | null;
  onAir: string | null;
  lastOnAir: string | null;
}

/** An engine continuing from a serialised state (throws on a state it cannot read). */
export function restoreMetricsEngine(state: MetricsEngineState): MetricsEngine {
  if (state.v !== METRICS_STATE_VERSION) throw new Error(`metrics state v${String(state.v)} is not v${METRICS_STATE_VERSION}`);
  return RoomMetrics.restore(state);
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
 * The metric engine of one live session: O(1) work per event, and a snapshot that reads
 * running totals, per-second checkpoints and ring buffers (never the event history).
 * Definitions: docs/metrics.md.
 */
export function createMetricsEngine(): MetricsEngine {
  return new RoomMetrics();
}

/** paidAt: epoch ms once paid, UNPAID before, CANCELLED when closed unpaid (kept in the snapshot's number); amount: paid fen. */
interface OrderRecord { productId: string; paidAt: number; amount: number }
const UNPAID = -1;
const CANCELLED = -2;
interface RefundRecord { amount: number; approved: boolean; early: boolean }

const SIZE_COLOUR_MARK = '色';

class RoomMetrics implements MetricsEngine {
  private started = false;
  private startMs = 0;
  private startSec = 0;
  /** Engine clock, ms: the latest event or snapshot time (never goes back). */
  private t = 0;
  private cur: Row = new Float64Array(COUNTER_COUNT);
  private readonly ring = new CheckpointRing(CHECKPOINT_SECONDS);
  private readonly interactors = new LastSeenWindow(WINDOW_5M + 5);
  private readonly clickers = new LastSeenWindow(WINDOW_5M + 5);
  private users = new UserTable();
  private series: MinuteSeries = new MinuteSeries(0);
  private viewers = new Viewers();
  private readonly orders = new Map<string, OrderRecord>();
  private readonly refunds = new Map<string, RefundRecord>();
  private readonly products = new Map<string, ProductState>();
  private lastUrgency = Number.NEGATIVE_INFINITY;
  private onAir: string | null = null;
  private lastOnAir: string | null = null;
  private answeredRef: ReadonlySet<string> | null = null;
  private answeredSize = -1;
  private showRef: RunOfShow | null = null;
  private catalog = new Map<string, Product>();
  private slotProduct = new Map<string, string>();

  serialise(): MetricsEngineState {
    return {
      v: METRICS_STATE_VERSION,
      started: this.started, startMs: this.startMs, startSec: this.startSec, t: this.t,
      cur: toBase64(this.cur),
      ring: this.ring.serialise(),
      interactors: this.interactors.serialise(),
      clickers: this.clickers.serialise(),
      users: this.users.serialise(),
      series: this.series.serialise(),
      viewers: this.viewers.serialise(this.t),
      orders: [...this.orders].map(([id, o]) => [id, o.productId, o.paidAt, o.amount]),
      refunds: [...this.refunds].map(([id, r]) => [id, r.amount, r.approved, r.early]),
      products: [...this.products].map(([id, p]) => [id, p.serialise()]),
      lastUrgency: Number.isFinite(this.lastUrgency) ? this.lastUrgency : null,
      onAir: this.onAir, lastOnAir: this.lastOnAir,
    };
  }

  static restore(s: MetricsEngineState): RoomMetrics {
    const m = new RoomMetrics();
    m.started = s.started;
    m.startMs = s.startMs;
    m.startSec = s.startSec;
    m.t = s.t;
    const cur = fromBase64.f64(s.cur);
    if (cur.length !== COUNTER_COUNT) throw new Error('metrics state: counter row has the wrong length');
    m.cur = cur;
    m.ring.load(s.ring);
    m.interactors.load(s.interactors);
    m.clickers.load(s.clickers);
    m.users = UserTable.restore(s.users);
    m.series = MinuteSeries.restore(s.series);
    m.viewers = Viewers.restore(s.viewers);
    for (const [id, productId, paidAt, amount] of s.orders) m.orders.set(id, { productId, paidAt, amount });
    for (const [id, amount, approved, early] of s.refunds) m.refunds.set(id, { amount, approved, early });
    for (const [id, p] of s.products) m.products.set(id, ProductState.restore(p));
    m.lastUrgency = s.lastUrgency ?? Number.NEGATIVE_INFINITY;
    m.onAir = s.onAir;
    m.lastOnAir = s.lastOnAir;
    return m;
  }

  ingest(e: LiveEvent, ctx: IngestContext): void {
    const t = this.clockTo(e.ts);
    this.setOnAir(ctx.onAirProductId);
    const cur = this.cur;
    switch (e.type) {
      case 'viewer.stats':
        this.viewers.stats(e.online, e.totalViewers);
        cur[C.TOTAL_VIEWERS] = this.viewers.total();
        break;
      case 'viewer.enter':
        cur[C.ENTERS]!++;
        this.series.open.enters++;
        this.viewers.enter(this.users, hashHi(e.userId), hashLo(e.userId), t);
        cur[C.TOTAL_VIEWERS] = this.viewers.total();
        break;
      case 'viewer.leave':
        cur[C.LEAVES]!++;
        this.series.open.leaves++;
        this.viewers.leave(this.users, hashHi(e.userId), hashLo(e.userId));
        break;
      case 'comment':
        this.comment(e, ctx);
        break;
      case 'like':
        cur[C.LIKES]! += e.count;
        this.interactors.touch(hashHi(e.userId), hashLo(e.userId));
        break;
      case 'share':
        this.interactors.touch(hashHi(e.userId), hashLo(e.userId));
        break;
      case 'follow':
        if (this.users.set(this.user(e.userId), U.FOLLOWER)) cur[C.FOLLOWERS]!++;
        break;
      case 'fanclub.join':
        if (this.users.set(this.user(e.userId), U.FAN)) cur[C.FANS]!++;
        break;
      case 'product.click': {
        const h = hashHi(e.userId);
        const l = hashLo(e.userId);
        const u = this.users.index(h, l);
        cur[C.CLICKS]!++;
        this.series.open.clicks++;
        this.clickers.touch(h, l);
        if (this.users.set(u, U.CLICKER)) cur[C.CLICK_USERS]!++;
        const p = this.product(e.productId);
        p.clicks++;
        p.clickUsers.add(u);
        p.clicks5m.add(this.sec(), 1);
        break;
      }
      case 'order.created':
        if (!this.orders.has(e.orderId)) {
          this.orders.set(e.orderId, { productId: e.productId, paidAt: UNPAID, amount: 0 });
          cur[C.CREATED]!++;
          this.product(e.productId).createdOrders++;
        }
        break;
      case 'order.paid':
        this.paid(e, t);
        break;
      case 'order.cancelled': {
        const rec = this.orders.get(e.orderId);
        if (!rec) this.orders.set(e.orderId, { productId: e.productId, paidAt: CANCELLED, amount: 0 });
        else if (rec.paidAt === UNPAID) rec.paidAt = CANCELLED;
        break;
      }
      case 'refund.requested':
      case 'refund.approved':
        this.refund(e.orderId, e.productId, e.amount, e.type === 'refund.approved', t);
        break;
      case 'product.state': {
        const p = this.product(e.productId);
        if (e.stock !== undefined) p.stateStock = e.stock;
        if (e.soldOut !== undefined) p.stateSoldOut = e.soldOut;
        break;
      }
      case 'explain':
        if (e.state === 'start') this.product(e.productId).explainStart(t);
        else this.product(e.productId).explainStop(t);
        break;
      case 'cue.state':
        if (e.state === 'start' && URGENCY_CUES.has(e.kind)) this.lastUrgency = t;
        break;
      case 'platform.warning':
      case 'stream.end':
        break;
    }
  }

  snapshot(now: number, ctx: SnapshotContext): MetricsSnapshot {
    this.clockTo(now);
    this.indexShow(ctx.show);
    const slotId = ctx.live.onAirSlotId;
    this.setOnAir(slotId ? this.slotProduct.get(slotId) ?? null : null);

    const t = this.t;
    const sec = this.sec();
    const at = this.liveRow();
    const figures = roomFigures(at, this.rowAt(Math.floor((t - WINDOW_1M * SECOND_MS) / SECOND_MS)),
      this.rowAt(Math.floor((t - WINDOW_5M * SECOND_MS) / SECOND_MS)), this.rowAt(Math.floor((t - WINDOW_15M * SECOND_MS) / SECOND_MS)));
    const prevT = t - PREV_OFFSET_S * SECOND_MS;
    let prev5: RoomFigures | null = null;
    if (prevT >= this.startMs) {
      const k = Math.floor(prevT / SECOND_MS);
      prev5 = roomFigures(this.rowAt(k), this.rowAt(k - WINDOW_1M), this.rowAt(k - WINDOW_5M), this.rowAt(k - WINDOW_15M));
    }

    const recheck = ctx.answered !== this.answeredRef || ctx.answered.size !== this.answeredSize;
    this.answeredRef = ctx.answered;
    this.answeredSize = ctx.answered.size;
    const runs = runTotalsByProduct(ctx.live, t);
    const ids = new Set<string>();
    for (const s of ctx.show.slots) ids.add(s.productId);
    for (const id of this.products.keys()) ids.add(id);
    const products = idTable<ProductFigures>();
    const parts: Array<{ gmv: number; risk: ProductFigures['risk'] }> = [];
    for (const id of ids) {
      const state = this.products.get(id);
      const input: ProductFigureInput = {
        productId: id,
        state,
        product: this.catalog.get(id),
        live: ctx.live,
        runs: runs.get(id),
        unanswered: state ? state.unanswered(ctx.answered, recheck) : 0,
        priceClaimFindings: (ctx.priceClaimFindings ? ownEntry(ctx.priceClaimFindings, id) : undefined) ?? 0,
        now: t,
        nowSec: sec,
        ...(ctx.riskWeights ? { riskWeights: ctx.riskWeights } : {}),
      };
      const pf = productFigures(input);
      ctx.riskSignals?.set(id, productRiskSignals(input));
      products[id] = pf;
      parts.push({ gmv: pf.gmv, risk: pf.risk });
    }
    return {
      asOf: now,
      now: figures,
      prev5,
      series: this.series.series(),
      products,
      risk: combineRefundRisk(parts),
      clickUsers: at[C.CLICK_USERS]!,
    };
  }

  // ── events ────────────────────────────────────────────────────────────────────────────────

  private comment(e: Extract<LiveEvent, { type: 'comment' }>, ctx: IngestContext): void {
    this.cur[C.COMMENTS]!++;
    this.series.open.comments++;
    this.interactors.touch(hashHi(e.userId), hashLo(e.userId));
    const cls = ctx.intent !== undefined ? { intent: ctx.intent, topic: ctx.topic ?? null } : classifyComment(e.text);
    const pid = this.onAir ?? this.lastOnAir;
    if (pid === null) return;
    if (cls.intent === 'complaint' || cls.intent === 'refund') this.product(pid).negativeComments++;
    else if (cls.intent === 'question' && (cls.topic === 'size' || e.text.includes(SIZE_COLOUR_MARK))) {
      this.product(pid).addQuestion(e.id);
    }
  }

  private paid(e: Extract<LiveEvent, { type: 'order.paid' }>, t: number): void {
    const cur = this.cur;
    let rec = this.orders.get(e.orderId);
    if (!rec) {
      rec = { productId: e.productId, paidAt: UNPAID, amount: 0 };
      this.orders.set(e.orderId, rec);
      cur[C.CREATED]!++;
      this.product(e.productId).createdOrders++;
    }
    if (rec.paidAt >= 0 || rec.paidAt === CANCELLED) return;
    rec.paidAt = t;
    rec.productId = e.productId;
    rec.amount = e.amount;
    const h = hashHi(e.userId);
    const l = hashLo(e.userId);
    const u = this.users.index(h, l);
    cur[C.PAID]!++;
    cur[C.GMV]! += e.amount;
    cur[C.UNITS]! += e.quantity;
    if (this.users.set(u, U.BUYER)) cur[C.BUYERS]!++;
    const m = this.series.open;
    m.orders++;
    m.gmv += e.amount;
    const p = this.product(e.productId);
    p.paidOrders++;
    p.units += e.quantity;
    p.buyers.add(u);
    p.addPaid(m.t, this.sec(), e.amount);
    p.exposure.paid(t, e.amount);
    if (t - this.lastUrgency <= URGENCY_WINDOW_MS || this.viewers.enteredWithin(h, l, t)) p.pressuredOrders++;
  }

  /**
   * Refund amount per order: the approved amount once approved, else the largest amount
   * requested. An order's refund is early when first requested within EARLY_REFUND_MS of payment.
   * The product's exposure (refund-risk model) books the order as resolved at its first request and
   * its early refund by the minute it was paid in (orders paid for this product only).
   */
  private refund(orderId: string, productId: string, amount: number, approved: boolean, t: number): void {
    let rec = this.refunds.get(orderId);
    const p = this.product(productId);
    const order = this.orders.get(orderId);
    const paidHere = order !== undefined && order.paidAt >= 0 && order.productId === productId;
    if (!rec) {
      const early = order !== undefined && order.paidAt >= 0 && t - order.paidAt <= EARLY_REFUND_MS;
      rec = { amount: 0, approved: false, early };
      this.refunds.set(orderId, rec);
      if (early) p.earlyRefundOrders++;
      if (paidHere) p.exposure.resolved(order.paidAt, order.amount);
    }
    let next: number;
    if (approved) { next = amount; rec.approved = true; }
    else next = rec.approved ? rec.amount : Math.max(rec.amount, amount);
    const delta = next - rec.amount;
    if (delta === 0) return;
    rec.amount = next;
    this.cur[C.REFUND]! += delta;
    this.series.open.refunds += delta;
    p.refundAmount += delta;
    if (rec.early) {
      p.earlyRefund += delta;
      if (paidHere) p.exposure.early(order.paidAt, delta);
    }
  }

  // ── clock ─────────────────────────────────────────────────────────────────────────────────

  /** Moves the clock to `ts` (never back) and returns the clock; starts the session on first use. */
  private clockTo(ts: number): number {
    if (!this.started) {
      this.started = true;
      this.startMs = ts;
      this.startSec = Math.floor(ts / SECOND_MS);
      this.t = ts;
      this.series = new MinuteSeries(ts);
      this.interactors.advance(this.startSec);
      this.clickers.advance(this.startSec);
    } else if (ts > this.t) this.advanceTo(ts);
    return this.t;
  }

  private advanceTo(to: number): void {
    let t = this.t;
    const online = this.online();
    // Far behind `to`: whole minutes at a time, without per-second checkpoints nobody will read.
    const keepFrom = (Math.floor(to / SECOND_MS) - CHECKPOINT_SECONDS) * SECOND_MS;
    while (t < keepFrom) {
      const nextMin = (Math.floor(t / MINUTE_MS) + 1) * MINUTE_MS;
      const end = Math.min(nextMin, keepFrom);
      this.accrue(end - t, online);
      t = end;
      if (t === nextMin) this.series.roll(t);
    }
    while (t < to) {
      const nextSec = (Math.floor(t / SECOND_MS) + 1) * SECOND_MS;
      const end = Math.min(nextSec, to);
      this.accrue(end - t, online);
      t = end;
      if (t === nextSec) {
        if (t % MINUTE_MS === 0) this.series.roll(t);
        this.checkpoint(t / SECOND_MS);
      }
    }
    this.t = to;
  }

  private accrue(dt: number, online: number): void {
    if (dt <= 0) return;
    this.cur[C.ONLINE_MS]! += online * dt;
    this.series.accrue(dt, online);
  }

  /** Writes the checkpoint row of second `sec` (the state at its first instant). */
  private checkpoint(sec: number): void {
    this.interactors.advance(sec);
    this.clickers.advance(sec);
    this.ring.write(sec, this.liveRow());
  }

  /** The live counters with their instantaneous fields filled in. */
  private liveRow(): Row {
    const cur = this.cur;
    cur[C.ONLINE] = this.online();
    cur[C.AVG_ONLINE] = this.series.avgOnline();
    cur[C.INTERACT_5M] = this.interactors.distinct(WINDOW_5M);
    cur[C.CLICKERS_5M] = this.clickers.distinct(WINDOW_5M);
    return cur;
  }

  private rowAt(sec: number): Row {
    return this.ring.read(sec, this.startSec + 1);
  }

  private sec(): number {
    return Math.floor(this.t / SECOND_MS);
  }

  // ── state ─────────────────────────────────────────────────────────────────────────────────

  private online(): number {
    return this.viewers.online();
  }

  /** The user's UserTable index (interned: only for session-long distinct counts). */
  private user(userId: string): number {
    return this.users.index(hashHi(userId), hashLo(userId));
  }

  private setOnAir(productId: string | null): void {
    if (productId === this.onAir) return;
    this.onAir = productId;
    if (productId !== null) this.lastOnAir = productId;
    this.series.setOnAir(productId);
  }

  private product(id: string): ProductState {
    let p = this.products.get(id);
    if (!p) {
      p = new ProductState();
      this.products.set(id, p);
    }
    return p;
  }

  private indexShow(show: RunOfShow): void {
    if (show === this.showRef) return;
    this.showRef = show;
    this.catalog = new Map(show.products.map((p) => [p.id, p]));
    this.slotProduct = new Map(show.slots.map((s) => [s.id, s.productId]));
  }
}
