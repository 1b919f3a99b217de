import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Room } from '../../electron/hub/room/room';
import { loadSampleShow } from '../../electron/hub/sampleShow';
import { createRng } from '../../shared/domain/rng';
import type { CommandAck } from '../../shared/protocol/commands';
import type { ReviewReport } from '../../shared/protocol/review';
import type { RunOfShow } from '../../shared/protocol/runOfShow';
import { SOCKET_PATH } from '../../shared/protocol/socket';
import { createSimulator } from '../../shared/sim/simulator';
import { launchBrowser } from './support/browser';
import { serve, type Served } from './support/serve';

const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

let served: Served;
let browser: Browser;
let ctx: BrowserContext;
let page: Page;
let longShow: ReviewReport;
const pageErrors: string[] = [];

async function getReview(role = 'producer'): Promise<{ status: number; body: ReviewReport }> {
  const res = await fetch(`${served.origin}/api/review`, { headers: { authorization: `Bearer ${served.token}`, 'x-livedeck-role': role } });
  return { status: res.status, body: (res.ok ? await res.json() : null) as ReviewReport };
}

/** Takes the next product on air through the hub's socket, as the assistant's console would. */
async function takeNextViaSocket(): Promise<CommandAck> {
  const s = io(served.origin, {
    path: SOCKET_PATH,
    transports: ['websocket'],
    auth: { token: served.token, role: 'assistant', name: 'e2e-review', clientId: 'e2e-review-client' },
    reconnection: false,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      s.once('connect', () => resolve());
      s.once('connect_error', reject);
    });
    return await s.timeout(5000).emitWithAck('command', { id: `e2e-next-${Date.now()}`, type: 'slot.takeNext' });
  } finally {
    s.disconnect();
  }
}

/**
 * A realistic six-hour session, computed in-process: the sample show three times over, the seeded
 * simulated audience, and slots taken 30 % early to 30 % late — the report the hub would serve.
 */
function buildLongShow(minutes: number): ReviewReport {
  const t0 = new Date(2024, 10, 8, 19, 0, 23).getTime();
  const base = loadSampleShow();
  const planned = base.slots.reduce((a, s) => a + s.plannedMinutes, 0);
  const rounds = Math.ceil(minutes / planned) + 1;
  const slots = Array.from({ length: rounds }, (_, r) => base.slots.map((s) => (r === 0 ? s : {
    ...s, id: `${s.id}-r${r + 1}`, cues: s.cues.map((c) => ({ ...c, id: `${c.id}-r${r + 1}` })),
  }))).flat();
  const show: RunOfShow = { ...base, title: '双11返场 · 秋冬女装专场（6 小时）', slots };
  const room = new Room({ roomId: 'long', show, now: t0, startOnAir: true });
  const sim = createSimulator({ seed: 11, preset: 'medium', roomId: 'long', startAt: t0, show });
  const rng = createRng(5);
  const caller = { id: 'e2e', name: 'e2e', role: 'producer' as const };
  let stretch = 0.7 + rng.next() * 0.6;
  let n = 0;
  const end = t0 + minutes * 60_000;
  for (let t = t0 + 1000; t <= end; t += 1000) {
    room.ingest(sim.advance(t, room.view(t)), t);
    const { onAirSlotId, onAirSince } = room.live;
    const slot = show.slots.find((s) => s.id === onAirSlotId);
    if (slot && onAirSince !== null && t - onAirSince >= slot.plannedMinutes * 60_000 * stretch) {
      room.apply({ id: `next-${++n}`, type: 'slot.takeNext' }, caller, t);
      stretch = 0.7 + rng.next() * 0.6;
    }
    if (t % 5000 === 0) room.flush(t);
  }
  room.apply({ id: 'end', type: 'show.end' }, caller, end);
  return room.review(end);
}

async function openReview(role = 'producer', size = { width: 1440, height: 900 }): Promise<Page> {
  const p = await ctx.newPage();
  await p.setViewportSize(size);
  p.on('pageerror', (e) => pageErrors.push(`review(${role}): ${e.message}`));
  await p.goto(served.urlFor('review', role));
  return p;
}

const shot = (p: Page, name: string) => p.screenshot({ path: `${SHOTS}review-${name}.png` });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  served = await serve({ seed: 7 });
  browser = await launchBrowser();
  ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN', acceptDownloads: true });
  ctx.setDefaultTimeout(10_000);
  // Computing six hours of a room takes a few seconds: the simulated room keeps running meanwhile.
  const started = Date.now();
  longShow = buildLongShow(360);
  const waited = Date.now() - started;
  if (waited < 8000) await new Promise((r) => setTimeout(r, 8000 - waited));
});

afterAll(async () => {
  await browser?.close();
  await served?.kill();
});

