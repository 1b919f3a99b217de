import { describe, expect, it } from 'vitest';
import { Room } from '../../../../electron/hub/room/room';
import { loadSampleShow } from '../../../../electron/hub/sampleShow';
import { createDouyinMapper, defaultDouyinRules, productIdResolver } from '../../../../shared/connectors/douyin';
import { consoleSession, SESSION_PRODUCTS } from '../../../support/douyin/payloads';

const base = loadSampleShow();
const show = {
  ...base,
  products: [...base.products, ...SESSION_PRODUCTS.map((p) => ({ id: p.id, name: p.name, category: 'apparel.women', price: p.priceFen, stock: p.stock }))],
};

describe('the room takes the Douyin mapper output as it is', () => {
  it('accepts every mapped event (order.cancelled included), applies each once, and shows the hand-computed figures', () => {
    const { responses, expected } = consoleSession();
    const room = new Room({ roomId: 'main', show, now: responses[0]!.ts, startOnAir: true });
    const m = createDouyinMapper({ roomId: 'main', rules: defaultDouyinRules(), productIdFor: productIdResolver(show) });
    let accepted = 0;
    for (const r of responses) {
      const o = m.map(r);
      if (o.kind === 'mapped') accepted += room.ingest(o.events, r.ts);
      // A poll replayed twice (a reconnect) adds nothing.
      if (o.kind === 'mapped') expect(room.ingest(o.events, r.ts)).toBe(0);
    }
    expect(accepted).toBe(expected.events);
    const end = responses.at(-1)!.ts + 1000;
    const figures = room.flush(end)!.metrics!.now;
    expect({ gmv: figures.gmv, paidOrders: figures.paidOrders, refundAmount: figures.refundAmount, online: figures.online, totalViewers: figures.totalViewers, comments: figures.comments })
      .toEqual({ gmv: expected.gmvFen, paidOrders: expected.paidOrders, refundAmount: expected.refundFen, online: expected.lastOnline, totalViewers: expected.totalViewers, comments: expected.uniqueComments });
    // The cart's stock reached the room: the cart said 40, the paid order took one, and the next cart poll stated 39.
    expect(room.live.products[SESSION_PRODUCTS[0].id]).toMatchObject({ stock: 39, price: SESSION_PRODUCTS[0].priceFen });
  });
});
