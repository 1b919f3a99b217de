import { describe, expect, it } from 'vitest';
import { createMetricsEngine, zeroFigures, type MetricsEngine } from '../../../../shared/domain/metrics/engine';
import { EVERY_SIGNAL_WEIGHTS } from '../../refundRisk/judgementWeights';
import type { LiveEvent } from '../../../../shared/protocol/events';
import { ev, live, show, T0 } from './fixtures';

const S = 1_000;
const M = 60_000;
const ctx = (extra: Parameters<typeof live>[0] = {}, answered: ReadonlySet<string> = new Set()) => ({ show: show(), live: live(extra), answered });
const feed = (engine: MetricsEngine, events: LiveEvent[], onAir: string | null = 'p0') => {
  for (const e of events) engine.ingest(e, { onAirProductId: onAir });
};

describe('metric engine: viewers', () => {
  it('counts online from entries and exits when the platform sends no viewer stats', () => {
    const e = createMetricsEngine();
    feed(e, [ev(T0, { type: 'viewer.enter', userId: 'a' }), ev(T0, { type: 'viewer.enter', userId: 'b' }),
      ev(T0 + S, { type: 'viewer.enter', userId: 'a' }), ev(T0 + 2 * S, { type: 'viewer.leave', userId: 'b' }),
      ev(T0 + 3 * S, { type: 'viewer.leave', userId: 'zz' })]);
    const f = e.snapshot(T0 + 4 * S, ctx()).now;
    expect(f.online).toBe(1);
    expect(f.totalViewers).toBe(2);
    expect(f.enterPerMin).toBe(3);
    expect(f.leavePerMin).toBe(2);
  });

  it('takes online from viewer stats once present, and the larger of stats and distinct entries as 场观', () => {
    const e = createMetricsEngine();
    feed(e, [ev(T0, { type: 'viewer.enter', userId: 'a' }), ev(T0 + S, { type: 'viewer.stats', online: 120, totalViewers: 900 }),
      ev(T0 + 2 * S, { type: 'viewer.enter', userId: 'b' })]);
    let f = e.snapshot(T0 + 3 * S, ctx()).now;
    expect(f.online).toBe(120);
    expect(f.totalViewers).toBe(900);
    feed(e, [ev(T0 + 4 * S, { type: 'viewer.stats', online: 80, totalViewers: 950 })]);
    f = e.snapshot(T0 + 5 * S, ctx()).now;
    expect(f.online).toBe(80);
    expect(f.totalViewers).toBe(950);
  });

  it('averages per-minute online (time-weighted within a minute)', () => {
    const e = createMetricsEngine();
    feed(e, [ev(T0, { type: 'viewer.stats', online: 100, totalViewers: 100 }), ev(T0 + 30 * S, { type: 'viewer.stats', online: 200, totalViewers: 200 }),
      ev(T0 + M, { type: 'viewer.stats', online: 400, totalViewers: 400 })]);
    const s = e.snapshot(T0 + 2 * M, ctx());
    expect(s.series.map((p) => p.online)).toEqual([150, 400]);
    expect(s.now.avgOnline).toBe(275);
  });

  it('reports entries per minute over the last minute only', () => {
    const e = createMetricsEngine();
    feed(e, Array.from({ length: 10 }, (_, i) => ev(T0 + 5 * S + i * 10 * S, { type: 'viewer.enter', userId: `u${i}` })));
    // Entries at 5 s, 15 s … 95 s; the minute up to 100 s holds those from 45 s on.
    expect(e.snapshot(T0 + 100 * S, ctx()).now.enterPerMin).toBe(6);
  });

  it('computes 人均观看时长 over the last 15 minutes: online-seconds ÷ viewers present in the window', () => {
    const e = createMetricsEngine();
    feed(e, [ev(T0, { type: 'viewer.enter', userId: 'a' }), ev(T0, { type: 'viewer.enter', userId: 'b' }),
      ev(T0 + 2 * M, { type: 'viewer.leave', userId: 'b' })]);
    // a watched 10 min, b 2 min: 720 s over 2 viewers.
    expect(e.snapshot(T0 + 10 * M, ctx()).now.avgWatchSec).toBeCloseTo(360, 9);
    // 30 minutes in: only a is present in the window, for all 15 minutes.
    expect(e.snapshot(T0 + 30 * M, ctx()).now.avgWatchSec).toBeCloseTo(900, 9);
  });

  it('computes interaction and click rates over 5 minutes against viewers present', () => {
    const e = createMetricsEngine();
    feed(e, [...['a', 'b', 'c', 'd'].map((u) => ev(T0, { type: 'viewer.enter', userId: u })),
      ev(T0 + S, { type: 'comment', userId: 'a', nickname: 'a', text: '好看' }),
      ev(T0 + 2 * S, { type: 'like', userId: 'a', count: 5 }),
      ev(T0 + 3 * S, { type: 'share', userId: 'b' }),
      ev(T0 + 4 * S, { type: 'product.click', userId: 'c', productId: 'p0' })]);
    let f = e.snapshot(T0 + 10 * S, ctx()).now;
    expect(f.interactionRate).toBe(0.5);
    expect(f.clickRate).toBe(0.25);
    f = e.snapshot(T0 + 6 * M, ctx()).now;
    expect(f.interactionRate).toBe(0);
    expect(f.likes).toBe(5);
  });

  it('counts follow and fan-club rates against 场观, each user once', () => {
    const e = createMetricsEngine();
    feed(e, [...['a', 'b', 'c', 'd'].map((u) => ev(T0, { type: 'viewer.enter', userId: u })),
      ev(T0 + S, { type: 'follow', userId: 'a' }), ev(T0 + S, { type: 'follow', userId: 'a' }), ev(T0 + S, { type: 'fanclub.join', userId: 'b' })]);
    const f = e.snapshot(T0 + 2 * S, ctx()).now;
    expect(f.followRate).toBe(0.25);
    expect(f.fanclubRate).toBe(0.25);
  });
});

