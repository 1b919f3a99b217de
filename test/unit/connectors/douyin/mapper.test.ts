import { describe, expect, it } from 'vitest';
import { createDouyinMapper, defaultDouyinRules, type MapOutcome } from '../../../../shared/connectors/douyin';
import type { LiveEvent } from '../../../../shared/protocol/events';
import {
  apiErrorBody, captured, commentInfoBody, compassMessagesBody, coreDataBody, createRng, decoys, douyinUrl,
  orderStreamBody, ORDER_STATUS, promotionsBody, randomComments,
} from '../../../support/douyin/payloads';

const rules = defaultDouyinRules();
const T0 = 1_733_300_000_000;
const newMapper = () => createDouyinMapper({
  roomId: 'room-1', rules, productIdFor: (id) => (id === '3600000000000000001' ? 'p-dress' : `dy:${id}`),
});
const events = (o: MapOutcome): LiveEvent[] => {
  if (o.kind !== 'mapped') throw new Error(`expected mapped, got ${JSON.stringify(o)}`);
  return o.events;
};

describe('douyin mapper: comments', () => {
  it('maps 百应 comment/info items with the platform message id, masked nickname kept', () => {
    const m = newMapper();
    const cs = randomComments(createRng(3), 3);
    const out = events(m.map(captured(douyinUrl('buyinCommentInfo'), commentInfoBody(cs), T0)));
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ type: 'comment', id: cs[0]!.id, nickname: cs[0]!.nick, text: cs[0]!.text, platform: 'douyin', roomId: 'room-1', ts: T0 });
    expect(out[0]!.type === 'comment' && out[0]!.userId).toBe(`dy:nick:${cs[0]!.nick}`);
  });

  it('counts the same comment delivered by overlapping polls once', () => {
    const m = newMapper();
    const cs = randomComments(createRng(4), 5);
    const a = events(m.map(captured(douyinUrl('compassMessage'), compassMessagesBody({ comments: cs.slice(0, 3) }), T0)));
    const b = events(m.map(captured(douyinUrl('compassMessage'), compassMessagesBody({ comments: cs.slice(1, 5) }), T0 + 2000)));
    expect(a.map((e) => e.id)).toEqual(cs.slice(0, 3).map((c) => c.id));
    expect(b.map((e) => e.id)).toEqual(cs.slice(3, 5).map((c) => c.id));
    expect(m.stats().duplicates).toBe(2);
    expect(m.stats().families.comments.mapped).toBe(2);
  });

  it('an empty poll (comment: null) is still mapped, with no events', () => {
    const m = newMapper();
    expect(m.map(captured(douyinUrl('compassMessage'), compassMessagesBody({}), T0))).toEqual({ kind: 'mapped', family: 'comments', events: [] });
  });
});

describe('douyin mapper: online', () => {
  it('emits viewer.stats with the figures the platform states', () => {
    const m = newMapper();
    const out = events(m.map(captured(douyinUrl('compassCoreData'), coreDataBody({ online: 1234, totalViewers: 56789 }), T0)));
    expect(out).toEqual([{ id: `dy:stats:${T0}`, platform: 'douyin', roomId: 'room-1', ts: T0, type: 'viewer.stats', online: 1234, totalViewers: 56789 }]);
  });

  it('keeps the last stated cumulative figure when a poll leaves it out', () => {
    const m = newMapper();
    m.map(captured(douyinUrl('compassCoreData'), coreDataBody({ online: 10, totalViewers: 500 }), T0));
    const out = events(m.map(captured(douyinUrl('compassCoreData'), coreDataBody({ online: 12 }), T0 + 5000)));
    expect(out[0]).toMatchObject({ online: 12, totalViewers: 500 });
  });
});

