import { describe, expect, it } from 'vitest';
import { createMetricsEngine, restoreMetricsEngine, type MetricsEngine, type MetricsEngineState } from '../../../../shared/domain/metrics/engine';
import type { RiskSignals } from '../../../../shared/domain/refundRisk/model';
import { ev, live, show, T0 } from './fixtures';

const S = 1_000;
const ctx = () => ({ show: show(), live: live({}), answered: new Set<string>() });
const on = { onAirProductId: 'p0' };
/** Users interned in the session-long table (8 bytes of id hash each, as base64, in the checkpoint). */
const interned = (e: MetricsEngine) => atobLength(e.serialise().users.ids.hi) / 4;
function atobLength(b64: string): number {
  return (b64.length * 3) / 4 - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0);
}
const roundTrip = (e: MetricsEngine) => restoreMetricsEngine(JSON.parse(JSON.stringify(e.serialise())) as MetricsEngineState);

describe('metric engine: platform viewer counts (viewer.stats) instead of per-viewer state', () => {
  it('before any viewer.stats, online and 场观 are counted exactly from enters and leaves', () => {
    const e = createMetricsEngine();
    for (const u of ['a', 'b', 'c']) e.ingest(ev(T0, { type: 'viewer.enter', userId: u }), on);
    e.ingest(ev(T0 + S, { type: 'viewer.leave', userId: 'b' }), on);
    e.ingest(ev(T0 + S, { type: 'viewer.enter', userId: 'a' }), on);
    expect(e.snapshot(T0 + 2 * S, ctx()).now).toMatchObject({ online: 2, totalViewers: 3, enterPerMin: 4, leavePerMin: 1 });
    expect(interned(e)).toBe(3);
  });

  it('in stats mode, 10,000 new viewers entering, leaving and liking do not grow the user table', () => {
    const e = createMetricsEngine();
    e.ingest(ev(T0, { type: 'viewer.enter', userId: 'early' }), on);
    e.ingest(ev(T0, { type: 'viewer.stats', online: 900, totalViewers: 1_000 }), on);
    const before = interned(e);
    for (let i = 0; i < 10_000; i++) {
      const t = T0 + S + i * 10;
      e.ingest(ev(t, { type: 'viewer.enter', userId: `v${i}` }), on);
      e.ingest(ev(t, { type: 'like', userId: `v${i}`, count: 3 }), on);
      if (i % 2) e.ingest(ev(t, { type: 'viewer.leave', userId: `v${i}` }), on);
    }
    e.ingest(ev(T0 + 101 * S, { type: 'viewer.stats', online: 5_000, totalViewers: 9_000 }), on);
    expect(interned(e)).toBe(before);
    const f = e.snapshot(T0 + 102 * S, ctx()).now;
    // The platform's figures: online and 场观 (never below what was counted before them).
    expect(f).toMatchObject({ online: 5_000, totalViewers: 9_000, likes: 30_000 });
    // Enters and leaves still count per minute.
    expect(f.enterPerMin).toBeGreaterThan(5_000);
    expect(f.leavePerMin).toBeGreaterThan(2_500);
    // The 5-minute interactor window still sees every liker.
    expect(f.interactionRate).toBeGreaterThan(0);
    expect(roundTrip(e).serialise()).toEqual(e.serialise());
  });

  it('likes, comments and shares never intern the user, with or without viewer.stats', () => {
    const e = createMetricsEngine();
    for (let i = 0; i < 2_000; i++) {
      e.ingest(ev(T0 + i, { type: 'like', userId: `l${i}`, count: 1 }), on);
      e.ingest(ev(T0 + i, { type: 'share', userId: `s${i}` }), on);
      e.ingest(ev(T0 + i, { type: 'comment', userId: `c${i}`, nickname: 'n', text: '好看' }), on);
    }
    expect(interned(e)).toBe(0);
    e.ingest(ev(T0 + 3 * S, { type: 'follow', userId: 'f' }), on);
    e.ingest(ev(T0 + 3 * S, { type: 'product.click', userId: 'k', productId: 'p0' }), on);
    expect(interned(e)).toBe(2);
  });

  it('场观 does not drop when the platform\'s figure is below what was counted before it', () => {
    const e = createMetricsEngine();
    for (let i = 0; i < 50; i++) e.ingest(ev(T0, { type: 'viewer.enter', userId: `v${i}` }), on);
    e.ingest(ev(T0 + S, { type: 'viewer.stats', online: 40, totalViewers: 30 }), on);
    expect(e.snapshot(T0 + 2 * S, ctx()).now).toMatchObject({ online: 40, totalViewers: 50 });
  });

  it('a viewer who pays within a minute of entering is pressure-sold, in both modes and across a checkpoint', () => {
    for (const stats of [false, true]) {
      let e = createMetricsEngine();
      if (stats) e.ingest(ev(T0, { type: 'viewer.stats', online: 10, totalViewers: 10 }), on);
      e.ingest(ev(T0, { type: 'viewer.enter', userId: 'quick' }), on);
      e.ingest(ev(T0, { type: 'viewer.enter', userId: 'slow' }), on);
      e = roundTrip(e);
      e.ingest(ev(T0 + 59 * S, { type: 'order.paid', orderId: 'o1', userId: 'quick', productId: 'p0', amount: 100, quantity: 1 }), on);
      e = roundTrip(e);
      e.ingest(ev(T0 + 60 * S, { type: 'order.paid', orderId: 'o2', userId: 'slow', productId: 'p0', amount: 100, quantity: 1 }), on);
      e.ingest(ev(T0 + 61 * S, { type: 'order.paid', orderId: 'o3', userId: 'never-entered', productId: 'p0', amount: 100, quantity: 1 }), on);
      const riskSignals = new Map<string, RiskSignals>();
      expect(e.snapshot(T0 + 62 * S, { ...ctx(), riskSignals }).products.p0).toMatchObject({ paidOrders: 3, buyers: 3 });
      expect(riskSignals.get('p0')?.pressuredOrders).toBe(1);
      // Entries older than the minute are not carried in a checkpoint.
      expect(e.serialise().viewers.entries.hi).toBe('');
    }
  });

  it('distinct counts stay exact: buyers, click users, followers, fans, per-product buyers and clickers', () => {
    const e = createMetricsEngine();
    e.ingest(ev(T0, { type: 'viewer.stats', online: 100, totalViewers: 100 }), on);
    let t = T0;
    for (let i = 0; i < 3_000; i++) {
      t += 20;
      const u = `u${i % 700}`;
      const pid = `p${i % 3}`;
      e.ingest(ev(t, { type: 'product.click', userId: u, productId: pid }), on);
      if (i % 5 === 0) e.ingest(ev(t, { type: 'order.paid', orderId: `o${i}`, userId: `u${(i / 5) % 300}`, productId: pid, amount: 10, quantity: 1 }), on);
      if (i % 7 === 0) e.ingest(ev(t, { type: 'follow', userId: `u${i % 200}` }), on);
      if (i % 11 === 0) e.ingest(ev(t, { type: 'fanclub.join', userId: `u${i % 100}` }), on);
    }
    const restored = roundTrip(e);
    for (const m of [e, restored]) {
      const snap = m.snapshot(t + S, ctx());
      expect(snap.clickUsers).toBe(700);
      expect(snap.now.buyers).toBe(300);
      expect(snap.now.followRate).toBeCloseTo(200 / 100, 10);
      expect(snap.now.fanclubRate).toBeCloseTo(100 / 100, 10);
      // Per product: users u(i mod 700) with i ≡ k (mod 3) — all 700 (700 and 3 are co-prime).
      expect(snap.products.p1).toMatchObject({ clickUsers: 700, buyers: 100 });
    }
  });

  it('refuses a state of the earlier format (the hub then replays the journal)', () => {
    const e = createMetricsEngine();
    e.ingest(ev(T0, { type: 'viewer.enter', userId: 'a' }), on);
    const old = { ...e.serialise(), v: 1 };
    expect(() => restoreMetricsEngine(old)).toThrow(/v1/);
  });
});