describe('metric engine: orders and refunds', () => {
  const order = (ts: number, o: string, u: string, p: string, amount: number, quantity = 1): LiveEvent[] => [
    ev(ts, { type: 'order.created', orderId: o, userId: u, productId: p, amount, quantity }),
    ev(ts + S, { type: 'order.paid', orderId: o, userId: u, productId: p, amount, quantity }),
  ];

  it('counts GMV, buyers, units and unpaid orders once per order', () => {
    const e = createMetricsEngine();
    feed(e, [...['a', 'b'].map((u) => ev(T0, { type: 'viewer.enter', userId: u })),
      ...order(T0 + S, 'o1', 'a', 'p0', 19_900, 2), ...order(T0 + 5 * S, 'o2', 'a', 'p1', 5_900),
      ev(T0 + 7 * S, { type: 'order.paid', orderId: 'o2', userId: 'a', productId: 'p1', amount: 5_900, quantity: 1 }),
      ev(T0 + 8 * S, { type: 'order.created', orderId: 'o3', userId: 'b', productId: 'p0', amount: 19_900, quantity: 1 })]);
    const f = e.snapshot(T0 + 10 * S, ctx()).now;
    expect(f).toMatchObject({ gmv: 25_800, buyers: 1, units: 3, paidOrders: 2, createdOrders: 3, unpaidOrders: 1, avgOrderValue: 25_800, conversion: 0.5, gpm: 12_900_000, uvValue: 12_900 });
    expect(f.payRate).toBeCloseTo(2 / 3, 12);
  });

  it('counts a refund once per order at its latest amount, keeping GMV unchanged', () => {
    const e = createMetricsEngine();
    feed(e, [...order(T0, 'o1', 'a', 'p0', 10_000), ...order(T0, 'o2', 'b', 'p0', 10_000),
      ev(T0 + M, { type: 'refund.requested', orderId: 'o1', productId: 'p0', amount: 10_000 }),
      ev(T0 + 2 * M, { type: 'refund.requested', orderId: 'o1', productId: 'p0', amount: 10_000 }),
      ev(T0 + 3 * M, { type: 'refund.approved', orderId: 'o1', productId: 'p0', amount: 6_000 })]);
    const s = e.snapshot(T0 + 4 * M, ctx());
    expect(s.now.gmv).toBe(20_000);
    expect(s.now.refundAmount).toBe(6_000);
    expect(s.now.refundRate).toBe(0.3);
    expect(s.products.p0).toMatchObject({ refundAmount: 6_000, refundRate: 0.3 });
  });

  it('raises refund risk for early refunds, negative comments and pressure selling', () => {
    const calm = createMetricsEngine();
    const hot = createMetricsEngine();
    const base = [...Array.from({ length: 10 }, (_, i) => order(T0 + 30 * M + i * M, `o${i}`, `u${i}`, 'p0', 19_900)).flat()];
    feed(calm, [...Array.from({ length: 10 }, (_, i) => ev(T0, { type: 'viewer.enter', userId: `u${i}` })), ...base]);
    feed(hot, [...Array.from({ length: 10 }, (_, i) => ev(T0 + 30 * M + i * M - 10 * S, { type: 'viewer.enter', userId: `u${i}` })),
      ev(T0 + 30 * M - S, { type: 'cue.state', kind: 'flash_sale', state: 'start' }), ...base,
      ev(T0 + 41 * M, { type: 'refund.requested', orderId: 'o9', productId: 'p0', amount: 19_900 }),
      ev(T0 + 41 * M, { type: 'comment', userId: 'u1', nickname: 'u1', text: '质量太差了 有色差' })]);
    // Late enough for every order's 30-minute early-refund window to have closed (the evidence reads closed money only).
    const now = T0 + 75 * M;
    const c = calm.snapshot(now, { ...ctx(), riskWeights: EVERY_SIGNAL_WEIGHTS }).products.p0!.risk;
    const h = hot.snapshot(now, { ...ctx(), riskWeights: EVERY_SIGNAL_WEIGHTS }).products.p0!.risk;
    // Calm: ten orders 36–45 minutes old without a refund request refund less than the norm from now on.
    expect(c.rate).toBeLessThan(0.5);
    expect(c.reasons.map((r) => r.code).sort()).toEqual(['base', 'early_refunds_low', 'no_refund_yet']);
    expect(h.rate).toBeGreaterThan(0.5);
    expect(h.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['base', 'early_refunds', 'negative_comments', 'pressure_selling']));
    expect(h.atRisk).toBe(Math.round(h.rate * 199_000));
  });

  it('counts unanswered size/colour questions until the team marks them answered', () => {
    const e = createMetricsEngine();
    const q1 = ev(T0, { type: 'comment', userId: 'a', nickname: 'a', text: '160 100斤穿什么码' });
    const q2 = ev(T0, { type: 'comment', userId: 'b', nickname: 'b', text: '白色的会透吗' });
    const q3 = ev(T0, { type: 'comment', userId: 'c', nickname: 'c', text: '多少钱' });
    feed(e, [q1, q2, q3]);
    const open = e.snapshot(T0 + S, { ...ctx(), riskWeights: EVERY_SIGNAL_WEIGHTS }).products.p0!.risk.reasons.find((r) => r.code === 'unanswered_questions');
    expect(open?.params.count).toBe(2);
    const answered = new Set([q1.id, q2.id]);
    const after = e.snapshot(T0 + 2 * S, { ...ctx({}, answered), riskWeights: EVERY_SIGNAL_WEIGHTS }).products.p0!.risk.reasons.find((r) => r.code === 'unanswered_questions');
    expect(after).toBeUndefined();
  });

  it('uses the hub classification when given and price-claim findings from the snapshot hook', () => {
    const e = createMetricsEngine();
    e.ingest(ev(T0, { type: 'comment', userId: 'a', nickname: 'a', text: '好看' }), { onAirProductId: 'p1', intent: 'complaint', topic: null });
    const s = e.snapshot(T0 + S, { ...ctx(), priceClaimFindings: { p1: 2 }, riskWeights: EVERY_SIGNAL_WEIGHTS });
    expect(s.products.p1!.risk.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['negative_comments', 'price_claims']));
  });
});