describe('douyin mapper: orders', () => {
  it('status transitions 已下单 → 已支付 → 已退款 update one order', () => {
    const m = newMapper();
    const order = { orderId: '6930000000000000001', productId: '3600000000000000001', amountFen: 19_900, quantity: 2, sku: '黑色 M' };
    const a = events(m.map(captured(douyinUrl('compassOrderStream'), orderStreamBody([{ ...order, status: ORDER_STATUS.created }]), T0)));
    const a2 = events(m.map(captured(douyinUrl('compassOrderStream'), orderStreamBody([{ ...order, status: ORDER_STATUS.created }]), T0 + 1000)));
    const b = events(m.map(captured(douyinUrl('compassOrderStream'), orderStreamBody([{ ...order, status: ORDER_STATUS.paid }]), T0 + 2000)));
    const c = events(m.map(captured(douyinUrl('compassOrderStream'), orderStreamBody([{ ...order, status: '已退款' }]), T0 + 3000)));
    expect(a).toEqual([{ id: '6930000000000000001:created', type: 'order.created', platform: 'douyin', roomId: 'room-1', ts: T0,
      orderId: order.orderId, productId: 'p-dress', userId: 'dy:nick:用户***', quantity: 2, amount: 19_900, sku: '黑色 M' }]);
    expect(a2).toEqual([]);
    expect(b.map((e) => [e.type, e.id])).toEqual([['order.paid', '6930000000000000001:paid']]);
    expect(c.map((e) => [e.type, e.id])).toEqual([['refund.approved', '6930000000000000001:refunded']]);
    expect(c[0]).toMatchObject({ orderId: order.orderId, productId: 'p-dress', amount: 19_900 });
  });

  it('an order first seen paid brings its creation; unknown products pass through as dy:<id>', () => {
    const m = newMapper();
    const out = events(m.map(captured(douyinUrl('compassOrderStream'), orderStreamBody([
      { orderId: 'o-9', productId: '777', amountFen: 500, status: ORDER_STATUS.paid },
    ]), T0)));
    expect(out.map((e) => e.type)).toEqual(['order.created', 'order.paid']);
    expect(out[1]).toMatchObject({ productId: 'dy:777', amount: 500, quantity: 1 });
  });

  it('an unpaid order that times out is never counted as paid', () => {
    const m = newMapper();
    m.map(captured(douyinUrl('compassOrderStream'), orderStreamBody([{ orderId: 'o-1', productId: '1', amountFen: 100, status: 0 }]), T0));
    const out = events(m.map(captured(douyinUrl('compassOrderStream'), orderStreamBody([{ orderId: 'o-1', productId: '1', amountFen: 100, status: ORDER_STATUS.cancelled }]), T0 + 1)));
    expect(out.some((e) => e.type === 'order.paid')).toBe(false);
  });
});

describe('douyin mapper: cart', () => {
  it('emits product.state for changes only and explain start/stop when 讲解 moves', () => {
    const m = newMapper();
    const cart = [
      { promotionId: 'pr1', productId: '3600000000000000001', priceFen: 9_900, stock: 30, explaining: true },
      { promotionId: 'pr2', productId: '42', priceFen: 5_000, stock: 0 },
    ];
    const a = events(m.map(captured(douyinUrl('buyinPromotions'), promotionsBody(cart), T0)));
    expect(a).toContainEqual(expect.objectContaining({ type: 'product.state', productId: 'p-dress', price: 9_900, stock: 30, soldOut: false }));
    expect(a).toContainEqual(expect.objectContaining({ type: 'product.state', productId: 'dy:42', stock: 0, soldOut: true }));
    expect(a).toContainEqual(expect.objectContaining({ type: 'explain', productId: 'p-dress', state: 'start' }));
    const same = events(m.map(captured(douyinUrl('buyinPromotions'), promotionsBody(cart), T0 + 1000)));
    expect(same).toEqual([]);
    const moved = events(m.map(captured(douyinUrl('buyinPromotions'), promotionsBody([
      { ...cart[0]!, explaining: false, stock: 29 }, { ...cart[1]!, explaining: true },
    ]), T0 + 2000)));
    expect(moved.map((e) => [e.type, 'productId' in e ? e.productId : '', e.type === 'explain' ? e.state : ''])).toEqual([
      ['product.state', 'p-dress', ''], ['explain', 'p-dress', 'stop'], ['explain', 'dy:42', 'start'],
    ]);
  });
});

describe('douyin mapper: what it does not read', () => {
  it('ignores beacons, images and other APIs with look-alike fields', () => {
    const m = newMapper();
    for (const d of decoys(T0)) expect(m.map(d)).toEqual({ kind: 'ignored' });
    expect(m.stats().ignored).toBe(4);
  });

  it('reports http errors, missing and broken bodies, error envelopes and unknown shapes as unparsed', () => {
    const m = newMapper();
    const url = douyinUrl('compassOrderStream');
    expect(m.map(captured(url, orderStreamBody([]), T0, { status: 500 }))).toEqual({ kind: 'unparsed', family: 'orders', reason: 'http_error' });
    expect(m.map(captured(url, null, T0))).toEqual({ kind: 'unparsed', family: 'orders', reason: 'no_body' });
    expect(m.map(captured(url, '{"st":0,"data":[{"order_id":"1"', T0))).toEqual({ kind: 'unparsed', family: 'orders', reason: 'bad_json' });
    expect(m.map(captured(url, apiErrorBody(), T0))).toEqual({ kind: 'unparsed', family: 'orders', reason: 'api_error' });
    expect(m.map(captured(url, { st: 0, data: { orders: [] } }, T0))).toEqual({ kind: 'unparsed', family: 'orders', reason: 'unknown_shape' });
    expect(m.stats().families.orders).toMatchObject({ mapped: 0, unparsed: 5, reasons: { http_error: 1, no_body: 1, bad_json: 1, api_error: 1, unknown_shape: 1 } });
  });
});