describe('复盘 review view on a live hub (livedeck serve)', () => {
  it('takes the next product through the socket so two slots have aired', async () => {
    const ack = await takeNextViaSocket();
    expect(ack.ok).toBe(true);
    await new Promise((r) => setTimeout(r, 1500));
    const { status, body } = await getReview();
    expect(status).toBe(200);
    expect(body.runs.length).toBe(2);
    expect(body.runs[0]!.endedAt).not.toBeNull();
    expect(body.runs[1]!.endedAt).toBeNull();
  });

  it('shows the same total GMV the hub reports, as fen in data-value', async () => {
    const before = (await getReview()).body;
    page = await openReview('producer');
    const gmvEl = page.getByTestId('review-total-gmv');
    await gmvEl.waitFor({ timeout: 15_000 });
    const shown = Number(await gmvEl.getAttribute('data-value'));
    const after = (await getReview()).body;
    expect(Number.isInteger(shown)).toBe(true);
    expect(shown).toBeGreaterThanOrEqual(before.totals.gmv);
    expect(shown).toBeLessThanOrEqual(after.totals.gmv);
    expect(await gmvEl.textContent()).toContain('含退款');
  });

  it('lists every product of the report, GMV first', async () => {
    const report = (await getReview()).body;
    const rows = page.getByTestId('review-product-row');
    await expect.poll(() => rows.count()).toBe(report.products.length);
    const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-product-id')));
    expect(new Set(ids)).toEqual(new Set(report.products.map((p) => p.productId)));
    // Every aired product shows its Chinese role name.
    const roles = await rows.first().locator('.c-role .tag').allTextContents();
    expect(roles.every((r) => ['引流款', '福利款', '主推款', '利润款', '形象款'].includes(r))).toBe(true);

    // Sorting by name puts the names in Chinese collation order; sorting by GMV again restores the default.
    await page.getByRole('button', { name: /^商品/ }).click();
    const names = await page.locator('[data-testid=review-product-row] .rv-pname .ellipsis').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    await page.getByRole('button', { name: /^成交金额/ }).click();
    await expect.poll(() => page.locator('th.c-gmv').getAttribute('aria-sort')).toBe('descending');
  });

  it('draws a slot band for each aired run and highlights a product picked in the table', async () => {
    const report = (await getReview()).body;
    const chart = page.getByTestId('review-chart');
    await chart.locator('svg').waitFor();
    const bands = chart.getByTestId('review-slot-band');
    await expect.poll(() => bands.count()).toBe(report.runs.length);
    const slotIds = await bands.evaluateAll((els) => els.map((e) => e.getAttribute('data-slot-id')));
    expect(slotIds).toEqual(report.runs.map((r) => r.slotId));

    const first = report.runs[0]!.productId;
    await page.locator(`[data-testid=review-product-row][data-product-id="${first}"]`).click();
    await expect.poll(() => page.locator(`[data-testid=review-product-row][data-product-id="${first}"]`).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => chart.locator(`[data-testid=review-slot-band][data-product-id="${first}"]`).first().getAttribute('class')).toMatch(/is-selected/);
    await page.locator(`[data-testid=review-product-row][data-product-id="${first}"]`).click();
    await expect.poll(() => chart.locator('.rv-band.is-selected').count()).toBe(0);

    // Hovering the chart shows the minute's figures (the table is further down since the funnel panel: scroll back up).
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.locator('.rv-hit').boundingBox())!;
    await page.mouse.move(box.x + 8, box.y + box.height / 2);
    await page.getByTestId('review-chart-tooltip').waitFor();
    expect(await page.getByTestId('review-chart-tooltip').textContent()).toContain('在线');
  });

  it('exports the product table as a CSV download (BOM, Chinese header)', async () => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.getByTestId('review-export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^复盘-.+\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toContain('商品');
    const report = (await getReview()).body;
    expect(text.trim().split('\r\n')).toHaveLength(report.products.length + 1);
  });

  it('looks right at 1440×900 and 1920×1080 (screenshots)', async () => {
    await page.mouse.move(0, 0);
    await shot(page, 'live-1440');
    const wide = await openReview('producer', { width: 1920, height: 1080 });
    await wide.getByTestId('review-total-gmv').waitFor();
    await shot(wide, 'live-1920');
    await wide.close();
  });

  it('explains to the host that the review is for producers and assistants (the hub refuses it too)', async () => {
    expect((await getReview('host')).status).toBe(403);
    const p = await openReview('host');
    await p.getByTestId('review-host').waitFor();
    expect(await p.getByTestId('review-host').textContent()).toContain('运营');
    expect(await p.getByTestId('review-total-gmv').count()).toBe(0);
    await p.close();
  });
});

