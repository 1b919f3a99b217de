/**
 * A six-minute broadcast of the seller's Douyin console as a browser saves it ("Save all as HAR"):
 * 百应 中控台 comment polls that overlap, 罗盘 大屏 viewer figures and order stream (待支付 → 已支付 →
 * 退款中 → 已退款, and 超时未支付), the 中控台 cart with a 讲解 switch, an HTTP 500, a truncated body, an
 * API error envelope, and unrelated entries — a page, a script, an image, a beacon, a blocked request
 * and decoys from other APIs that carry "comment"/"order_id"-like fields. Every figure a test checks
 * is worked out by hand from the list below (see test/unit/connectors/har/reviewHar.test.ts).
 */
import {
  commentInfoBody, coreDataBody, decoys, douyinUrl, orderStreamBody, promotionsBody, apiErrorBody,
  type CommentSpec, type OrderSpec,
} from '../douyin/payloads';
import { createRng } from '../../../shared/domain/rng';
import { harText, type HarEntrySpec, type HarOptions } from './buildHar';

/** 2026-12-04 20:00 Beijing time. */
export const SESSION_T0 = Date.UTC(2026, 11, 4, 12, 0, 0);
const s = (sec: number) => SESSION_T0 + sec * 1000;

const C: Record<string, CommentSpec> = {
  c1: { id: '7440000000000000001', nick: '用户4821***', text: '主播好！' },
  c2: { id: '7440000000000000002', nick: '小***红', text: '有没有S码' },
  c3: { id: '7440000000000000003', nick: '用户1093***', text: '这个多少钱' },
  c4: { id: '7440000000000000004', nick: '阿***明', text: '已下单' },
  c5: { id: '7440000000000000005', nick: '用户7310***', text: '什么时候发货' },
  c6: { id: '7440000000000000006', nick: '甜***芳', text: '质量怎么样' },
  c7: { id: '7440000000000000007', nick: '用户2208***', text: '链接在哪' },
  c8: { id: '7440000000000000008', nick: '老***杰', text: '冲冲冲' },
};

const P1 = '3601001'; // 连衣裙, ¥59.90
const P2 = '3601002'; // 风衣, ¥129.00
const order = (orderId: string, status: number | string, productId: string, quantity: number, amountFen: number, nick: string): OrderSpec =>
  ({ orderId, status, productId, quantity, amountFen, nick, title: productId === P1 ? '法式碎花连衣裙' : '双排扣风衣' });
const O1 = (st: number | string) => order('6930000000000000101', st, P1, 2, 11_980, '用户5521***');
const O2 = (st: number | string) => order('6930000000000000102', st, P2, 1, 12_900, '小***玲');
const O3 = (st: number | string) => order('6930000000000000103', st, P1, 1, 5_990, '用户8804***');
const O4 = (st: number | string) => order('6930000000000000104', st, P2, 1, 12_900, '大***静');

/** The entries, in the order the browser started them. */
export function douyinSessionEntries(): HarEntrySpec[] {
  const rng = createRng(18);
  const url = (k: Parameters<typeof douyinUrl>[0]) => douyinUrl(k, rng);
  const json = (body: unknown) => JSON.stringify(body);
  const comments = (at: number, list: CommentSpec[], extra: Partial<HarEntrySpec> = {}): HarEntrySpec =>
    ({ url: url('buyinCommentInfo'), startedAt: s(at), body: json(commentInfoBody(list)), ...extra });
  const core = (at: number, online: number, totalViewers: number, extra: Partial<HarEntrySpec> = {}): HarEntrySpec =>
    ({ url: url('compassCoreData'), startedAt: s(at), body: json(coreDataBody({ online, totalViewers })), ...extra });
  const orders = (at: number, list: OrderSpec[]): HarEntrySpec =>
    ({ url: url('compassOrderStream'), startedAt: s(at), body: json(orderStreamBody(list)) });
  const cart = (at: number, explaining: string, stock1: number, stock2: number): HarEntrySpec => ({
    url: url('buyinPromotions'), startedAt: s(at), body: json(promotionsBody([
      { promotionId: '3700000001', productId: P1, title: '法式碎花连衣裙', priceFen: 5_990, stock: stock1, explaining: explaining === P1 },
      { promotionId: '3700000002', productId: P2, title: '双排扣风衣', priceFen: 12_900, stock: stock2, explaining: explaining === P2 },
    ])),
  });
  const decoy = decoys(s(90)).map((d, i): HarEntrySpec => ({
    url: d.url, method: d.method, startedAt: s(90 + i), status: d.status, mimeType: d.mimeType, body: d.body,
    resourceType: d.mimeType?.startsWith('image') ? 'image' : d.method === 'POST' ? 'ping' : 'xhr',
  }));
  return [
    { url: 'https://buyin.jinritemai.com/dashboard/live/control', startedAt: s(0), mimeType: 'text/html', body: '<!doctype html><title>巨量百应</title>', resourceType: 'document' },
    { url: 'https://lf3-cdn-tos.bytescm.com/obj/static/buyin/live-control.js', startedAt: s(1), mimeType: 'application/javascript', body: 'window.a=1;', resourceType: 'script' },
    comments(5, [C.c1!, C.c2!, C.c3!]),
    core(10, 120, 800),
    cart(15, P1, 100, 50),
    orders(20, [O1(0), O2('待支付')]),
    comments(65, [C.c2!, C.c3!, C.c4!, C.c5!]),
    core(70, 150, 1_200, { base64: true }),
    orders(80, [O1(3), O2(3), O3(0), O4(0)]),
    ...decoy,
    { url: 'https://mcs.zijieapi.com/list', method: 'POST', postData: '[{"events":[]}]', startedAt: s(100), status: 0, body: null, resourceType: 'ping' },
    comments(125, [C.c5!, C.c6!]),
    core(130, 180, 1_650),
    orders(140, [O1(3), O2('已支付'), O3(3), O4('超时未支付')]),
    comments(185, [C.c6!, C.c7!], { status: 500, mimeType: 'text/html', body: '<html><body>500 Internal Server Error</body></html>' }),
    cart(190, P2, 97, 49),
    orders(200, [O1(3), O2('退款中'), O3(3), O4(4)]),
    comments(245, [C.c6!, C.c7!, C.c8!], { cutTo: 120 }),
    { url: url('compassOrderStream'), startedAt: s(260), body: json(apiErrorBody()) },
    comments(305, [C.c6!, C.c7!, C.c8!]),
    core(310, 140, 2_300),
    orders(320, [O1(3), O2('已退款'), O3(3), O4(4)]),
  ];
}

/** The session as the HAR file text (Chrome by default). */
export function douyinSessionHar(opts: HarOptions = {}): string {
  return harText(douyinSessionEntries(), { pageUrl: 'https://buyin.jinritemai.com/dashboard/live/control', ...opts });
}
