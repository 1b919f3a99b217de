import { describe, expect, it } from 'vitest';
import { createDouyinMapper, defaultDouyinRules, type MapOutcome } from '../../../../shared/connectors/douyin';
import type { LiveEvent } from '../../../../shared/protocol/events';
import {
  captured, commentInfoBody, compassMessagesBody, coreDataBody, douyinUrl, orderStreamBody, promotionsBody, type DouyinPathKey,
} from '../../../support/douyin/payloads';

const T0 = 1_733_300_000_000;
const newMapper = () => createDouyinMapper({ roomId: 'room-1', rules: defaultDouyinRules(), productIdFor: (id) => `dy:${id}` });
const run = (m: ReturnType<typeof newMapper>, key: DouyinPathKey, body: unknown, ts = T0): MapOutcome => m.map(captured(douyinUrl(key), body, ts));
const evs = (o: MapOutcome): LiveEvent[] => (o.kind === 'mapped' ? o.events : []);
const shapeError = (family: string) => ({ kind: 'unparsed', family, reason: 'unknown_shape' });

describe('comments: malformed and partial payloads', () => {
  it('skips items without an id or text, keeps the rest, and counts the skipped', () => {
    const m = newMapper();
    const body = commentInfoBody([{ id: 'c1', nick: '用户***', text: 'hi' }]) as { data: { comment_infos: unknown[] } };
    body.data.comment_infos.push({ nick_name: 'x', content: 'no id' }, { comment_id: 'c2', nick_name: 'x' }, 'junk', null,
      { comment_id: 'bad\u0000id', content: 'x' });
    expect(evs(run(m, 'buyinCommentInfo', body)).map((e) => e.id)).toEqual(['c1']);
    expect(m.stats().skippedItems).toBe(5);
  });

  it('a comment without a nickname keeps an empty one; numeric ids are read as text', () => {
    const m = newMapper();
    const out = evs(run(m, 'buyinCommentInfo', { code: 0, data: { comment_infos: [{ comment_id: 7400000000000001, content: 'x' }] } }));
    expect(out[0]).toMatchObject({ id: '7400000000000001', nickname: '', userId: 'dy:nick:' });
  });

  it('a platform user id, when present, is the userId', () => {
    const out = evs(run(newMapper(), 'compassMessage', compassMessagesBody({ comments: [{ id: 'c1', nick: '用户***', text: 'x', userId: '99887766' }] })));
    expect(out[0]).toMatchObject({ userId: '99887766', nickname: '用户***' });
  });

  it('unknown shapes: no data, comment_infos not a list, messages not an object, comment group not a list', () => {
    const m = newMapper();
    expect(run(m, 'buyinCommentInfo', { code: 0 })).toEqual(shapeError('comments'));
    expect(run(m, 'buyinCommentInfo', { code: 0, data: { comment_infos: 'x' } })).toEqual(shapeError('comments'));
    expect(run(m, 'buyinCommentInfo', { code: 0, data: { list: [] } })).toEqual(shapeError('comments'));
    expect(run(m, 'compassMessage', { st: 0, data: { messages: [] } })).toEqual(shapeError('comments'));
    expect(run(m, 'compassMessage', { st: 0, data: { messages: { comment: {} } } })).toEqual(shapeError('comments'));
    expect(run(m, 'compassMessage', { st: 0, data: { messages: { comment: null, room_like: 5 } } })).toEqual(shapeError('comments'));
    expect(run(m, 'compassMessage', [])).toEqual(shapeError('comments'));
    expect(run(m, 'compassMessage', '"text"')).toEqual(shapeError('comments'));
    expect(m.stats().families.comments.reasons.unknown_shape).toBe(8);
  });

  it('an empty comment page (comment_infos: null, messages: null) is mapped with no events', () => {
    const m = newMapper();
    expect(run(m, 'buyinCommentInfo', { code: 0, data: { comment_infos: null } })).toEqual({ kind: 'mapped', family: 'comments', events: [] });
    expect(run(m, 'compassMessage', { st: 0, data: { messages: null } })).toEqual({ kind: 'mapped', family: 'comments', events: [] });
  });
});

