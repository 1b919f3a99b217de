import type { CueKind } from '../protocol/events';
import type { Rng } from '../domain/rng';
import { createRng, lognormalByMean, normal } from '../domain/rng';
import { Audience, MAX_PROPENSITY, type Viewer } from './audience';
import { phraseFromNote, type ProductView } from './catalog';
import { CommentWriter, type CommentScene } from './comments';
import { Commerce } from './orders';
import { REACTIONS, REFERENCE_PRICE, ROLE_REACTIONS, type PresetParams, type RoleReaction } from './presets';
import type { EventSink } from './sink';
import type { SimContext } from './context';

/** Model step, ms. The hub calls advance() about this often; a call may cover many steps. */
export const TICK_MS = 100;
/** Opening crowd (预约 viewers) arrives over this long. */
const OPENING_MS = 20_000;
/** Salt of the refund tail's own random stream (so a tail does not change the stream itself). */
const TAIL_SEED_SALT = 0x7a11da75;
/** Slow random drift of the arrival rate (log-space Ornstein–Uhlenbeck). */
const DRIFT = { tauMs: 150_000, sd: 0.15 };

const perTick = (perMinute: number) => (perMinute * TICK_MS) / 60_000;

/** Probability that one click turns into an order (before the sold-out check). */
export function orderProbability(role: RoleReaction, product: ProductView, price: number, scale: number, boost: number): number {
  const priceFactor = Math.min(2, Math.max(0.35, (REFERENCE_PRICE / Math.max(price, 1)) ** 0.3));
  const list = product.listPrice ?? 0;
  const discount = list > price && price > 0 ? 1 + 0.15 * Math.log(list / price) : 1;
  return Math.min(0.3, role.order * scale * priceFactor * discount * boost);
}

/**
 * One simulated room, stepped in fixed ticks. Reads the control room through SimContext and
 * writes events into the sink; all randomness comes from one seeded stream, so the same calls
 * give the same events.
 */
export class RoomModel {
  t: number;
  private readonly audience: Audience;
  private readonly commerce: Commerce;
  private readonly writer: CommentWriter;
  private readonly soldOut = new Set<string>();
  private readonly prices = new Map<string, number>();
  private readonly aired: string[] = [];
  private prevOnAir: string | null = null;
  private prevCues = new Set<CueKind>();
  private revealUntil = 0;
  private drift = 0;
  private phrase: string | null = null;

  constructor(
    private readonly rng: Rng,
    private readonly params: PresetParams,
    public catalog: Map<string, ProductView>,
    private readonly sink: EventSink,
    private readonly startAt: number,
    seed: number,
    idPrefix: string,
  ) {
    this.t = startAt;
    this.audience = new Audience(rng, params, seed, `${idPrefix}u`);
    this.writer = new CommentWriter(rng);
    this.commerce = new Commerce(rng, sink, this.writer, `${idPrefix}o`, createRng((seed ^ TAIL_SEED_SALT) >>> 0));
  }

  get online(): number {
    return this.audience.online;
  }

  get totals() {
    return { ...this.commerce.totals, unique: this.audience.unique, online: this.audience.online };
  }

  /**
   * The refund tail after the stream ended at `endAt`: refund requests (and approvals) up to
   * `days` days later, as events in time order (docs/refund-risk.md).
   */
  tail(endAt: number, days: number): void {
    this.commerce.runTail(endAt, endAt + Math.round(days * 86_400_000));
    this.sink.endTick();
  }

