import { describe, expect, it } from 'vitest';
import { createDouyinMapper, defaultDouyinRules, productIdResolver } from '../../../../shared/connectors/douyin';
import { createMetricsEngine } from '../../../../shared/domain/metrics/engine';
import { emptyLiveState } from '../../../../shared/domain/live/queue';
import type { LiveEvent } from '../../../../shared/protocol/events';
import type { RunOfShow } from '../../../../shared/protocol/runOfShow';
import { consoleSession, SESSION_PRODUCTS } from '../../../support/douyin/payloads';

const show: RunOfShow = {
  id: 'show', title: '抖音专场',
  products: SESSION_PRODUCTS.map((p) => ({ id: p.id, name: p.name, category: 'apparel.women', price: p.priceFen, stock: p.stock })),
  slots: [],
};

describe('a whole captured console session (what replay and review read)', () => {
  const { responses, expected } = consoleSession();

  it('the mapper counts entries, events, duplicates, unparsed and ignored as worked out by hand', () => {
    const m = createDouyinMapper({ roomId: 'r', rules: defaultDouyinRules(), productIdFor: productIdResolver(show) });
    const events: LiveEvent[] = [];
    for (const r of responses) {
      const o = m.map(r);
      if (o.kind === 'mapped') events.push(...o.events);
    }
    const s = m.stats();
    const unparsed = Object.values(s.families).reduce((n, f) => n + f.unparsed, 0);
    const mapped = Object.values(s.families).reduce((n, f) => n + f.mapped, 0);
    expect({ entries: mapped + unparsed + s.ignored, events: s.events, duplicates: s.duplicates, unparsed, ignored: s.ignored })
      .toEqual({ entries: expected.entries, events: expected.events, duplicates: expected.duplicates, unparsed: expected.unparsed, ignored: expected.ignored });
    expect(s.families.orders.reasons.bad_json).toBe(1);
    expect(s.families.online.reasons.http_error).toBe(1);
    expect(s.families.cart.reasons.api_error).toBe(1);
    expect(events.length).toBe(expected.events);
    expect(new Set(events.filter((e) => e.type === 'comment').map((e) => e.id)).size).toBe(expected.uniqueComments);
    const explains = events.filter((e) => e.type === 'explain');
    expect(explains.at(-1)).toMatchObject({ productId: expected.explainingAtEnd, state: 'start' });
  });

  it('fed to the metric engine, the room figures match the hand-computed totals (GMV = paid orders, refunds beside it)', () => {
    const m = createDouyinMapper({ roomId: 'r', rules: defaultDouyinRules(), productIdFor: productIdResolver(show) });
    const engine = createMetricsEngine();
    for (const r of responses) {
      const o = m.map(r);
      if (o.kind === 'mapped') for (const e of o.events) engine.ingest(e, { onAirProductId: null });
    }
    const end = responses.at(-1)!.ts + 1000;
    const f = engine.snapshot(end, { show, live: emptyLiveState(), answered: new Set() }).now;
    expect({ gmv: f.gmv, paidOrders: f.paidOrders, createdOrders: f.createdOrders, refundAmount: f.refundAmount, online: f.online, totalViewers: f.totalViewers })
      .toEqual({ gmv: expected.gmvFen, paidOrders: expected.paidOrders, createdOrders: expected.createdOrders, refundAmount: expected.refundFen,
        online: expected.lastOnline, totalViewers: expected.totalViewers });
  });
});
