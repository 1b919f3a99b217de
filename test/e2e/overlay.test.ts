import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { io as connect } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../../electron/hub/hub';
import type { CommandAck } from '../../shared/protocol/commands';
import { OVERLAY_NAMESPACE } from '../../shared/protocol/socket';
import { joinHub, type TestClient } from '../support/hubClient';
import { comment, manualSource } from '../support/manualSource';
import { launchBrowser } from './support/browser';

/**
 * Issue 17 item 1 in Chromium: the overlay URL (`/?token=<overlay token>#/overlay/<kind>`) follows
 * the room within a second — a question the assistant pushes, take-next, a 福袋 countdown — on a
 * transparent 1920×1080 page with no app shell, and its token cannot send a command. Screenshots of
 * each overlay in both themes go to test-results/screenshots/overlay-*.png.
 */
const STATIC = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const FOLLOW_MS = 1000;
const dataDir = mkdtempSync(join(tmpdir(), 'ld-e2e-overlay-'));
const source = manualSource();
let hub: Hub;
let browser: Browser;
let assistant: TestClient;
let overlayToken: string;
const pageErrors: string[] = [];

const overlayUrl = (kind: string, extra = '') => `${hub.url}/?token=${encodeURIComponent(overlayToken)}${extra}#/overlay/${kind}`;
const onAirName = () => {
  const slot = hub.room.show.slots.find((s) => s.id === hub.room.live.onAirSlotId);
  return hub.room.show.products.find((p) => p.id === slot?.productId)?.name ?? '';
};

async function open(url: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('[data-testid=overlay-root]', { timeout: 15_000 });
  return page;
}

/** Pushes a viewer comment into the room and returns its id once the hub has it. */
async function viewerSays(text: string): Promise<string> {
  source.push([comment(text)]);
  await assistant.waitDelta((d) => (d.comments ?? []).some((c) => c.text === text));
  return hub.room.snapshot(Date.now()).comments.find((c) => c.text === text)!.id;
}

/** Alpha of the four corner pixels of a PNG, read back in the browser (no PNG package needed). */
async function cornerAlphas(page: Page, png: Buffer): Promise<number[]> {
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      return [[0, 0], [img.width - 1, 0], [0, img.height - 1], [img.width - 1, img.height - 1]].map(([x, y]) => g.getImageData(x!, y!, 1, 1).data[3]!);
    }, png.toString('base64'));
  } finally {
    await blank.close();
  }
}

/** Saves the overlay as OBS composites it (transparent), and over a video-like picture to look at. */
async function shoot(page: Page, name: string): Promise<Buffer> {
  const png = await page.screenshot({ path: `${SHOTS}overlay-${name}.png`, omitBackground: true });
  await page.evaluate(() => { document.body.style.background = 'linear-gradient(135deg, #3a5f7d 0%, #c9a27e 45%, #f2efe9 55%, #24303a 100%)'; });
  await page.screenshot({ path: `${SHOTS}overlay-${name}-over-video.png` });
  await page.evaluate(() => { document.body.style.background = ''; });
  return png;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  hub = await startHub({ source, staticDir: STATIC, dataDir });
  overlayToken = hub.credentials.issue('overlay').secret;
  browser = await launchBrowser();
  assistant = await joinHub(hub.url, { token: hub.tokenFor('assistant'), role: 'assistant' });
});

