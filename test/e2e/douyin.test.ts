import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../../electron/hub/hub';
import { startBrowserMode } from '../../electron/connectors/douyin/browserMode';
import { defaultDouyinRules } from '../../shared/connectors/douyin';
import { HTTP_API } from '../../shared/protocol/http';
import { startFakeConsole, type FakeConsole } from '../support/douyin/fakeConsole';
import { localDouyinRules } from '../support/douyin/payloads';
import { findChromium, launchArgs, launchBrowser } from './support/browser';

/**
 * Issue 13, "done when": against a local fake console in Chromium, the browser-mode connector
 * (headless) reads the page's own responses into the hub — comments, orders and viewer counts
 * appear in the console within a second; take-next switches the fake page's 讲解 within a second
 * (and its refusal text comes back); a reply reaches the fake public screen; the kill switch
 * refuses; a changed response shape shows as a health warning and nothing crashes.
 */
const STATIC = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
const WITHIN_MS = 1000;
const dataDir = mkdtempSync(join(tmpdir(), 'ld-e2e-douyin-'));
const profileDir = mkdtempSync(join(tmpdir(), 'ld-e2e-douyin-profile-'));
let hub: Hub;
let fake: FakeConsole;
let connector: Awaited<ReturnType<typeof startBrowserMode>>;
let browser: Browser;
let page: Page;
const logs: string[] = [];