describe('metric engine: products', () => {
  it('tracks clicks, click users and GMV in the last 5 minutes, conversion and best minute', () => {
    const e = createMetricsEngine();
    feed(e, [ev(T0, { type: 'product.click', userId: 'a', productId: 'p2' }), ev(T0 + S, { type: 'product.click', userId: 'a', productId: 'p2' }),
      ev(T0 + 2 * S, { type: 'order.paid', orderId: 'o1', userId: 'a', productId: 'p2', amount: 29_900, quantity: 1 }),
      ev(T0 + 6 * M, { type: 'product.click', userId: 'b', productId: 'p2' }),
      ev(T0 + 6 * M, { type: 'order.paid', orderId: 'o2', userId: 'b', productId: 'p2', amount: 29_900, quantity: 1 }),
      ev(T0 + 6 * M + S, { type: 'order.paid', orderId: 'o3', userId: 'c', productId: 'p2', amount: 29_900, quantity: 1 })]);
    const p = e.snapshot(T0 + 7 * M, ctx()).products.p2!;
    expect(p).toMatchObject({ clicks: 3, clicks5m: 1, clickUsers: 2, gmv: 89_700, gmv5m: 59_800, buyers: 3, units: 3, bestMinuteGmv: 59_800, conversion: 1.5, stock: 17, soldOut: false });
  });

  it('takes stock from the live state first, then product.state events, then catalog stock minus units', () => {
    const e = createMetricsEngine();
    feed(e, [ev(T0, { type: 'order.paid', orderId: 'o1', userId: 'a', productId: 'p1', amount: 5_900, quantity: 3 }),
      ev(T0, { type: 'product.state', productId: 'p2', stock: 0, soldOut: true })]);
    const s = e.snapshot(T0 + S, ctx({ products: { p3: { stock: 4, soldOut: false } } }));
    expect(s.products.p1).toMatchObject({ stock: 47, soldOut: false });
    expect(s.products.p2).toMatchObject({ stock: 0, soldOut: true });
    expect(s.products.p3).toMatchObject({ stock: 4, soldOut: false });
  });

  it('counts explain time from explain events, else from slot runs', () => {
    const e = createMetricsEngine();
    feed(e, [ev(T0, { type: 'explain', productId: 'p0', state: 'start' }), ev(T0 + M, { type: 'explain', productId: 'p0', state: 'stop' }),
      ev(T0 + 2 * M, { type: 'explain', productId: 'p0', state: 'start' })]);
    const runs = [{ slotId: 's1', productId: 'p1', startedAt: T0, endedAt: T0 + 3 * M, outcome: 'done' as const },
      { slotId: 's1', productId: 'p1', startedAt: T0 + 4 * M, endedAt: null, outcome: null }];
    const s = e.snapshot(T0 + 5 * M, ctx({ runs }));
    expect(s.products.p0).toMatchObject({ explainCount: 2, explainMs: 4 * M });
    expect(s.products.p1).toMatchObject({ explainCount: 2, explainMs: 4 * M });
  });

  it('lists every product of the run-of-show and every product seen in events', () => {
    const e = createMetricsEngine();
    feed(e, [ev(T0, { type: 'product.click', userId: 'a', productId: 'offplan' })]);
    expect(Object.keys(e.snapshot(T0 + S, ctx()).products).sort()).toEqual(['offplan', 'p0', 'p1', 'p2', 'p3']);
  });
});

