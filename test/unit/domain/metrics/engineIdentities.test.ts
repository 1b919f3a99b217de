import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../../../shared/protocol/events';
import type { MetricsSnapshot } from '../../../../shared/protocol/metrics';
import { createMetricsEngine } from '../../../../shared/domain/metrics/engine';
import { ev, live, show, T0 } from './fixtures';

const SEED = 31337;
const users = fc.integer({ min: 0, max: 14 }).map((i) => `u${i}`);
const products = fc.constantFrom('p0', 'p1', 'p2', 'p3', 'px');
const orders = fc.integer({ min: 0, max: 24 }).map((i) => `o${i}`);
const amount = fc.integer({ min: 1, max: 50_000 });

type Step = { dt: number; make: (ts: number) => LiveEvent };
const step: fc.Arbitrary<Step> = fc.record({
  dt: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 4_000 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 1_500_000 }) }),
  make: fc.oneof(
    fc.record({ u: users }).map(({ u }) => (ts: number) => ev(ts, { type: 'viewer.enter', userId: u })),
    fc.record({ u: users }).map(({ u }) => (ts: number) => ev(ts, { type: 'viewer.leave', userId: u })),
    fc.record({ o: fc.integer({ min: 0, max: 60 }), t: fc.integer({ min: 0, max: 80 }) }).map(({ o, t }) => (ts: number) => ev(ts, { type: 'viewer.stats', online: o, totalViewers: t })),
    fc.record({ u: users, text: fc.constantFrom('多少钱', '质量太差了', '160 100斤穿什么码', '白色有色差吗', '好看', '1', '退款') })
      .map(({ u, text }) => (ts: number) => ev(ts, { type: 'comment', userId: u, nickname: u, text })),
    fc.record({ u: users, c: fc.integer({ min: 1, max: 30 }) }).map(({ u, c }) => (ts: number) => ev(ts, { type: 'like', userId: u, count: c })),
    fc.record({ u: users }).map(({ u }) => (ts: number) => ev(ts, { type: 'follow', userId: u })),
    fc.record({ u: users }).map(({ u }) => (ts: number) => ev(ts, { type: 'share', userId: u })),
    fc.record({ u: users }).map(({ u }) => (ts: number) => ev(ts, { type: 'fanclub.join', userId: u })),
    fc.record({ u: users, p: products }).map(({ u, p }) => (ts: number) => ev(ts, { type: 'product.click', userId: u, productId: p })),
    fc.record({ u: users, p: products, o: orders, a: amount, q: fc.integer({ min: 1, max: 4 }) })
      .map(({ u, p, o, a, q }) => (ts: number) => ev(ts, { type: 'order.created', userId: u, productId: p, orderId: o, amount: a, quantity: q })),
    fc.record({ u: users, p: products, o: orders, a: amount, q: fc.integer({ min: 1, max: 4 }) })
      .map(({ u, p, o, a, q }) => (ts: number) => ev(ts, { type: 'order.paid', userId: u, productId: p, orderId: o, amount: a, quantity: q })),
    fc.record({ p: products, o: orders, a: amount, approved: fc.boolean() })
      .map(({ p, o, a, approved }) => (ts: number) => ev(ts, { type: approved ? 'refund.approved' : 'refund.requested', productId: p, orderId: o, amount: a })),
    fc.record({ p: products, s: fc.constantFrom<'start' | 'stop'>('start', 'stop') }).map(({ p, s }) => (ts: number) => ev(ts, { type: 'explain', productId: p, state: s })),
    fc.record({ k: fc.constantFrom('flash_sale' as const, 'lucky_bag' as const) }).map(({ k }) => (ts: number) => ev(ts, { type: 'cue.state', kind: k, state: 'start' })),
  ),
});

