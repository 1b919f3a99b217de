/**
 * Fixture builders for the Douyin seller-console connector: response bodies shaped like the ones the
 * 巨量百应 中控台 and 抖音电商罗盘 大屏 pages receive (see docs/connectors/douyin.md, "Where each shape comes
 * from"), the URLs they are fetched from, and decoys. Seeded: the same seed gives the same payloads.
 * Used by the mapper tests, the fake console page (dr) and the HAR builder (h18).
 */
import type { CapturedResponse, DouyinRules } from '../../../shared/connectors/douyin';
import { createRng, type Rng } from '../../../shared/domain/rng';

// ── URLs ──────────────────────────────────────────────────────────────────────────────────────────

export const DOUYIN_ROOM_ID = '7456706368301599507';

export const DOUYIN_PATHS = {
  buyinCommentInfo: 'https://buyin.jinritemai.com/api/anchor/comment/info',
  compassMessage: 'https://compass.jinritemai.com/compass_api/author/live/live_screen/message',
  compassCoreData: 'https://compass.jinritemai.com/compass_api/author/live/live_screen/core_data',
  compassOrderStream: 'https://compass.jinritemai.com/compass_api/author/live/live_screen/live_order_stream',
  buyinPromotions: 'https://buyin.jinritemai.com/api/anchor/livepc/promotions_v2',
} as const;
export type DouyinPathKey = keyof typeof DOUYIN_PATHS;

const TOKEN_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function token(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += TOKEN_CHARS[rng.int(0, TOKEN_CHARS.length - 1)];
  return s;
}

/** A URL as the page requests it: the path plus the signing/query parameters the page adds (values are noise). */
export function douyinUrl(key: DouyinPathKey, rng: Rng = createRng(1), roomId = DOUYIN_ROOM_ID): string {
  const fp = `verify_${token(rng, 8).toLowerCase()}_${token(rng, 8)}`;
  const q = [
    ...(key.startsWith('compass') ? [`room_id=${roomId}`, `_lid=${rng.int(100_000_000_000, 999_999_999_999)}`] : ['source_type=force']),
    `verifyFp=${fp}`, `fp=${fp}`, `msToken=${token(rng, 107)}`, `a_bogus=${token(rng, 64)}`,
  ];
  return `${DOUYIN_PATHS[key]}?${q.join('&')}`;
}

/** One captured response (defaults: GET, 200, application/json). */
export function captured(url: string, body: unknown, ts: number, opts: { status?: number; method?: string; mimeType?: string } = {}): CapturedResponse {
  return {
    url, method: opts.method ?? 'GET', status: opts.status ?? 200, mimeType: opts.mimeType ?? 'application/json',
    body: body === null ? null : typeof body === 'string' ? body : JSON.stringify(body), ts,
  };
}

// ── people ────────────────────────────────────────────────────────────────────────────────────────

const SURNAMES = ['小', '阿', '大', '老', '甜', '爱'];
const GIVEN = ['红', '壮', '狸', '玲', '明', '芳', '杰', '静'];
/** A masked buyer/viewer name as the console shows it (用户*** style). */
export function maskedName(rng: Rng): string {
  return rng.chance(0.5) ? `用户${rng.int(1000, 9999)}***` : `${rng.pick(SURNAMES)}***${rng.pick(GIVEN)}`;
}
const COMMENT_TEXTS = ['主播好！', '这个多少钱', '有没有S码', '已下单', '链接在哪', '什么时候发货', '冲冲冲', '能便宜点吗', '质量怎么样', '3号链接'];

// ── comments (百应 comment/info) ────────────────────────────────────────────────────────────────

export interface CommentSpec { id: string; nick: string; text: string; userId?: string }

export function randomComments(rng: Rng, n: number, idStart = 1): CommentSpec[] {
  return Array.from({ length: n }, (_, i) => ({
    id: String(7_400_000_000_000_000_000n + BigInt(idStart + i)), nick: maskedName(rng), text: rng.pick(COMMENT_TEXTS),
  }));
}

/** 百应 中控台 comment poll body. */
export function commentInfoBody(comments: readonly CommentSpec[]): unknown {
  return {
    code: 0, msg: '',
    data: {
      comment_infos: comments.map((c) => ({
        comment_id: c.id, nick_name: c.nick, content: c.text, ...(c.userId ? { user_id: c.userId } : {}),
        create_time: 0,
      })),
      cursor: comments.length > 0 ? comments[comments.length - 1]!.id : '0', has_more: false,
    },
  };
}

// ── room messages (罗盘 大屏 message) ───────────────────────────────────────────────────────────

