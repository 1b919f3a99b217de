import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  commentInfoBody, compassMessagesBody, coreDataBody, douyinPath, orderStreamBody, promotionsBody,
  type CommentSpec, type CoreDataSpec, type OrderSpec, type PromotionSpec,
} from './payloads';

/**
 * A local stand-in for the seller's console (巨量百应 中控台 / 罗盘 大屏) for tests without the internet:
 * a login page with a fake QR step (the test "scans" it), then a console page that polls the same
 * endpoint paths as the real pages (host differs: use payloads.ts `localDouyinRules(rules, '127.0.0.1')`) with payloads from
 * dm's builders, shows the cart with 讲解 buttons (the explained one highlighted; it can answer
 * 当前用户未开播), a comment box + send button that appends to a "public screen" list, a 置顶
 * checkbox. It records every click and post, and can switch every endpoint to a CHANGED shape.
 * The page's markup follows the selectors of assets/connectors/douyin.json.
 */
export interface FakeConsole {
  /** The login page (the console page redirects there without a session). */
  url: string;
  consoleUrl: string;
  /** The phone app approved the QR code: the login page sets the session and opens the console. */
  scanQr(): void;
  addComments(c: CommentSpec[]): void;
  /** Add or update orders (same orderId: a status change). */
  putOrders(o: OrderSpec[]): void;
  setCore(c: CoreDataSpec): void;
  /** The page refuses 讲解 with this text (null: it obeys). */
  refuseExplain(text: string | null): void;
  /** Every endpoint answers with a shape the mappers do not know. */
  changeShape(on: boolean): void;
  /**
   * When the page was first served the latest change of comments / viewer figures / orders (epoch ms;
   * null before): latency is measured from what the page received, not from the page's poll interval.
   */
  servedAt(what: 'comments' | 'core' | 'orders'): number | null;
  explaining(): string | null;
  publicScreen(): Array<{ text: string; pinned: boolean }>;
  clicks(): Array<{ what: 'explain'; productId: string; ok: boolean }>;
  close(): Promise<void>;
}

const P = {
  comments: douyinPath('buyinCommentInfo'),
  message: douyinPath('compassMessage'),
  core: douyinPath('compassCoreData'),
  orders: douyinPath('compassOrderStream'),
  cart: douyinPath('buyinPromotions'),
};

const LOGIN_PAGE = `<!doctype html><meta charset="utf-8"><title>登录</title>
<h1>扫码登录（测试）</h1><div id="qr">[QR]</div><p id="qr-state">等待扫码</p>
<script>
setInterval(async () => {
  const r = await fetch('/fake/qr', { method: 'POST' }).then((x) => x.json());
  if (r.scanned) location.href = '/console';
}, 150);
</script>`;

const CONSOLE_PAGE = `<!doctype html><meta charset="utf-8"><title>直播中控台（测试）</title>
<style>.explaining{outline:3px solid orange}.auxo-message{position:fixed;top:0;left:40%}</style>
<div class="header_fake">中控台 · 已登录</div>
<div id="goods"></div>
<div id="input-comment-block-id">
  <textarea rows="2"></textarea>
  <label><input type="checkbox" id="pin">置顶</label>
  <div class="inputSuffix_fake" role="button">发送</div>
</div>
<ul id="screen"></ul>
<div class="auxo-message" id="toasts"></div>
<script>
const q = (s) => document.querySelector(s);
let products = [];
function toast(text) {
  const el = document.createElement('div');
  el.className = 'auxo-message-notice-content';
  el.textContent = text;
  q('#toasts').appendChild(el);
  setTimeout(() => el.remove(), 3000);
}
function renderGoods() {
  const box = q('#goods');
  box.textContent = '';
  for (const p of products) {
    const item = document.createElement('div');
    item.className = 'goodsItem_fake' + (p.is_explaining ? ' explaining' : '');
    item.dataset.testid = 'fake-product';
    item.dataset.productId = p.product_id;
    const idx = document.createElement('div');
    idx.className = 'indexWrapper_fake';
    const input = document.createElement('input');
    input.value = p.product_id;
    idx.appendChild(input);
    const title = document.createElement('span');
    title.textContent = p.title;
    const act = document.createElement('div');
    act.className = 'goodsAction_fake';
    const btn = document.createElement('button');
    btn.textContent = p.is_explaining ? '取消讲解' : '讲解';
    btn.onclick = async () => {
      const r = await fetch('/fake/explain', { method: 'POST', body: JSON.stringify({ productId: p.product_id, cancel: p.is_explaining }) }).then((x) => x.json());
      if (!r.ok) return toast(r.msg);
      const on = !p.is_explaining;
      for (const o of products) o.is_explaining = on && o.product_id === p.product_id;
      renderGoods();
    };
    act.appendChild(btn);
    item.append(idx, title, act);
    box.appendChild(item);
  }
}
q('.inputSuffix_fake').onclick = async () => {
  const ta = q('#input-comment-block-id textarea');
  const text = ta.value.trim();
  if (!text) return toast('请输入评论内容');
  const r = await fetch('/fake/comment', { method: 'POST', body: JSON.stringify({ text, pin: q('#pin').checked }) }).then((x) => x.json());
  if (!r.ok) return toast(r.msg);
  ta.value = '';
  q('#pin').checked = false;
  const li = document.createElement('li');
  li.textContent = text;
  q('#screen').appendChild(li);
};
const get = (p) => fetch(p + '?verifyFp=verify_fake&msToken=fake&a_bogus=fake').then((r) => r.json()).catch(() => null);
async function poll() {
  const [, , , , cart] = await Promise.all([get('${P.comments}'), get('${P.message}'), get('${P.core}'), get('${P.orders}'), get('${P.cart}')]);
  const list = cart && cart.data && cart.data.promotions;
  if (Array.isArray(list)) { products = list; renderGoods(); }
}
setInterval(poll, 250);
poll();
</script>`;

