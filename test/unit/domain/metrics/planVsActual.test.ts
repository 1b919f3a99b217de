import { describe, expect, it } from 'vitest';
import { createMetricsEngine } from '../../../../shared/domain/metrics/engine';
import { slotPlanVsActual } from '../../../../shared/domain/metrics/planVsActual';
import { ev, live, show, slot, T0 } from './fixtures';

const M = 60_000;

describe('slotPlanVsActual', () => {
  it('credits each slot with the room GMV and orders while it was on air, against its targets', () => {
    const sh = { ...show(), slots: [slot('s0', 'p0', { plannedMinutes: 2, targets: { gmv: 100_000, conversion: 0.1 } }), slot('s1', 'p1'), slot('s2', 'p2'), slot('s3', 'p3')] };
    const lv = live({
      onAirSlotId: 's1',
      onAirSince: T0 + 3 * M,
      skipped: ['s2'],
      runs: [
        { slotId: 's0', productId: 'p0', startedAt: T0, endedAt: T0 + 3 * M, outcome: 'done' },
        { slotId: 's1', productId: 'p1', startedAt: T0 + 3 * M, endedAt: null, outcome: null },
      ],
    });
    const e = createMetricsEngine();
    for (let i = 0; i < 10; i++) e.ingest(ev(T0, { type: 'viewer.enter', userId: `u${i}` }), { onAirProductId: 'p0' });
    e.ingest(ev(T0 + 30_000, { type: 'order.paid', orderId: 'a', userId: 'u1', productId: 'p0', amount: 40_000, quantity: 1 }), { onAirProductId: 'p0' });
    e.ingest(ev(T0 + 2 * M + 10_000, { type: 'order.paid', orderId: 'b', userId: 'u2', productId: 'p0', amount: 40_000, quantity: 1 }), { onAirProductId: 'p0' });
    e.ingest(ev(T0 + 4 * M, { type: 'order.paid', orderId: 'c', userId: 'u3', productId: 'p1', amount: 5_900, quantity: 1 }), { onAirProductId: 'p1' });
    const metrics = e.snapshot(T0 + 5 * M, { show: sh, live: lv, answered: new Set() });
    const [s0, s1, s2, s3] = slotPlanVsActual(sh, lv, metrics);
    expect(s0).toMatchObject({ status: 'done', plannedMs: 2 * M, actualMs: 3 * M, overtimeMs: M, gmv: 80_000, gmvProgress: 0.8, targetConversion: 0.1, orders: 2 });
    expect(s0!.conversion).toBeCloseTo(2 / 10, 12);
    expect(s1).toMatchObject({ status: 'onair', actualMs: 2 * M, gmv: 5_900, gmvProgress: null });
    expect(s2).toMatchObject({ status: 'skipped', actualMs: 0, gmv: 0 });
    expect(s3).toMatchObject({ status: 'planned', actualMs: 0, gmv: 0 });
  });
});
