import { describe, expect, it } from 'vitest';
import { createMetricsEngine, restoreMetricsEngine } from '../../../../shared/domain/metrics/engine';
import { ev, live, show, T0 } from './fixtures';

const S = 1_000;
const ctx = () => ({ show: show(), live: live({}), answered: new Set<string>() });

describe('metric engine: order.cancelled (超时未支付)', () => {
  it('a cancelled unpaid order never counts as paid, even if a payment for it arrives later', () => {
    const e = createMetricsEngine();
    for (const x of [
      ev(T0, { type: 'order.created', orderId: 'o1', userId: 'a', productId: 'p0', amount: 9_900, quantity: 1 }),
      ev(T0 + S, { type: 'order.cancelled', orderId: 'o1', productId: 'p0', reason: 'unpaid_timeout' }),
      ev(T0 + 2 * S, { type: 'order.paid', orderId: 'o1', userId: 'a', productId: 'p0', amount: 9_900, quantity: 1 }),
      ev(T0 + 3 * S, { type: 'order.created', orderId: 'o2', userId: 'b', productId: 'p0', amount: 5_000, quantity: 1 }),
      ev(T0 + 4 * S, { type: 'order.paid', orderId: 'o2', userId: 'b', productId: 'p0', amount: 5_000, quantity: 1 }),
    ]) e.ingest(x, { onAirProductId: 'p0' });
    expect(e.snapshot(T0 + 5 * S, ctx()).now).toMatchObject({ gmv: 5_000, paidOrders: 1, createdOrders: 2, buyers: 1 });
  });

  it('a cancel after payment changes nothing (a refund is the way back), and survives a snapshot restore', () => {
    const e = createMetricsEngine();
    for (const x of [
      ev(T0, { type: 'order.paid', orderId: 'o1', userId: 'a', productId: 'p0', amount: 9_900, quantity: 1 }),
      ev(T0 + S, { type: 'order.cancelled', orderId: 'o1', productId: 'p0' }),
      ev(T0 + S, { type: 'order.cancelled', orderId: 'o2', productId: 'p0' }),
    ]) e.ingest(x, { onAirProductId: 'p0' });
    expect(e.snapshot(T0 + 2 * S, ctx()).now).toMatchObject({ gmv: 9_900, paidOrders: 1 });
    const restored = restoreMetricsEngine(JSON.parse(JSON.stringify(e.serialise())) as ReturnType<typeof e.serialise>);
    restored.ingest(ev(T0 + 3 * S, { type: 'order.paid', orderId: 'o2', userId: 'b', productId: 'p0', amount: 1_000, quantity: 1 }), { onAirProductId: 'p0' });
    expect(restored.snapshot(T0 + 4 * S, ctx()).now).toMatchObject({ gmv: 9_900, paidOrders: 1 });
  });
});