/** Everything the figures must equal, computed naively from the whole event list. */
function reference(events: readonly LiveEvent[]) {
  const paid = new Map<string, { amount: number; q: number; u: string; p: string }>();
  const created = new Set<string>();
  const refunds = new Map<string, { amount: number; approved: boolean }>();
  const entered = new Set<string>();
  const clickers = new Set<string>();
  const followers = new Set<string>();
  const fans = new Set<string>();
  let statsTotal = 0;
  let comments = 0;
  let likes = 0;
  for (const e of events) {
    switch (e.type) {
      case 'order.created': created.add(e.orderId); break;
      case 'order.paid': created.add(e.orderId); if (!paid.has(e.orderId)) paid.set(e.orderId, { amount: e.amount, q: e.quantity, u: e.userId, p: e.productId }); break;
      case 'refund.requested': { const r = refunds.get(e.orderId); if (!r) refunds.set(e.orderId, { amount: e.amount, approved: false }); else if (!r.approved) r.amount = Math.max(r.amount, e.amount); break; }
      case 'refund.approved': refunds.set(e.orderId, { amount: e.amount, approved: true }); break;
      case 'viewer.enter': entered.add(e.userId); break;
      case 'viewer.stats': statsTotal = Math.max(statsTotal, e.totalViewers); break;
      case 'product.click': clickers.add(e.userId); break;
      case 'follow': followers.add(e.userId); break;
      case 'fanclub.join': fans.add(e.userId); break;
      case 'comment': comments++; break;
      case 'like': likes += e.count; break;
      default: break;
    }
  }
  const gmv = [...paid.values()].reduce((s, o) => s + o.amount, 0);
  const gmvByProduct = new Map<string, number>();
  for (const o of paid.values()) gmvByProduct.set(o.p, (gmvByProduct.get(o.p) ?? 0) + o.amount);
  return {
    gmv, gmvByProduct,
    units: [...paid.values()].reduce((s, o) => s + o.q, 0),
    buyers: new Set([...paid.values()].map((o) => o.u)).size,
    paidOrders: paid.size,
    createdOrders: created.size,
    refundAmount: [...refunds.values()].reduce((s, r) => s + r.amount, 0),
    totalViewers: Math.max(entered.size, statsTotal),
    clickUsers: clickers.size,
    followers: followers.size,
    fans: fans.size,
    comments, likes,
  };
}

const div = (a: number, b: number) => (b > 0 ? a / b : 0);

