import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDouyinMapper, defaultDouyinRules, type CapturedResponse } from '../../../../shared/connectors/douyin';
import { mapBuyinPromotions } from '../../../../shared/connectors/douyin/cart';
import { mapBuyinCommentInfo, mapCompassMessages } from '../../../../shared/connectors/douyin/comments';
import { createMemory, type MapContext } from '../../../../shared/connectors/douyin/context';
import { mapCompassCoreData } from '../../../../shared/connectors/douyin/online';
import { mapCompassOrderStream } from '../../../../shared/connectors/douyin/orders';
import { LiveEvent } from '../../../../shared/protocol/events';
import {
  commentInfoBody, compassMessagesBody, coreDataBody, DOUYIN_PATHS, orderStreamBody, promotionsBody, randomComments, createRng,
} from '../../../support/douyin/payloads';

const rules = defaultDouyinRules();
const urls = [...Object.values(DOUYIN_PATHS).map((u) => `${u}?msToken=x`), 'https://example.com/x', 'not a url', ''];

/** Any JSON value, biased towards the keys the mappers look for so the fuzz reaches deep into them. */
const KEYS = ['data', 'st', 'code', 'messages', 'comment', 'comment_infos', 'room_like', 'core_data', 'index_name', 'value',
  'online_user_cnt', 'order_id', 'order_status', 'product_id', 'pay_amount', 'item_num', 'promotions', 'min_price',
  'stock_num', 'is_explaining', 'msg_id', 'comment_id', 'content', 'nick_name', 'user_id', '__proto__', 'constructor'];
const { json } = fc.letrec((tie) => ({
  json: fc.oneof({ depthSize: 'small' },
    fc.constant(null), fc.boolean(), fc.integer(), fc.double(), fc.string(), fc.constantFrom('0', '3', '已退款', '超时未支付', 'online_user_cnt'),
    fc.array(tie('json'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string()), tie('json'), { maxKeys: 6 })),
}));

/** Valid bodies with one value somewhere replaced by a random one (partial / drifted payloads). */
const valid = (): unknown[] => {
  const rng = createRng(9);
  return [
    commentInfoBody(randomComments(rng, 3)),
    compassMessagesBody({ comments: randomComments(rng, 2), likes: [{ id: 'l', nick: 'n', count: 2 }], enters: [{ id: 'e', nick: 'n' }] }),
    coreDataBody({ online: 5, totalViewers: 9 }),
    orderStreamBody([{ orderId: 'o', productId: 'p', amountFen: 1, status: 3 }, { orderId: 'o2', productId: 'p', amountFen: 1, status: '已退款' }]),
    promotionsBody([{ promotionId: 'a', productId: 'p', priceFen: 1, stock: 2, explaining: true }]),
  ];
};
function mutate(x: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || x === null || typeof x !== 'object') return replacement;
  const entries = Object.entries(x as Record<string, unknown>);
  if (entries.length === 0) return replacement;
  const i = path[0]! % entries.length;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(x) ? [...x] : { ...(x as Record<string, unknown>) };
  (copy as Record<string, unknown>)[entries[i]![0]] = mutate(entries[i]![1], path.slice(1), replacement);
  return copy;
}

function check(responses: CapturedResponse[]): void {
  const m = createDouyinMapper({ roomId: 'room', rules, productIdFor: (id) => `dy:${id}` });
  let mapped = 0;
  for (const r of responses) {
    const out = m.map(r);
    expect(['mapped', 'unparsed', 'ignored']).toContain(out.kind);
    if (out.kind === 'mapped') {
      mapped += out.events.length;
      for (const e of out.events) expect(LiveEvent.safeParse(e).success).toBe(true);
    }
  }
  const s = m.stats();
  expect(s.events).toBe(mapped);
  const answered = Object.values(s.families).reduce((n, f) => n + f.mapped + f.unparsed, 0) + s.ignored;
  expect(answered).toBe(responses.length);
}

describe('douyin mapper never throws (property)', () => {
  it('random JSON bodies, statuses, methods and urls: every response is answered, every event is a valid LiveEvent', () => {
    const response = fc.record({
      url: fc.oneof(fc.constantFrom(...urls), fc.string()),
      method: fc.constantFrom('GET', 'POST', 'get', 'OPTIONS', ''),
      status: fc.oneof(fc.constant(200), fc.integer({ min: -1, max: 700 })),
      body: fc.oneof(json.map((j) => JSON.stringify(j) ?? 'null'), fc.string(), fc.constant(null)),
      ts: fc.oneof(fc.integer({ min: 0, max: 2e12 }), fc.constant(-5), fc.double()),
    });
    fc.assert(fc.property(fc.array(response, { minLength: 1, maxLength: 12 }), (rs) => check(rs as CapturedResponse[])), { seed: 20261204, numRuns: 300 });
  });

  it('valid payloads with one value replaced anywhere (drifted shapes) never throw', () => {
    const bodies = valid();
    const keys = Object.keys(DOUYIN_PATHS) as Array<keyof typeof DOUYIN_PATHS>;
    const order = ['buyinCommentInfo', 'compassMessage', 'compassCoreData', 'compassOrderStream', 'buyinPromotions'] as const;
    expect(new Set(order)).toEqual(new Set(keys));
    fc.assert(fc.property(fc.integer({ min: 0, max: 4 }), fc.array(fc.nat(), { maxLength: 6 }), json, (i, path, replacement) => {
      const body = mutate(bodies[i], path, replacement);
      check([{ url: `${DOUYIN_PATHS[order[i]!]}?a=1`, method: 'GET', status: 200, body: JSON.stringify(body) ?? 'null', ts: 1_733_300_000_000 }]);
    }), { seed: 7, numRuns: 600 });
  });

  it('the family readers themselves never throw (the catch in the mapper is a last resort, not the mechanism)', () => {
    const readers = [mapBuyinCommentInfo, mapCompassMessages, mapCompassCoreData, mapCompassOrderStream, mapBuyinPromotions];
    const bodies = valid();
    fc.assert(fc.property(fc.integer({ min: 0, max: 4 }), fc.array(fc.nat(), { maxLength: 6 }), json, fc.boolean(), (i, path, replacement, raw) => {
      const ctx: MapContext = { roomId: 'r', ts: 1, rules, productIdFor: (id) => `dy:${id}`, skip: () => undefined, memory: createMemory() };
      const body = raw ? replacement : mutate(bodies[i], path, replacement);
      for (const read of readers) expect(() => read(body, ctx)).not.toThrow();
    }), { seed: 11, numRuns: 400 });
  });

  it('hostile inputs: a non-object response and a throwing productIdFor are answered, not thrown', () => {
    const m = createDouyinMapper({ roomId: 'room', rules, productIdFor: () => { throw new Error('boom'); } });
    expect(m.map(null as unknown as CapturedResponse)).toEqual({ kind: 'ignored' });
    const out = m.map({ url: DOUYIN_PATHS.compassOrderStream, method: 'GET', status: 200, ts: 1, body: JSON.stringify(orderStreamBody([{ orderId: 'o', productId: '9', amountFen: 1, status: 3 }])) });
    expect(out.kind === 'mapped' && out.events.map((e) => ('productId' in e ? e.productId : ''))).toEqual(['dy:9', 'dy:9']);
  });
});