export interface RoomMessageSpec { id: string; nick: string; userId?: string; count?: number }
export interface CompassMessagesSpec {
  comments?: readonly CommentSpec[];
  enters?: readonly RoomMessageSpec[];
  likes?: readonly RoomMessageSpec[];
  follows?: readonly RoomMessageSpec[];
  fanclub?: readonly RoomMessageSpec[];
  brandVip?: readonly RoomMessageSpec[];
}

function roomMessage(type: string, m: RoomMessageSpec): Record<string, unknown> {
  return {
    msg_type: type, msg_id: m.id, nick_name: m.nick, ...(m.userId ? { user_id: m.userId } : {}),
    ...(m.count !== undefined ? { like_count: m.count } : {}),
  };
}

/** 罗盘 大屏 message poll body (comments and room messages together; absent groups left out, comments null when none). */
export function compassMessagesBody(spec: CompassMessagesSpec): unknown {
  const messages: Record<string, unknown> = {
    comment: spec.comments && spec.comments.length > 0
      ? spec.comments.map((c) => ({ msg_type: 'comment', msg_id: c.id, nick_name: c.nick, content: c.text, ...(c.userId ? { user_id: c.userId } : {}) }))
      : null,
  };
  if (spec.enters) messages.room_enter = spec.enters.map((m) => roomMessage('room_enter', m));
  if (spec.likes) messages.room_like = spec.likes.map((m) => roomMessage('room_like', m));
  if (spec.follows) messages.room_follow = spec.follows.map((m) => roomMessage('room_follow', m));
  if (spec.fanclub) messages.ecom_fansclub_participate = spec.fanclub.map((m) => roomMessage('ecom_fansclub_participate', m));
  if (spec.brandVip) messages.subscribe_merchant_brand_vip = spec.brandVip.map((m) => roomMessage('subscribe_merchant_brand_vip', m));
  return { st: 0, msg: '', data: { messages } };
}

// ── viewer figures (罗盘 大屏 core_data) ────────────────────────────────────────────────────────

export interface CoreDataSpec { online: number; totalViewers?: number; payAmtFen?: number; payUcnt?: number }

const figure = (index_name: string, index_display: string, value: number, unit = 'number') =>
  ({ index_name, index_display, value: { value, unit } });

/** 罗盘 大屏 core figures body. */
export function coreDataBody(spec: CoreDataSpec): unknown {
  return {
    st: 0, msg: '',
    data: {
      pay_amt: { value: spec.payAmtFen ?? 0, unit: 'price' },
      core_data: [
        figure('online_user_cnt', '实时在线人数', spec.online),
        ...(spec.totalViewers !== undefined ? [figure('watch_ucnt', '累计观看人数', spec.totalViewers)] : []),
        figure('pay_ucnt', '成交人数', spec.payUcnt ?? 0),
        figure('gpm', '千次观看成交金额', 0, 'price'),
        figure('avg_watch_duration', '人均观看时长', 42, 'second'),
      ],
    },
  };
}

// ── orders (罗盘 大屏 live_order_stream) ───────────────────────────────────────────────────────

/** Order status codes used by the fixtures (0 已下单 and 3 已支付 are the publicly known ones). */
export const ORDER_STATUS = { created: 0, paid: 3, cancelled: 4 } as const;

export interface OrderSpec {
  orderId: string;
  /** A code (number) or the page's words (退款中 / 已退款 …). */
  status: number | string;
  productId: string;
  title?: string;
  quantity?: number;
  /** Total paid, fen. */
  amountFen: number;
  nick?: string;
  sku?: string;
  orderTs?: number;
}

/** 罗盘 大屏 order stream body. */
export function orderStreamBody(orders: readonly OrderSpec[]): unknown {
  return {
    st: 0, msg: '',
    data: orders.map((o) => ({
      order_id: o.orderId,
      order_status: o.status,
      item_num: o.quantity ?? 1,
      nick_name: o.nick ?? '用户***',
      product_id: o.productId,
      product_title: o.title ?? '商品',
      order_ts: o.orderTs ?? 1_733_300_000,
      pay_amount: o.amountFen,
      ...(o.sku ? { sku_desc: o.sku } : {}),
    })),
  };
}

// ── cart (百应 中控台 promotions_v2) ───────────────────────────────────────────────────────────

export interface PromotionSpec { promotionId: string; productId: string; title?: string; priceFen: number; stock?: number; explaining?: boolean }

/** 百应 中控台 live cart body. */
export function promotionsBody(products: readonly PromotionSpec[], roomId = DOUYIN_ROOM_ID): unknown {
  return {
    code: 0, msg: '',
    data: {
      room_id: roomId,
      promotions: products.map((p, i) => ({
        promotion_id: p.promotionId, product_id: p.productId, title: p.title ?? `商品${i + 1}`,
        min_price: p.priceFen, ...(p.stock !== undefined ? { stock_num: p.stock } : {}),
        is_explaining: p.explaining === true, index: i + 1,
        cover: `https://p3-aio.ecombdimg.com/obj/ecom-shop-material/${p.productId}.jpeg`,
      })),
    },
  };
}