afterAll(async () => {
  assistant?.close();
  await browser?.close();
  await hub?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('overlay pages in Chromium', () => {
  let question: Page;
  let product: Page;
  let lowerThird: Page;

  it('open with the overlay token on a transparent page without the app shell', async () => {
    question = await open(overlayUrl('question'));
    product = await open(overlayUrl('product'));
    lowerThird = await open(overlayUrl('lower-third', '&theme=dark'));
    await product.waitForSelector('[data-testid=overlay-product]', { timeout: 5000 });
    for (const page of [question, product, lowerThird]) {
      const look = await page.evaluate(() => ({
        html: getComputedStyle(document.documentElement).backgroundColor,
        body: getComputedStyle(document.body).backgroundColor,
        root: getComputedStyle(document.getElementById('root')!).backgroundColor,
        shell: document.querySelectorAll('.app, .statusbar, [data-testid=conn-banner], header.status').length,
        size: [innerWidth, innerHeight],
        url: location.href,
      }));
      expect(look).toMatchObject({ html: 'rgba(0, 0, 0, 0)', body: 'rgba(0, 0, 0, 0)', root: 'rgba(0, 0, 0, 0)', shell: 0, size: [1920, 1080] });
      expect(look.url).not.toContain(overlayToken);
    }
    // Nothing pushed yet: the question overlays show nothing.
    expect(await question.locator('[data-testid=overlay-question]').count()).toBe(0);
    expect(await lowerThird.locator('[data-testid=overlay-lower-third]').count()).toBe(0);
    expect((await product.textContent('[data-testid=overlay-product-name]'))?.trim()).toBe(onAirName());
  });

  it('shows a question the assistant pushes within a second, on both question overlays', async () => {
    const id = await viewerSays('这件大衣有S码吗？165能穿吗');
    const t0 = Date.now();
    const ack = await assistant.command({ type: 'comment.push', commentId: id });
    expect(ack.ok).toBe(true);
    await Promise.all([
      question.waitForSelector(`[data-testid=overlay-question][data-comment-id="${id}"]`, { timeout: 5000 }),
      lowerThird.waitForSelector(`[data-testid=overlay-lower-third][data-comment-id="${id}"]`, { timeout: 5000 }),
    ]);
    expect(Date.now() - t0).toBeLessThan(FOLLOW_MS);
    expect(await question.textContent('[data-testid=overlay-question-text]')).toBe('这件大衣有S码吗？165能穿吗');
    expect(await question.textContent('[data-testid=overlay-question]')).toContain('观众提问');
    expect(await lowerThird.textContent('[data-testid=overlay-lower-third-text]')).toBe('这件大衣有S码吗？165能穿吗');
  });

  it('follows take-next within a second and shows a 福袋 countdown with its 口令', async () => {
    const before = await product.getAttribute('[data-testid=overlay-product]', 'data-product-id');
    const t0 = Date.now();
    expect((await assistant.command({ type: 'slot.takeNext' })).ok).toBe(true);
    await product.waitForFunction((prev) => {
      const id = document.querySelector('[data-testid=overlay-product]')?.getAttribute('data-product-id');
      return !!id && id !== prev;
    }, before, { timeout: 5000 });
    expect(Date.now() - t0).toBeLessThan(FOLLOW_MS);
    expect((await product.textContent('[data-testid=overlay-product-name]'))?.trim()).toBe(onAirName());
    expect(await product.textContent('[data-testid=overlay-price]')).toMatch(/^¥\d/);

    expect((await assistant.command({ type: 'cue.fire', kind: 'lucky_bag', note: '福袋', code: '关注主播领福袋', countdownSec: 150 })).ok).toBe(true);
    const act = product.locator('[data-testid=overlay-activity][data-kind=lucky_bag]');
    await act.waitFor({ timeout: 2000 });
    expect(await act.textContent()).toContain('福袋');
    expect(await act.textContent()).toContain('关注主播领福袋');
    expect(await act.locator('[data-testid=overlay-countdown]').textContent()).toMatch(/^0[12]:\d\d$/);
  });

  /** The card lies wholly inside the 1920×1080 stage. */
  const inside = async (page: Page) => {
    const box = (await page.locator('.ov-card, .ov-lt').first().boundingBox())!;
    return box.x >= 0 && box.y >= 0 && box.x + box.width <= 1920 && box.y + box.height <= 1080 && box.width > 300;
  };

  it.each(['question', 'product', 'lower-third'] as const)('%s: screenshots have transparent corners in both themes, the card solid and on the stage', async (name) => {
    const page = { question, product, 'lower-third': lowerThird }[name];
    const png = await shoot(page, `${name}-dark`);
    expect(await cornerAlphas(page, png)).toEqual([0, 0, 0, 0]);
    expect(await inside(page)).toBe(true);
    const light = await open(overlayUrl(name, '&theme=light'));
    try {
      expect(await light.getAttribute('html', 'data-theme')).toBe('light');
      await light.waitForSelector('.ov-card, .ov-lt', { timeout: 5000 });
      const lightPng = await shoot(light, `${name}-light`);
      expect(await cornerAlphas(light, lightPng)).toEqual([0, 0, 0, 0]);
      expect(await inside(light)).toBe(true);
      // The card itself is solid (readable over any video).
      const cardBg = await light.evaluate(() => getComputedStyle(document.querySelector('.ov-card, .ov-lt-body')!).backgroundColor);
      expect(cardBg).toBe('rgb(255, 255, 255)');
    } finally {
      await light.context().close();
    }
  });

  it('speaks English with ?lang=en', async () => {
    const en = await open(overlayUrl('question', '&lang=en'));
    await en.waitForSelector('[data-testid=overlay-question]', { timeout: 5000 });
    expect(await en.textContent('[data-testid=overlay-question]')).toContain('Viewer question');
    expect(await en.getAttribute('html', 'lang')).toBe('en');
    // The token left the visible URL; a browser source that reloads keeps its token (session) and options (hash).
    expect(en.url()).not.toContain('token=');
    expect(en.url()).toContain('#/overlay/question?lang=en');
    await en.reload();
    await en.waitForSelector('[data-testid=overlay-question]', { timeout: 10_000 });
    expect(await en.textContent('[data-testid=overlay-question]')).toContain('Viewer question');
    await en.context().close();
  });

  it('leaves the screen when the question is answered', async () => {
    const id = await question.getAttribute('[data-testid=overlay-question]', 'data-comment-id');
    expect((await assistant.command({ type: 'comment.answer', commentId: id! })).ok).toBe(true);
    await question.waitForSelector('[data-testid=overlay-question]', { state: 'detached', timeout: 2000 });
    await lowerThird.waitForSelector('[data-testid=overlay-lower-third]', { state: 'detached', timeout: 2000 });
  });

  it('shows only a small dot when the link has no valid token', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await ctx.newPage();
    await page.goto(`${hub.url}/?token=wrong-token#/overlay/question`);
    const dot = page.locator('[data-testid=overlay-link]');
    await dot.waitFor({ timeout: 8000 });
    expect(await dot.getAttribute('data-state')).toBe('rejected');
    const box = await dot.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(16);
    expect((await page.textContent('body'))?.trim()).toBe('');
    await ctx.close();
  });

  it('its token cannot send a command', async () => {
    const socket = connect(`${hub.url}${OVERLAY_NAMESPACE}`, { path: '/socket.io', transports: ['websocket'], reconnection: false, auth: { token: overlayToken } });
    try {
      await new Promise<void>((resolve, reject) => { socket.once('overlay', () => resolve()); socket.once('connect_error', reject); });
      const onAir = hub.room.live.onAirSlotId;
      const ack = (await socket.timeout(3000).emitWithAck('command', { id: 'obs-take', type: 'slot.takeNext' })) as CommandAck;
      expect(ack).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(hub.room.live.onAirSlotId).toBe(onAir);
    } finally {
      socket.close();
    }
    expect(pageErrors).toEqual([]);
  });
});