/** Resolves with the ms it took `check` to hold (polled every 20 ms), or throws after `timeoutMs`. */
async function timeUntil(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<number> {
  const t0 = Date.now();
  for (;;) {
    if (await check()) return Date.now() - t0;
    if (Date.now() - t0 > timeoutMs) throw new Error(`not within ${timeoutMs} ms; connector log:\n${logs.join('\n')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
const tileValue = async (id: string) => Number(await page.getAttribute(`[data-testid=${id}]`, 'data-value'));
const douyin = () => hub.sources.list().find((s) => s.id === 'douyin');

beforeAll(async () => {
  hub = await startHub({ source: null, ingest: { start: true }, staticDir: STATIC, dataDir, record: false });
  const products = hub.room.show.products.slice(0, 4);
  fake = await startFakeConsole({ products: products.map((p, i) => ({ promotionId: `pr${i}`, productId: p.id, title: p.name, priceFen: p.price, stock: p.stock })) });
  connector = await startBrowserMode({
    ingestUrl: hub.ingestUrl, rules: localDouyinRules(defaultDouyinRules(), '127.0.0.1'), consoleUrl: fake.consoleUrl, profileDir,
    executablePath: findChromium(), headless: true, extraArgs: launchArgs(), loginPollMs: 200, log: (l) => logs.push(l),
  });
  fake.scanQr();
  await timeUntil(() => douyin()?.state === 'live', 30_000);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  await page.goto(`${hub.url}/?token=${encodeURIComponent(hub.tokenFor('assistant'))}&role=assistant#/console`);
  await page.waitForSelector('[data-testid=platform-actions][data-kinds="explain reply"]', { timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
  await connector?.stop();
  await fake?.close();
  await hub?.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(profileDir, { recursive: true, force: true });
});

describe('the Douyin console, read and driven in browser mode', () => {
  it('comments, orders and viewer counts from the page reach the console within a second', async () => {
    expect(douyin()).toMatchObject({ kind: 'douyin', state: 'live', actions: ['explain', 'reply'] });
    const [p1] = hub.room.show.products;
    // Latency from the moment the page received the response (the page's own poll interval is the platform's business).
    const seen = async (what: 'comments' | 'core' | 'orders', check: () => Promise<boolean>) => {
      await timeUntil(check);
      const at = Date.now();
      return at - (fake.servedAt(what) ?? at);
    };
    fake.addComments([{ id: 'dy-c-1', nick: '用户***', text: '这件有S码吗' }]);
    const comment = await seen('comments', async () => (await page.locator('[data-testid=comment-item]', { hasText: '这件有S码吗' }).count()) > 0);
    fake.setCore({ online: 321, totalViewers: 4567 });
    const online = await seen('core', async () => (await tileValue('metric-online')) === 321);
    fake.putOrders([{ orderId: 'dy-o-1', status: 3, productId: p1!.id, amountFen: 9900, quantity: 1 }]);
    const gmv = await seen('orders', async () => (await tileValue('metric-gmv')) >= 9900);
    const within = (ms: number) => ms <= WITHIN_MS;
    expect({ comment, online, gmv }, `ms from page to console: ${JSON.stringify({ comment, online, gmv })}`)
      .toEqual({ comment: expect.toSatisfy(within), online: expect.toSatisfy(within), gmv: expect.toSatisfy(within) });
  });

  it('take-next switches the page\'s 讲解 to the on-air product within a second; the page\'s refusal comes back as a toast', async () => {
    const onAir = () => hub.room.show.slots.find((s) => s.id === hub.room.live.onAirSlotId)?.productId;
    const t0 = Date.now();
    await page.click('[data-testid=take-next]');
    await timeUntil(() => onAir() !== undefined);
    await timeUntil(() => fake.explaining() === onAir());
    expect(Date.now() - t0).toBeLessThanOrEqual(WITHIN_MS);

    fake.refuseExplain('当前用户未开播');
    await new Promise((r) => setTimeout(r, 2100)); // one 讲解 switch per 2 s
    await page.click('[data-testid=take-next]');
    await page.waitForSelector('.toast >> text=当前用户未开播', { timeout: 10_000 });
    expect(fake.clicks().at(-1)).toMatchObject({ what: 'explain', ok: false });
    fake.refuseExplain(null);
  });

  it('a typed reply, confirmed, appears on the page\'s public screen (置顶 set)', async () => {
    await page.fill('[data-testid=platform-reply-text]', '今晚下单都送运费险');
    await page.check('[data-testid=platform-reply-pin]');
    await page.click('[data-testid=platform-reply-send]');
    await page.click('[data-testid=platform-reply-yes]');
    await timeUntil(() => fake.publicScreen().some((m) => m.text === '今晚下单都送运费险'));
    expect(fake.publicScreen().at(-1)).toEqual({ text: '今晚下单都送运费险', pinned: true });
    await page.waitForSelector('.toast >> text=公屏回复', { timeout: 10_000 });
  });

  it('the producer\'s kill switch refuses every platform action with a code', async () => {
    const producer = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    await producer.goto(`${hub.url}/?token=${encodeURIComponent(hub.token)}&role=producer#/sources`);
    await producer.click('[data-testid=kill-switch-toggle]');
    await producer.waitForSelector('[data-testid=kill-switch][data-on=true]');
    await page.waitForSelector('[data-testid=platform-actions][data-killed=true]');
    const clicksBefore = fake.clicks().length;
    const res = await fetch(`${hub.url}${HTTP_API.platformAction.path}`, {
      method: 'POST', body: JSON.stringify({ kind: 'reply', text: '不该发出', pin: false }),
      headers: { authorization: `Bearer ${hub.tokenFor('assistant')}`, 'x-livedeck-role': 'assistant', 'content-type': 'application/json' },
    });
    expect((await res.json()).record.result).toEqual({ ok: false, code: 'kill_switch' });
    await page.click('[data-testid=take-next]');
    await new Promise((r) => setTimeout(r, 1500));
    expect(fake.clicks().length).toBe(clicksBefore);
    expect(fake.publicScreen().some((m) => m.text === '不该发出')).toBe(false);
    expect(hub.actions.state.log.map((r) => r.result?.code)).toContain('kill_switch');
    // Every request and its result is in the review page's log.
    await producer.goto(`${hub.url}/?token=${encodeURIComponent(hub.token)}&role=producer#/review`);
    await producer.waitForSelector('[data-testid=platform-action][data-kind=reply][data-code=kill_switch]', { timeout: 15_000 });
    await producer.waitForSelector('[data-testid=platform-action][data-kind=explain][data-code=done]');
    await producer.waitForSelector('[data-testid=platform-action][data-kind=explain][data-code=page_error]');
    await producer.waitForSelector('[data-testid=platform-action][data-kind=kill_on]');
    await producer.close();
  });

  it('a changed response shape shows as a health warning on the sources page, and nothing crashes', async () => {
    fake.changeShape(true);
    await timeUntil(() => (douyin()?.unparsed ?? 0) > 0);
    const producer = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    await producer.goto(`${hub.url}/?token=${encodeURIComponent(hub.token)}&role=producer#/sources`);
    await producer.waitForSelector('[data-testid=source-douyin] >> text=无法识别', { timeout: 10_000 });
    expect(douyin()!.state).toBe('live');
    expect((await fetch(`${hub.url}/healthz`)).ok).toBe(true);
    await producer.close();
  });
});