// ── errors and decoys ─────────────────────────────────────────────────────────────────────────────

/** The platform's error envelope (HTTP 200 with st ≠ 0). */
export function apiErrorBody(st = 10012, msg = '当前视角与页面不匹配'): unknown {
  return { st, msg, data: null };
}

/** Responses LiveDeck must ignore: a beacon, an image, and other APIs that carry look-alike fields. */
export function decoys(ts: number, rng: Rng = createRng(7)): CapturedResponse[] {
  return [
    captured('https://mon.zijieapi.com/monitor_browser/collect/batch/?biz_id=buyin', { code: 0 }, ts, { method: 'POST' }),
    captured('https://p3-aio.ecombdimg.com/obj/ecom-shop-material/cover.jpeg', null, ts, { mimeType: 'image/jpeg' }),
    captured('https://compass.jinritemai.com/compass_api/shop/product/product_list', {
      st: 0, data: { data_result: [{ product_id: '1', order_id: 'decoy-1', order_status: 3, pay_amount: 999, msg_id: 'decoy', content: '假评论' }] },
    }, ts),
    captured(`https://buyin.jinritemai.com/api/anchor/livepc/playinfo?msToken=${token(rng, 20)}`, {
      code: 0, data: { room_id: DOUYIN_ROOM_ID, comment_infos: [{ comment_id: 'decoy-c', nick_name: 'x', content: 'y' }] },
    }, ts),
  ];
}

export { createRng };

// ── a whole console session (for replay / review tests) ─────────────────────────────────────────

/** Shop product ids of the session's cart (import them as the show's product ids to see them matched). */
export const SESSION_PRODUCTS = [
  { id: '3600000000000000001', name: '法式碎花连衣裙', priceFen: 19_900, stock: 40 },
  { id: '3600000000000000002', name: '每日坚果礼盒', priceFen: 5_900, stock: 80 },
  { id: '3600000000000000003', name: '降噪耳机', priceFen: 29_900, stock: 10 },
] as const;

/** Figures of `consoleSession()`, worked out by hand from its script (see the comments there). */
export interface ConsoleSessionExpected {
  /** Responses in the session (what a HAR would hold as entries). */
  entries: number;
  /** Events the mapper emits (after de-duplication). */
  events: number;
  /** Items dropped as already emitted (comments repeated by overlapping polls). */
  duplicates: number;
  /** Known endpoints that gave no data: one HTTP 500, one truncated body, one error envelope. */
  unparsed: number;
  /** Unrelated responses (beacons, images, other APIs with look-alike fields). */
  ignored: number;
  /** 成交金额: paid orders, refunds not removed (fen). */
  gmvFen: number;
  paidOrders: number;
  createdOrders: number;
  refundFen: number;
  uniqueComments: number;
  lastOnline: number;
  totalViewers: number;
  /** Product (shop id) on 讲解 at the end. */
  explainingAtEnd: string;
}

/**
 * A 20-second console session as a browser captures it, in time order: ten 2-second polls of the 罗盘 message
 * poll (each repeating the two previous comments), the order stream (the full list of the room's orders each
 * time, with their current status), core figures and the cart, plus an HTTP 500, a truncated body, an error
 * envelope and decoys among them.
 *
 * Script: comments c0…c11 (poll i carries c_i, c_{i+1}, c_{i+2}) → 12 unique, 30 delivered, 18 repeats.
 * Orders: o1 连衣裙 ×1 = 19 900 fen, 已下单 at poll 1, 已支付 at poll 3, 已退款 at poll 8;
 *         o2 坚果 ×2 = 11 800 fen, first seen 已支付 at poll 4;
 *         o3 耳机 ×1 = 29 900 fen, 已下单 at poll 2, 超时未支付 at poll 7.
 *   ⇒ GMV 31 700 (o1 + o2), 2 paid, 3 created, refunds 19 900, o3 never paid.
 * Figures: online 100 + 10·i, cumulative 1000 + 150·i (poll 9's core data is an HTTP 500 → last read is poll 8:
 *   online 180, cumulative 2200). Cart: 连衣裙 on 讲解 from poll 0, 耳机 from poll 5.
 */