export async function startFakeConsole(opts: { products: PromotionSpec[] }): Promise<FakeConsole> {
  let scanned = false;
  let refusal: string | null = null;
  let changed = false;
  const comments: CommentSpec[] = [];
  const orders = new Map<string, OrderSpec>();
  let core: CoreDataSpec = { online: 0, totalViewers: 0 };
  let explaining: string | null = opts.products.find((p) => p.explaining)?.productId ?? null;
  const screen: Array<{ text: string; pinned: boolean }> = [];
  const clicks: Array<{ what: 'explain'; productId: string; ok: boolean }> = [];

  const json = (res: ServerResponse, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  };
  const html = (res: ServerResponse, body: string) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  };
  const readJson = async (req: IncomingMessage): Promise<Record<string, unknown>> => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    try { return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>; } catch { return {}; }
  };
  const loggedIn = (req: IncomingMessage) => /(?:^|;\s*)sessionid=fake/.test(req.headers.cookie ?? '');
  const changedBody = { st: 0, data: { list_v9: [{ x: 1 }] } };
  type Served = 'comments' | 'core' | 'orders';
  const pending = new Set<Served>();
  const served: Record<Served, number | null> = { comments: null, core: null, orders: null };
  const serve = (what: Served) => { if (pending.delete(what)) served[what] = Date.now(); };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    void (async () => {
      if (url.pathname === '/') return html(res, LOGIN_PAGE);
      if (url.pathname === '/fake/qr') return json(res, { scanned }, scanned ? { 'set-cookie': 'sessionid=fake; Path=/; HttpOnly' } : {});
      if (url.pathname === '/console') {
        if (!loggedIn(req)) { res.writeHead(302, { location: '/' }); return res.end(); }
        return html(res, CONSOLE_PAGE);
      }
      if (!loggedIn(req)) return json(res, { st: 10001, msg: '未登录', data: null });
      if (url.pathname === '/fake/explain') {
        const body = await readJson(req);
        const productId = String(body.productId ?? '');
        const ok = refusal === null;
        clicks.push({ what: 'explain', productId, ok });
        if (!ok) return json(res, { ok: false, msg: refusal });
        explaining = body.cancel ? null : productId;
        return json(res, { ok: true });
      }
      if (url.pathname === '/fake/comment') {
        const body = await readJson(req);
        screen.push({ text: String(body.text ?? ''), pinned: body.pin === true });
        return json(res, { ok: true });
      }
      if (changed && Object.values(P).includes(url.pathname)) return json(res, changedBody);
      if (url.pathname === P.comments) { serve('comments'); return json(res, commentInfoBody(comments.slice(-50))); }
      if (url.pathname === P.message) return json(res, compassMessagesBody({}));
      if (url.pathname === P.core) { serve('core'); return json(res, coreDataBody(core)); }
      if (url.pathname === P.orders) { serve('orders'); return json(res, orderStreamBody([...orders.values()])); }
      if (url.pathname === P.cart) {
        return json(res, promotionsBody(opts.products.map((p) => ({ ...p, explaining: p.productId === explaining }))));
      }
      res.writeHead(404);
      res.end();
    })().catch(() => { if (!res.headersSent) res.writeHead(500); res.end(); });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    consoleUrl: `${origin}/console`,
    scanQr: () => { scanned = true; },
    addComments: (c) => { comments.push(...c); pending.add('comments'); served.comments = null; },
    putOrders: (o) => { for (const x of o) orders.set(x.orderId, x); pending.add('orders'); served.orders = null; },
    setCore: (c) => { core = c; pending.add('core'); served.core = null; },
    servedAt: (what) => served[what],
    refuseExplain: (text) => { refusal = text; },
    changeShape: (on) => { changed = on; },
    explaining: () => explaining,
    publicScreen: () => [...screen],
    clicks: () => [...clicks],
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