  /** Simulate [t, t + TICK_MS). */
  step(ctx: SimContext): void {
    const rng = this.rng;
    const p = this.params;
    const t0 = this.t;
    const t1 = t0 + TICK_MS;
    const sink = this.sink;
    const product = ctx.onAirProductId ? this.catalog.get(ctx.onAirProductId) ?? null : null;
    const cues = new Set(ctx.activeCues);
    const lucky = cues.has('lucky_bag');
    const pressure = ctx.pressure === true || cues.has('flash_sale');
    this.observe(ctx, product, cues, t0);
    const reveal = t0 < this.revealUntil;
    const soldOut = product !== null && this.soldOut.has(product.id);
    const role = ROLE_REACTIONS[product ? ctx.onAirRole ?? product.role ?? 'hero' : 'none'];
    this.drift += (-this.drift * TICK_MS) / DRIFT.tauMs + DRIFT.sd * Math.sqrt((2 * TICK_MS) / DRIFT.tauMs) * normal(rng);
    const at = () => t0 + Math.floor(rng.next() * TICK_MS);

    // Departures (福袋 keeps many leavers a while longer).
    const stay = lucky ? (v: Viewer) => (rng.chance(REACTIONS.luckyBag.stayProbability) ? v.leaveAt + rng.int(30_000, 90_000) : null) : () => null;
    for (const v of this.audience.departures(t1, stay)) {
      if (v.announced) sink.add('viewer.leave', Math.max(v.leaveAt, t0), { userId: v.id });
    }

    // Orders, payments, refunds and buyer comments that fall due (orders only by viewers still here).
    this.commerce.runDue(t0, t1, { isSoldOut: (id) => this.soldOut.has(id) });

    // Arrivals: Little's law rate × role × 福袋 × opening ramp × drift.
    const elapsed = t0 - this.startAt;
    const rampMs = p.rampMinutes * 60_000;
    const ramp = elapsed < rampMs ? p.openingCrowd + ((1 - p.openingCrowd) * elapsed) / rampMs : 1;
    let lambda = perTick(p.baseOnline / p.meanWatchMin) * role.arrivals * (lucky ? REACTIONS.luckyBag.arrivals : 1) * ramp * Math.exp(this.drift);
    if (elapsed < OPENING_MS) lambda += (p.baseOnline * p.openingCrowd * TICK_MS) / OPENING_MS;
    for (let i = rng.poisson(lambda); i > 0; i--) {
      const { viewer } = this.audience.arrive(at());
      if (viewer.announced) sink.add('viewer.enter', viewer.enteredAt, { userId: viewer.id, nickname: viewer.nickname });
    }

    const online = this.audience.online;
    if (online > 0) {
      this.comments(product, online, { reveal, pressure, soldOut, lucky }, at);
      this.social(online, lucky, reveal, at);
      if (product) this.clicks(product, role, online, { reveal, pressure, soldOut, lucky, cues }, at);
    }

    if (Math.floor(t1 / p.statsEveryMs) > Math.floor(t0 / p.statsEveryMs)) {
      sink.add('viewer.stats', t1 - 1, { online: this.audience.online, totalViewers: this.audience.unique });
    }
    sink.endTick();
    this.t = t1;
  }

  /** Track what changed in the control room: new product or price (reveal), cues starting, sold out. */
  private observe(ctx: SimContext, product: ProductView | null, cues: Set<CueKind>, t0: number): void {
    if (product) {
      const price = ctx.livePrice > 0 ? ctx.livePrice : product.planPrice;
      const prevPrice = this.prices.get(product.id);
      if (ctx.onAirProductId !== this.prevOnAir || (prevPrice !== undefined && prevPrice !== price)) this.revealUntil = t0 + REACTIONS.reveal.windowMs;
      this.prices.set(product.id, price);
      if (ctx.soldOut) this.soldOut.add(product.id);
      else this.soldOut.delete(product.id);
      if (!this.aired.includes(product.id)) this.aired.push(product.id);
    }
    for (const k of ['coupon', 'flash_sale'] as const) if (cues.has(k) && !this.prevCues.has(k)) this.revealUntil = t0 + REACTIONS.reveal.windowMs;
    if (cues.has('lucky_bag')) {
      const told = ctx.luckyBagPhrase ?? (ctx.luckyBagNote ? phraseFromNote(ctx.luckyBagNote) : null);
      if (told) this.phrase = told;
      else if (!this.prevCues.has('lucky_bag') || this.phrase === null) this.phrase = product?.luckyBagPhrase ?? this.writer.defaultPhrase();
    } else this.phrase = null;
    this.prevOnAir = ctx.onAirProductId;
    this.prevCues = cues;
  }

  private comments(product: ProductView | null, online: number, m: { reveal: boolean; pressure: boolean; soldOut: boolean; lucky: boolean }, at: () => number): void {
    const rng = this.rng;
    const t = this.commerce.totals;
    const scene: CommentScene = {
      product, priceFen: product ? this.prices.get(product.id) ?? 0 : 0, soldOut: m.soldOut, reveal: m.reveal, pressure: m.pressure,
      unrest: Math.min(1, t.refundRequests / Math.max(10, t.paid) / 0.2),
    };
    const rate = this.params.commentRate * (m.reveal ? REACTIONS.reveal.comments : 1) * (m.pressure ? REACTIONS.pressure.comments : 1) * (m.soldOut ? REACTIONS.soldOut.comments : 1);
    for (let i = rng.poisson(online * perTick(rate)); i > 0; i--) this.say(this.writer.comment(scene), at);
    if (m.lucky && this.phrase) {
      for (let i = rng.poisson(online * perTick(this.params.luckyBagCommentRate)); i > 0; i--) this.say(this.writer.luckyBag(this.phrase), at);
    }
  }