export function consoleSession(t0 = 1_733_300_000_000, seed = 13): { responses: CapturedResponse[]; expected: ConsoleSessionExpected } {
  const rng = createRng(seed);
  const [dress, nuts, buds] = SESSION_PRODUCTS;
  const comments: CommentSpec[] = Array.from({ length: 12 }, (_, i) => ({
    id: `74000000000000${String(100 + i)}`, nick: maskedName(rng), text: COMMENT_TEXTS[i % COMMENT_TEXTS.length]!,
  }));
  const orderAt = (poll: number): OrderSpec[] => {
    const out: OrderSpec[] = [];
    if (poll >= 1) out.push({ orderId: '6930000000000000001', productId: dress.id, title: dress.name, amountFen: 19_900, nick: '用户5512***', sku: '碎花 M',
      status: poll >= 8 ? '已退款' : poll >= 3 ? ORDER_STATUS.paid : ORDER_STATUS.created });
    if (poll >= 2) out.push({ orderId: '6930000000000000003', productId: buds.id, title: buds.name, amountFen: 29_900, nick: '阿***明',
      status: poll >= 7 ? '超时未支付' : ORDER_STATUS.created });
    if (poll >= 4) out.push({ orderId: '6930000000000000002', productId: nuts.id, title: nuts.name, quantity: 2, amountFen: 11_800, nick: '用户8031***', status: ORDER_STATUS.paid });
    return out;
  };
  const responses: CapturedResponse[] = [];
  let events = 0;
  for (let i = 0; i < 10; i++) {
    const t = t0 + i * 2000;
    // Comments (3 per poll; from poll 1 on, 2 of them repeats) and, on even polls, an entry.
    responses.push(captured(douyinUrl('compassMessage', rng), compassMessagesBody({
      comments: comments.slice(i, i + 3), ...(i % 2 === 0 ? { enters: [{ id: `7500000000000000${String(10 + i)}`, nick: maskedName(rng) }] } : {}),
    }), t + 100));
    events += (i === 0 ? 3 : 1) + (i % 2 === 0 ? 1 : 0);
    // Orders: poll 5's body is truncated (the browser kept only part of it).
    const orderBody = JSON.stringify(orderStreamBody(orderAt(i)));
    responses.push(captured(douyinUrl('compassOrderStream', rng), i === 5 ? orderBody.slice(0, Math.floor(orderBody.length / 2)) : orderBody, t + 300));
    // Figures: poll 9 fails with HTTP 500.
    responses.push(captured(douyinUrl('compassCoreData', rng), i === 9 ? '{"st":500,"msg":"服务器错误"}' : coreDataBody({ online: 100 + 10 * i, totalViewers: 1000 + 150 * i }), t + 500, i === 9 ? { status: 500 } : {}));
    if (i !== 9) events += 1;
    // Cart at polls 0 and 5 (讲解 moves from the dress to the earbuds), an error envelope at poll 7.
    if (i === 0 || i === 5) {
      responses.push(captured(douyinUrl('buyinPromotions', rng), promotionsBody(SESSION_PRODUCTS.map((p, k) => ({
        promotionId: `37000000000000000${k + 1}`, productId: p.id, title: p.name, priceFen: p.priceFen, stock: i === 5 && k === 0 ? p.stock - 1 : p.stock,
        explaining: i === 0 ? k === 0 : k === 2,
      }))), t + 700));
      events += i === 0 ? 3 + 1 : 1 + 2; // poll 0: 3 product.state + explain start; poll 5: dress stock changed + stop + start
    }
    if (i === 7) responses.push(captured(douyinUrl('buyinPromotions', rng), apiErrorBody(10012), t + 700));
    if (i % 3 === 0) responses.push(...decoys(t + 900, rng));
  }
  // Order events: o1 created, paid, refund.approved; o3 created, cancelled; o2 created + paid (poll 5's truncated body is re-read at poll 6).
  events += 3 + 2 + 2;
  const decoyCount = 4 * 4; // polls 0, 3, 6, 9
  return {
    responses,
    expected: {
      entries: responses.length, events, duplicates: 18, unparsed: 3, ignored: decoyCount,
      gmvFen: 31_700, paidOrders: 2, createdOrders: 3, refundFen: 19_900, uniqueComments: 12,
      lastOnline: 180, totalViewers: 2200, explainingAtEnd: buds.id,
    },
  };
}

// ── serving the same endpoints from a local fake console ───────────────────────────────────────

/** The path (no host, no query) of an endpoint, for a local fake console page to serve. */
export function douyinPath(key: DouyinPathKey): string {
  return DOUYIN_PATHS[key].replace(/^https:\/\/[^/]+/, '');
}

/**
 * The shipped rules with every endpoint's host swapped for `host` (e.g. "127.0.0.1"; ports are not part
 * of the match) and that host added to the navigation allow-list: a fake console served by a test
 * matches the same endpoints, by the same paths, as the real pages.
 */
export function localDouyinRules(rules: DouyinRules, host: string): DouyinRules {
  const escaped = host.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    ...rules,
    domains: [...rules.domains, host.toLowerCase()],
    endpoints: rules.endpoints.map((e) => ({ ...e, urlPattern: e.urlPattern.replace(/^\^(\([^)]*\)|[^/(])+?\//, `^${escaped}/`) })),
  };
}