function checkIdentities(s: MetricsSnapshot, ref: ReturnType<typeof reference>) {
  const f = s.now;
  expect(f.gmv).toBe(ref.gmv);
  expect(f.units).toBe(ref.units);
  expect(f.buyers).toBe(ref.buyers);
  expect(f.paidOrders).toBe(ref.paidOrders);
  expect(f.createdOrders).toBe(ref.createdOrders);
  expect(f.refundAmount).toBe(ref.refundAmount);
  expect(f.totalViewers).toBe(ref.totalViewers);
  expect(f.comments).toBe(ref.comments);
  expect(f.likes).toBe(ref.likes);
  // The identities of DESIGN §4, exactly, with ÷0 → 0.
  expect(f.gpm).toBe(div(1000 * f.gmv, f.totalViewers));
  expect(f.uvValue).toBe(div(f.gmv, f.totalViewers));
  expect(f.refundRate).toBe(div(f.refundAmount, f.gmv));
  expect(f.avgOrderValue).toBe(div(f.gmv, f.buyers));
  expect(f.conversion).toBe(div(f.buyers, f.totalViewers));
  expect(f.clickToOrder).toBe(div(f.buyers, ref.clickUsers));
  expect(f.payRate).toBe(div(f.paidOrders, f.createdOrders));
  expect(f.unpaidOrders).toBe(f.createdOrders - f.paidOrders);
  expect(f.followRate).toBe(div(ref.followers, f.totalViewers));
  expect(f.fanclubRate).toBe(div(ref.fans, f.totalViewers));
  expect(f.payRate).toBeLessThanOrEqual(1);
  for (const k of ['interactionRate', 'clickRate'] as const) { expect(f[k]).toBeGreaterThanOrEqual(0); expect(f[k]).toBeLessThanOrEqual(1); }
  expect(f.online).toBeGreaterThanOrEqual(0);
  expect(f.avgWatchSec).toBeGreaterThanOrEqual(0);
  expect(f.avgWatchSec).toBeLessThanOrEqual(900);
  // Products add up to the room.
  const ps = Object.values(s.products);
  expect(ps.reduce((a, p) => a + p.gmv, 0)).toBe(f.gmv);
  expect(ps.reduce((a, p) => a + p.units, 0)).toBe(f.units);
  expect(ps.reduce((a, p) => a + p.refundAmount, 0)).toBe(f.refundAmount);
  for (const p of ps) {
    expect(p.gmv).toBe(ref.gmvByProduct.get(p.productId) ?? 0);
    expect(p.conversion).toBe(div(p.buyers, p.clickUsers));
    expect(p.refundRate).toBe(div(p.refundAmount, p.gmv));
    expect(p.gmv5m).toBeLessThanOrEqual(p.gmv);
    expect(p.clicks5m).toBeLessThanOrEqual(p.clicks);
    expect(p.bestMinuteGmv).toBeLessThanOrEqual(p.gmv);
    expect(p.risk.atRisk).toBe(Math.round(p.risk.rate * p.gmv));
  }
  expect(s.risk.atRisk).toBe(ps.reduce((a, p) => a + p.risk.atRisk, 0));
  // The per-minute series adds up to the session (the session is shorter than the cap).
  expect(s.series.reduce((a, m) => a + m.gmv, 0)).toBe(f.gmv);
  expect(s.series.reduce((a, m) => a + m.orders, 0)).toBe(f.paidOrders);
  expect(s.series.reduce((a, m) => a + m.comments, 0)).toBe(f.comments);
  expect(s.series.reduce((a, m) => a + m.refunds, 0)).toBe(f.refundAmount);
  for (let i = 1; i < s.series.length; i++) expect(s.series[i]!.t).toBeGreaterThan(s.series[i - 1]!.t);
}

describe('metric engine on random event streams', () => {
  it('matches a naive recount and keeps every identity exactly (GPM, UV价值, 退款率, 客单价 …)', () => {
    fc.assert(fc.property(fc.array(step, { minLength: 1, maxLength: 150 }), fc.integer({ min: 1, max: 40 }), (steps, every) => {
      const engine = createMetricsEngine();
      const ctx = { show: show(), live: live({ onAirSlotId: 's0' }), answered: new Set<string>() };
      const events: LiveEvent[] = [];
      let ts = T0;
      steps.forEach((st, i) => {
        ts += st.dt;
        const e = st.make(ts);
        events.push(e);
        engine.ingest(e, { onAirProductId: i % 3 === 0 ? null : 'p0' });
        if (i % every === 0) checkIdentities(engine.snapshot(ts, ctx), reference(events));
      });
      checkIdentities(engine.snapshot(ts + 1_234, ctx), reference(events));
    }), { seed: SEED, numRuns: 150 });
  });

  it('reports in prev5 exactly what `now` said five minutes earlier', () => {
    fc.assert(fc.property(fc.array(step, { minLength: 1, maxLength: 80 }), fc.array(step, { minLength: 0, maxLength: 80 }), fc.integer({ min: 301, max: 3_000 }),
      (before, after, alignSec) => {
        const engine = createMetricsEngine();
        const ctx = { show: show(), live: live(), answered: new Set<string>() };
        let ts = T0;
        for (const st of before) { ts += Math.min(st.dt, 20_000); engine.ingest(st.make(ts), { onAirProductId: 'p1' }); }
        const T = (Math.floor(ts / 1000) + alignSec) * 1000;
        const earlier = engine.snapshot(T, ctx);
        let t2 = T;
        for (const st of after) {
          t2 = Math.min(t2 + Math.min(st.dt, 5_000), T + 299_999);
          engine.ingest(st.make(t2), { onAirProductId: 'p2' });
        }
        const later = engine.snapshot(T + 300_000, ctx);
        expect(later.prev5).toEqual(earlier.now);
      }), { seed: SEED, numRuns: 150 });
  });
});
