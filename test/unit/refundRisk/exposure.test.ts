import { describe, expect, it } from 'vitest';
import { createMetricsEngine, METRICS_STATE_VERSION, restoreMetricsEngine, type MetricsEngine } from '../../../shared/domain/metrics/engine';
import { RefundExposure } from '../../../shared/domain/metrics/refundExposure';
import type { RiskSignals } from '../../../shared/domain/refundRisk/model';
import type { LiveEvent } from '../../../shared/protocol/events';
import { ev, live, show, T0 } from '../domain/metrics/fixtures';

/**
 * The engine's refund-risk exposure (issue 16, small-room calibration): per product, the paid money
 * whose 30-minute early-refund window has closed and the early refunds on it, the money of orders
 * with a refund request, and the money without one by age — exact per minute of payment, bounded,
 * and checkpointed with the engine.
 */
const S = 1_000;
const M = 60_000;
const paid = (ts: number, o: string, amount: number, p = 'p0'): LiveEvent =>
  ev(ts, { type: 'order.paid', orderId: o, userId: `u-${o}`, productId: p, amount, quantity: 1 });
const refund = (ts: number, o: string, amount: number, p = 'p0'): LiveEvent => ev(ts, { type: 'refund.requested', orderId: o, productId: p, amount });

function signalsAt(e: MetricsEngine, now: number): Map<string, RiskSignals> {
  const riskSignals = new Map<string, RiskSignals>();
  e.snapshot(now, { show: show(), live: live(), answered: new Set(), riskSignals });
  return riskSignals;
}

describe('refund exposure of a product', () => {
  it('closes an order’s early window 30 minutes after the end of the minute it was paid in, and keeps the early refunds on that money', () => {
    const e = createMetricsEngine();
    const feed = (...xs: LiveEvent[]) => { for (const x of xs) e.ingest(x, { onAirProductId: 'p0' }); };
    const at = (now: number) => signalsAt(e, now).get('p0')!;
    // o1 paid at 0:10 and refunded early (in part) at 5:00; o2 paid at 32:00, refunded at 70:00 (not early); o3 paid at 40:00, no refund.
    feed(paid(T0 + 10 * S, 'o1', 10_000), refund(T0 + 5 * M, 'o1', 4_000));
    expect(at(T0 + 30 * M + 59 * S)).toMatchObject({ closedGmv: 0, closedOrders: 0, closedEarlyRefund: 0, earlyRefund: 4_000 });
    expect(at(T0 + 31 * M)).toMatchObject({ closedGmv: 10_000, closedOrders: 1, closedEarlyRefund: 4_000, resolvedGmv: 10_000 });
    feed(paid(T0 + 32 * M, 'o2', 20_000), paid(T0 + 40 * M, 'o3', 30_000), refund(T0 + 70 * M, 'o2', 20_000));
    const s = at(T0 + 71 * M);
    expect(s).toMatchObject({ gmv: 60_000, closedGmv: 60_000, closedOrders: 3, closedEarlyRefund: 4_000, refundRequested: 24_000, resolvedGmv: 30_000 });
    // Only o3 has no request: 31 minutes old (from the middle of its minute).
    expect(s.unrefunded).toEqual([[30 * M + 30 * S, 30_000]]);
  });

  it('reads money older than the horizon as one total of the horizon’s age, whenever it was folded; at most 61 minute buckets', () => {
    const a = new RefundExposure();
    for (let i = 0; i < 200; i++) a.paid(T0 + i * M, 100);
    const fa = a.figures(T0 + 200 * M);
    expect(a.serialise().recent.length).toBeLessThanOrEqual(61);
    expect(fa.unrefunded.reduce((x, [, m]) => x + m, 0)).toBe(200 * 100);
    expect(RefundExposure.restore(JSON.parse(JSON.stringify(a.serialise()))).figures(T0 + 200 * M)).toEqual(fa);
    // Ten old orders, folded (a later sale) or not (no later sale): the same money at the same age.
    const byAge = (x: RefundExposure) => {
      const m = new Map<number, number>();
      for (const [age, money] of x.figures(T0 + 200 * M).unrefunded) m.set(age, (m.get(age) ?? 0) + money);
      return m;
    };
    const folded = new RefundExposure();
    const kept = new RefundExposure();
    for (let i = 0; i < 10; i++) { folded.paid(T0 + i * M, 100); kept.paid(T0 + i * M, 100); }
    folded.paid(T0 + 199 * M, 50);
    expect(kept.serialise().recent.length).toBe(10);
    expect(folded.serialise().recent.length).toBe(1);
    expect(byAge(folded).get(60 * M)).toBe(1_000);
    expect(byAge(a).get(60 * M)).toBe(140 * 100);
    expect(byAge(kept)).toEqual(new Map([[60 * M, 1_000]]));
  });

  it('is part of the engine checkpoint (state v3): a restored engine reads the same exposure and keeps counting', () => {
    const e = createMetricsEngine();
    const events = [paid(T0, 'o1', 10_000), paid(T0 + 2 * M, 'o2', 5_000), refund(T0 + 4 * M, 'o2', 5_000), paid(T0 + 70 * M, 'o3', 7_000)];
    for (const x of events.slice(0, 3)) e.ingest(x, { onAirProductId: 'p0' });
    const state = e.serialise();
    expect(state.v).toBe(3);
    expect(METRICS_STATE_VERSION).toBe(3);
    const r = restoreMetricsEngine(JSON.parse(JSON.stringify(state)));
    for (const x of events.slice(3)) { e.ingest(x, { onAirProductId: 'p0' }); r.ingest(x, { onAirProductId: 'p0' }); }
    const now = T0 + 80 * M;
    expect(signalsAt(r, now).get('p0')).toEqual(signalsAt(e, now).get('p0'));
    expect(signalsAt(r, now).get('p0')).toMatchObject({ closedGmv: 15_000, resolvedGmv: 5_000, unrefunded: [[60 * M, 10_000], [9 * M + 30 * S, 7_000]] });
  });

  it('refuses a state written before the exposure existed (v2): the journal is replayed instead', () => {
    const e = createMetricsEngine();
    e.ingest(paid(T0, 'o1', 10_000), { onAirProductId: 'p0' });
    expect(() => restoreMetricsEngine({ ...e.serialise(), v: 2 })).toThrow(/metrics state v2 is not v3/);
  });
});