  private say(text: string, at: () => number): void {
    const v = this.audience.pick();
    if (v) this.sink.add('comment', Math.max(at(), v.enteredAt), { userId: v.id, nickname: v.nickname, text });
  }

  /** Likes (aggregated per viewer per tick, with a tap count), follows, fan-club joins, shares. */
  private social(online: number, lucky: boolean, reveal: boolean, at: () => number): void {
    const rng = this.rng;
    const p = this.params;
    const taps = new Map<Viewer, number>();
    for (let i = rng.poisson(online * perTick(p.likeRate * (lucky ? 1.5 : 1) * (reveal ? 1.3 : 1))); i > 0; i--) {
      const v = this.audience.pick()!;
      taps.set(v, (taps.get(v) ?? 0) + Math.max(1, Math.round(lognormalByMean(rng, p.likeTapsMean, 0.9))));
    }
    for (const [v, count] of taps) this.sink.add('like', Math.max(at(), v.enteredAt), { userId: v.id, count: Math.min(count, 100_000) });
    for (let i = rng.poisson(online * perTick(p.followRate * (lucky ? 2.5 : 1))); i > 0; i--) {
      const v = this.audience.pick()!;
      if (v.followed) continue;
      v.followed = true;
      this.sink.add('follow', Math.max(at(), v.enteredAt), { userId: v.id });
    }
    for (let i = rng.poisson(online * perTick(p.fanclubRate * (lucky ? 3 : 1))); i > 0; i--) {
      const v = this.audience.pick()!;
      if (v.fan) continue;
      v.fan = true;
      this.sink.add('fanclub.join', Math.max(at(), v.enteredAt), { userId: v.id });
    }
    for (let i = rng.poisson(online * perTick(p.shareRate * (reveal ? 1.5 : 1))); i > 0; i--) {
      const v = this.audience.pick()!;
      this.sink.add('share', Math.max(at(), v.enteredAt), { userId: v.id });
    }
  }

  /** Product clicks by shoppers (mostly the on-air product, some browsing the cart), each maybe leading to an order. */
  private clicks(
    onAir: ProductView, role: RoleReaction, online: number,
    m: { reveal: boolean; pressure: boolean; soldOut: boolean; lucky: boolean; cues: Set<CueKind> }, at: () => number,
  ): void {
    const rng = this.rng;
    const p = this.params;
    const rate = p.clickRate * role.clicks
      * (m.reveal ? REACTIONS.reveal.clicks : 1) * (m.cues.has('link') ? REACTIONS.link.clicks : 1)
      * (m.cues.has('coupon') ? REACTIONS.coupon.clicks : 1) * (m.pressure ? REACTIONS.pressure.clicks : 1)
      * (m.lucky ? REACTIONS.luckyBag.clicks : 1) * (m.soldOut ? REACTIONS.soldOut.clicks : 1);
    const boost = (m.reveal ? REACTIONS.reveal.order : 1) * (m.cues.has('coupon') ? REACTIONS.coupon.order : 1) * (m.pressure ? REACTIONS.pressure.order : 1);
    for (let i = rng.poisson(online * perTick(rate) * MAX_PROPENSITY); i > 0; i--) {
      const v = this.audience.pickShopper();
      if (!v) continue;
      let product = onAir;
      let r = role;
      let b = boost;
      if (this.aired.length > 1 && rng.chance(REACTIONS.browse.share)) {
        const other = this.catalog.get(rng.pick(this.aired));
        if (other && other.id !== onAir.id) {
          product = other;
          r = ROLE_REACTIONS[other.role ?? 'profit'];
          b = REACTIONS.browse.order;
        }
      }
      const price = this.prices.get(product.id) ?? product.planPrice;
      const prob = this.soldOut.has(product.id) ? 0 : orderProbability(r, product, price, p.orderScale, b);
      this.commerce.click(v, product, price, Math.max(at(), v.enteredAt), prob, m.pressure && product === onAir, r.pay);
    }
  }
}