describe('interactions (罗盘 room messages)', () => {
  it('maps entries, likes (with their count), follows and fan-club joins; brand-member joins are read and dropped', () => {
    const m = newMapper();
    const out = evs(run(m, 'compassMessage', compassMessagesBody({
      enters: [{ id: 'e1', nick: '用户1***' }], likes: [{ id: 'l1', nick: '用户2***', count: 12 }, { id: 'l2', nick: '用户3***' }],
      follows: [{ id: 'f1', nick: '用户4***' }], fanclub: [{ id: 'j1', nick: '用户5***' }], brandVip: [{ id: 'v1', nick: '用户6***' }],
    })));
    expect(out.map((e) => [e.type, e.id])).toEqual([['viewer.enter', 'e1'], ['like', 'l1'], ['like', 'l2'], ['follow', 'f1'], ['fanclub.join', 'j1']]);
    expect(out[0]).toMatchObject({ nickname: '用户1***', userId: 'dy:nick:用户1***' });
    expect(out[1]).toMatchObject({ count: 12 });
    expect(out[2]).toMatchObject({ count: 1 });
  });

  it('skips room messages without an id; the same message in two polls counts once', () => {
    const m = newMapper();
    const body = compassMessagesBody({ follows: [{ id: 'f1', nick: 'a' }] }) as { data: { messages: { room_follow: unknown[] } } };
    body.data.messages.room_follow.push({ nick_name: 'no id' });
    expect(evs(run(m, 'compassMessage', body)).map((e) => e.id)).toEqual(['f1']);
    expect(evs(run(m, 'compassMessage', body, T0 + 1))).toEqual([]);
    expect(m.stats()).toMatchObject({ skippedItems: 2, duplicates: 1 });
  });
});

describe('online: malformed and partial payloads', () => {
  it('reads figures given as digit strings, plain numbers or plain fields of data', () => {
    const m = newMapper();
    expect(evs(run(m, 'compassCoreData', { st: 0, data: { core_data: [{ index_name: 'online_user_cnt', value: '88' }, { index_name: 'watch_ucnt', value: 900 }] } })))
      .toMatchObject([{ online: 88, totalViewers: 900 }]);
    expect(evs(run(m, 'compassCoreData', { st: 0, data: { online_user_cnt: { value: 70, unit: 'number' } } }, T0 + 1)))
      .toMatchObject([{ online: 70, totalViewers: 900 }]);
  });

  it('without the online figure, with a negative or fractional one, or a non-list core_data: unknown shape', () => {
    const m = newMapper();
    expect(run(m, 'compassCoreData', { st: 0, data: { core_data: [{ index_name: 'gpm', value: { value: 1 } }] } })).toEqual(shapeError('online'));
    expect(run(m, 'compassCoreData', { st: 0, data: { core_data: [{ index_name: 'online_user_cnt', value: { value: -3 } }] } })).toEqual(shapeError('online'));
    expect(run(m, 'compassCoreData', { st: 0, data: { core_data: [{ index_name: 'online_user_cnt', value: 1.5 }] } })).toEqual(shapeError('online'));
    expect(run(m, 'compassCoreData', { st: 0, data: { core_data: 'x' } })).toEqual(shapeError('online'));
    expect(run(m, 'compassCoreData', { st: 0, data: null })).toEqual(shapeError('online'));
  });

  it('cumulative viewers never read below the online figure', () => {
    expect(evs(run(newMapper(), 'compassCoreData', coreDataBody({ online: 50 })))).toMatchObject([{ online: 50, totalViewers: 50 }]);
  });
});