describe('复盘 review view with a six-hour show and edge states', () => {
  async function withReport(fulfil: Parameters<Page['route']>[1], size = { width: 1440, height: 900 }): Promise<Page> {
    const p = await ctx.newPage();
    await p.setViewportSize(size);
    p.on('pageerror', (e) => pageErrors.push(`review(stub): ${e.message}`));
    await p.route('**/api/review', fulfil);
    await p.goto(served.urlFor('review', 'assistant'));
    return p;
  }
  const json = (body: unknown) => (route: Parameters<Parameters<Page['route']>[1]>[0]) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });

  it('keeps 360 minutes and 30 slots readable (screenshots with hover and print layout)', async () => {
    expect(longShow.series.length).toBe(360);
    expect(longShow.runs.length).toBeGreaterThanOrEqual(25);
    for (const size of [{ width: 1440, height: 900 }, { width: 1920, height: 1080 }]) {
      const p = await withReport(json(longShow), size);
      const chart = p.getByTestId('review-chart');
      try {
        await chart.waitFor();
      } catch (e) {
        await p.screenshot({ path: `${SHOTS}review-debug-${size.width}.png` });
        throw e;
      }
      expect(await chart.getAttribute('data-points')).toBe('360');
      await expect.poll(() => chart.getByTestId('review-slot-band').count()).toBe(longShow.runs.length);
      expect(await p.getByTestId('review-total-gmv').getAttribute('data-value')).toBe(String(longShow.totals.gmv));
      expect(await p.getByTestId('review-question').count()).toBeGreaterThan(0);
      // Labels never run past their band: every label is narrower than its block.
      const overflow = await chart.locator('[data-testid=review-slot-band]').evaluateAll((gs) => gs.filter((g) => {
        const label = g.querySelector('.rv-lane-label') as SVGTextElement | null;
        const block = g.querySelector('.rv-lane-block') as SVGRectElement | null;
        return label && block && label.getComputedTextLength() > block.width.baseVal.value;
      }).length);
      expect(overflow).toBe(0);
      const box = (await chart.locator('.rv-hit').boundingBox())!;
      await p.mouse.move(box.x + box.width * 0.62, box.y + box.height * 0.4);
      await p.getByTestId('review-chart-tooltip').waitFor();
      await shot(p, `6h-${size.width}`);
      await p.locator(`[data-testid=review-product-row]`).first().click();
      await p.mouse.move(0, 0);
      await p.evaluate(() => document.querySelector('.review')?.scrollTo(0, 10_000));
      await shot(p, `6h-${size.width}-lower`);
      await p.close();
    }
    // English follows the app's language toggle.
    const en = await withReport(json(longShow));
    await en.getByTestId('review-chart').locator('svg').waitFor();
    await en.getByTestId('lang-toggle').click();
    await expect.poll(() => en.getByTestId('review-total-gmv').textContent()).toContain('incl. refunds');
    await shot(en, '6h-1440-en');
    await en.getByTestId('lang-toggle').click();
    await en.close();

    // A4 landscape less 9 mm margins is about 1054 CSS px wide.
    const p = await withReport(json(longShow), { width: 1054, height: 745 });
    await p.getByTestId('review-chart').locator('svg').waitFor();
    await p.emulateMedia({ media: 'print' });
    await p.screenshot({ path: `${SHOTS}review-print-a4.png`, fullPage: true });
    await p.pdf({ path: `${SHOTS}review-print-a4.pdf`, format: 'A4', landscape: true, printBackground: true });
    await p.close();
  });

  it('shows a clear Chinese message for 401, 403 and a lost connection', async () => {
    for (const [kind, status, text] of [['auth', 401, '访问令牌'], ['forbidden', 403, '无权']] as const) {
      const p = await withReport((route) => route.fulfill({ status, body: '{"error":"no"}', contentType: 'application/json' }));
      const err = p.getByTestId('review-error');
      await err.waitFor();
      await expect.poll(() => err.getAttribute('data-kind')).toBe(kind);
      expect(await err.textContent()).toContain(text);
      await p.close();
    }
    const p = await withReport((route) => route.abort('connectionrefused'));
    await p.getByTestId('review-error').waitFor();
    expect(await p.getByTestId('review-error').getAttribute('data-kind')).toBe('network');
    expect(await p.getByTestId('review-error').textContent()).toContain('连不上中控主机');
    await shot(p, 'error-network');
    await p.close();
  });

  it('shows an empty state before anything has aired', async () => {
    const empty: ReviewReport = { ...longShow, endedAt: null, series: [], runs: [], topQuestions: [], topComplaints: [], intents: {} };
    const p = await withReport(json(empty));
    await p.getByTestId('review-empty').waitFor();
    expect(await p.getByTestId('review-empty').textContent()).toContain('还没有可复盘的数据');
    await p.close();
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