describe('metric engine: series, prev5 and bounds', () => {
  it('marks the product on air for most of each minute', () => {
    const e = createMetricsEngine();
    e.ingest(ev(T0, { type: 'viewer.enter', userId: 'a' }), { onAirProductId: 'p0' });
    e.ingest(ev(T0 + 20 * S, { type: 'viewer.enter', userId: 'b' }), { onAirProductId: 'p1' });
    e.ingest(ev(T0 + M + 50 * S, { type: 'viewer.enter', userId: 'c' }), { onAirProductId: null });
    const s = e.snapshot(T0 + 2 * M + 30 * S, ctx({ onAirSlotId: null }));
    expect(s.series.map((p) => p.productId)).toEqual(['p1', 'p1', null]);
    expect(s.series.map((p) => p.enters)).toEqual([2, 1, 0]);
  });

  it('has no prev5 in the first five minutes, and the figures of five minutes ago after', () => {
    const e = createMetricsEngine();
    feed(e, [ev(T0, { type: 'viewer.enter', userId: 'a' })]);
    expect(e.snapshot(T0 + 4 * M, ctx()).prev5).toBeNull();
    feed(e, [ev(T0 + 5 * M, { type: 'viewer.enter', userId: 'b' })]);
    const s = e.snapshot(T0 + 6 * M, ctx());
    expect(s.prev5).toMatchObject({ online: 1, totalViewers: 1 });
    expect(s.now).toMatchObject({ online: 2, totalViewers: 2 });
  });

  it('keeps the series at 360 minutes through a long session with gaps', () => {
    const e = createMetricsEngine();
    for (let m = 0; m < 8 * 60; m += 7) {
      e.ingest(ev(T0 + m * M, { type: 'viewer.stats', online: m, totalViewers: m * 10 }), { onAirProductId: null });
      e.snapshot(T0 + m * M + S, ctx());
    }
    const s = e.snapshot(T0 + 8 * 60 * M + 30 * S, ctx());
    expect(s.series).toHaveLength(360);
    expect(s.series.at(-1)!.t).toBe(T0 + 8 * 60 * M);
    expect(s.series[0]!.t).toBe(T0 + (8 * 60 - 359) * M);
    expect(s.now.online).toBe(476);
  });

  it('starts from zero figures', () => {
    const s = createMetricsEngine().snapshot(T0, ctx());
    expect(s.now).toEqual(zeroFigures());
    expect(s.series).toEqual([]);
    expect(s.risk.atRisk).toBe(0);
  });
});