describe('orders: malformed and partial payloads', () => {
  it('skips items without an order id, a known status, a product or an amount; keeps the rest', () => {
    const m = newMapper();
    const body = orderStreamBody([{ orderId: 'o1', productId: '1', amountFen: 100, status: 3 }]) as { data: Array<Record<string, unknown>> };
    body.data.push({ order_status: 3, product_id: '1', pay_amount: 1 }, { order_id: 'o2', order_status: 99, product_id: '1', pay_amount: 1 },
      { order_id: 'o3', order_status: 3, pay_amount: 1 }, { order_id: 'o4', order_status: 3, product_id: '1' },
      { order_id: 'o5', order_status: 3, product_id: '1', pay_amount: -5 }, { order_id: 'o6', order_status: 3, product_id: '1', pay_amount: 10.5 });
    expect(evs(run(m, 'compassOrderStream', body)).map((e) => e.id)).toEqual(['o1:created', 'o1:paid']);
    expect(m.stats().skippedItems).toBe(6);
  });

  it('reads an amount from a unit price × quantity when no total is given', () => {
    const out = evs(run(newMapper(), 'compassOrderStream', { st: 0, data: [{ order_id: 'o1', order_status: 3, product_id: '1', price: 2_500, item_num: 3 }] }));
    expect(out[1]).toMatchObject({ type: 'order.paid', amount: 7_500, quantity: 3 });
  });

  it('data: null is an empty poll; data not a list is an unknown shape', () => {
    const m = newMapper();
    expect(run(m, 'compassOrderStream', { st: 0, data: null, msg: '' })).toEqual({ kind: 'mapped', family: 'orders', events: [] });
    expect(run(m, 'compassOrderStream', { st: 0, data: { list: [] } })).toEqual(shapeError('orders'));
    expect(run(m, 'compassOrderStream', [{ order_id: 'x' }])).toEqual(shapeError('orders'));
  });

  it('超时未支付 closes the order with order.cancelled; a later paid status for it is ignored', () => {
    const m = newMapper();
    const o = { orderId: 'o1', productId: '1', amountFen: 100 };
    expect(evs(run(m, 'compassOrderStream', orderStreamBody([{ ...o, status: 0 }]))).map((e) => e.type)).toEqual(['order.created']);
    const c = evs(run(m, 'compassOrderStream', orderStreamBody([{ ...o, status: '超时未支付' }]), T0 + 1));
    expect(c).toEqual([{ id: 'o1:cancelled', type: 'order.cancelled', platform: 'douyin', roomId: 'room-1', ts: T0 + 1, orderId: 'o1', productId: 'dy:1', reason: 'unpaid_timeout' }]);
    expect(evs(run(m, 'compassOrderStream', orderStreamBody([{ ...o, status: 3 }]), T0 + 2))).toEqual([]);
    const coded = evs(run(m, 'compassOrderStream', orderStreamBody([{ ...o, orderId: 'o2', status: 4 }]), T0 + 3));
    expect(coded.map((e) => e.type)).toEqual(['order.created', 'order.cancelled']);
    expect(coded[1]).not.toHaveProperty('reason');
  });

  it('a cancel status after payment changes nothing; a refund request then approval follow the same order', () => {
    const m = newMapper();
    const o = { orderId: 'o1', productId: '1', amountFen: 100 };
    run(m, 'compassOrderStream', orderStreamBody([{ ...o, status: 3 }]));
    expect(evs(run(m, 'compassOrderStream', orderStreamBody([{ ...o, status: 4 }]), T0 + 1))).toEqual([]);
    expect(evs(run(m, 'compassOrderStream', orderStreamBody([{ ...o, status: '退款中' }]), T0 + 2)).map((e) => e.type)).toEqual(['refund.requested']);
    expect(evs(run(m, 'compassOrderStream', orderStreamBody([{ ...o, status: '已退款' }]), T0 + 3)).map((e) => e.type)).toEqual(['refund.approved']);
    expect(evs(run(m, 'compassOrderStream', orderStreamBody([{ ...o, status: '已退款' }]), T0 + 4))).toEqual([]);
  });
});

describe('cart: malformed and partial payloads', () => {
  it('skips products without an id; a product without price or stock still reports what is known', () => {
    const m = newMapper();
    const out = evs(run(m, 'buyinPromotions', { code: 0, data: { promotions: [{ promotion_id: 'x', min_price: 100 }, { product_id: '5' }, 7] } }));
    expect(out).toEqual([{ id: `dy:cart:dy:5:${T0}`, platform: 'douyin', roomId: 'room-1', ts: T0, type: 'product.state', productId: 'dy:5', onShelf: true }]);
    expect(m.stats().skippedItems).toBe(2);
  });

  it('promotions: null is an empty cart (any 讲解 stops); promotions not a list is an unknown shape', () => {
    const m = newMapper();
    run(m, 'buyinPromotions', promotionsBody([{ promotionId: 'a', productId: '1', priceFen: 100, explaining: true }]));
    expect(evs(run(m, 'buyinPromotions', { code: 0, data: { promotions: null } }, T0 + 1))).toMatchObject([{ type: 'explain', productId: 'dy:1', state: 'stop' }]);
    expect(run(m, 'buyinPromotions', { code: 0, data: { promotions: {} } })).toEqual(shapeError('cart'));
    expect(run(m, 'buyinPromotions', { code: 0, data: 'x' })).toEqual(shapeError('cart'));
  });

  it('an error envelope with a string code (风控) is an api_error, not an empty cart', () => {
    expect(run(newMapper(), 'buyinPromotions', { code: '10001010A', msg: '当前环境存在风险，请稍后重试', data: null }))
      .toEqual({ kind: 'unparsed', family: 'cart', reason: 'api_error' });
  });
});
