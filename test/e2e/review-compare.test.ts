import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSampleShow } from '../../electron/hub/sampleShow';
import type { Command, CommandAck } from '../../shared/protocol/commands';
import type { ReviewReport, ReviewSession } from '../../shared/protocol/review';
import type { RunOfShow } from '../../shared/protocol/runOfShow';
import { SOCKET_PATH } from '../../shared/protocol/socket';
import { runRoom } from '../../shared/sim/runRoom';
import { launchBrowser } from './support/browser';
import { serve, type Served } from './support/serve';

/** Screenshots the issue asks for (looked at and described in the closing note). */
const SHOTS = process.env.LIVEDECK_SHOTS_DIR ?? '/work/shots/r16b';
const SIZES = [{ width: 1440, height: 900 }, { width: 1920, height: 1080 }, { width: 1024, height: 768 }, { width: 768, height: 1024 }];

let served: Served;
let browser: Browser;
let ctx: BrowserContext;
const pageErrors: string[] = [];
const show = loadSampleShow();
const DAY = 86_400_000;

/** A simulated session recorded the way `livedeck simulate` writes it (cues, 讲解, audience), `daysAgo` days back. */
function writeRecording(name: string, seed: number, daysAgo: number, minutes: number): void {
  const dir = join(served.dataDir, 'recordings');
  mkdirSync(dir, { recursive: true });
  let out = '';
  const startAt = Date.now() - daysAgo * DAY;
  for (const batch of runRoom({ show, preset: 'small', seed, roomId: 'main', startAt, minutes })) {
    for (const e of batch) out += `${JSON.stringify(e)}\n`;
  }
  writeFileSync(join(dir, name), out);
}

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${served.origin}${path}`, { headers: { authorization: `Bearer ${served.token}`, 'x-livedeck-role': 'producer' } });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

/** One command through the hub's socket, as the console would send it. */
async function command(role: 'assistant' | 'producer', cmd: Command): Promise<CommandAck> {
  const s = io(served.origin, {
    path: SOCKET_PATH, transports: ['websocket'], reconnection: false,
    auth: { token: served.token, role, name: 'e2e-compare', clientId: `e2e-compare-${role}` },
  });
  try {
    await new Promise<void>((resolve, reject) => { s.once('connect', () => resolve()); s.once('connect_error', reject); });
    return await s.timeout(5000).emitWithAck('command', cmd);
  } finally {
    s.disconnect();
  }
}

async function open(route: string, size = SIZES[0]!): Promise<Page> {
  const p = await ctx.newPage();
  await p.setViewportSize(size);
  p.on('pageerror', (e) => pageErrors.push(`${route}: ${e.message}`));
  await p.goto(served.urlFor(route, 'producer'));
  return p;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  served = await serve({ seed: 5 });
  writeRecording('week-ago.jsonl', 4, 7, 45);
  writeRecording('yesterday.jsonl', 3, 1, 55);
  browser = await launchBrowser();
  ctx = await browser.newContext({ viewport: SIZES[0]!, deviceScaleFactor: 1, locale: 'zh-CN' });
  ctx.setDefaultTimeout(20_000);
});

afterAll(async () => {
  await browser?.close();
  await served?.kill();
});

describe('复盘 past sessions, markers and 直播PK compare', () => {
  let sessions: ReviewSession[];

  it('lists the current session and both recordings at once, then with their GMV once their reports are built', async () => {
    ({ sessions } = await api<{ sessions: ReviewSession[] }>('/api/review/sessions'));
    expect(sessions.map((s) => s.id)).toEqual(['current', 'r-yesterday.jsonl', 'r-week-ago.jsonl']);
    await expect.poll(async () => {
      ({ sessions } = await api<{ sessions: ReviewSession[] }>('/api/review/sessions'));
      return sessions.filter((s) => s.status === 'building').length;
    }, { timeout: 30_000, interval: 200 }).toBe(0);
    expect(sessions[1]!.gmv).toBeGreaterThan(0);
    expect(sessions[1]!.durationMs).toBeGreaterThan(50 * 60_000);
  });

  it('draws cue, 讲解 and slot-change markers on a past session’s chart, with a legend and a card on hover', async () => {
    const report = await api<ReviewReport>('/api/review/sessions/r-yesterday.jsonl');
    const kinds = new Set(report.markers!.map((m) => m.kind));
    for (const k of ['slot', 'explain', 'link', 'lucky_bag'] as const) expect(kinds.has(k)).toBe(true);
    for (const size of SIZES) {
      const p = await open('review?session=r-yesterday.jsonl', size);
      const chart = p.getByTestId('review-chart');
      await chart.locator('svg').waitFor();
      // The recording ends with stream.end: an ended session.
      expect(await p.getByTestId('review-state').getAttribute('data-live')).toBe('false');
      await expect.poll(() => chart.getByTestId('review-marker').count()).toBe(report.markers!.length);
      expect(await chart.locator('[data-testid=review-marker][data-kind=lucky_bag]').count()).toBe(report.markers!.filter((m) => m.kind === 'lucky_bag').length);
      expect(await p.getByTestId('review-marker-legend').textContent()).toContain('福袋');
      // Every marker icon sits inside the plot, at its time.
      const box = (await chart.locator('svg').boundingBox())!;
      const icons = await chart.locator('[data-testid=review-marker] .rv-mark-icon').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x));
      expect(icons.every((x) => x >= box.x && x <= box.x + box.width)).toBe(true);
      const link = chart.locator('[data-testid=review-marker][data-kind=link] .rv-mark-icon').first();
      await link.hover();
      const card = p.getByTestId('review-marker-card');
      await card.waitFor();
      expect(await card.textContent()).toMatch(/上链接 · .+\n?\d\d:\d\d/);
      await p.screenshot({ path: `${SHOTS}/review-markers-${size.width}x${size.height}.png` });
      if (size.width === 1440) {
        await p.mouse.move(0, 0);
        await p.getByTestId('review-funnel').scrollIntoViewIfNeeded();
        // The funnel: 商品曝光 has no source — 无数据, never 0.
        const exposure = p.locator('[data-testid=funnel-room] [data-step=exposure]');
        expect(await exposure.getAttribute('data-value')).toBe('');
        expect(await exposure.textContent()).toContain('无数据');
        expect(Number(await p.locator('[data-testid=funnel-room] [data-step=pay]').getAttribute('data-value'))).toBe(report.totals.paidOrders);
        await p.screenshot({ path: `${SHOTS}/review-funnel-1440x900.png`, fullPage: false });
      }
      await p.close();
    }
  });

  it('downloads a past session’s product table as CSV from its review page (BOM, its own products)', async () => {
    const report = await api<ReviewReport>('/api/review/sessions/r-yesterday.jsonl');
    const p = await open('review?session=r-yesterday.jsonl');
    await p.getByTestId('review-chart').locator('svg').waitFor();
    const button = p.getByTestId('review-export-csv');
    expect(await button.isEnabled()).toBe(true);
    const [download] = await Promise.all([p.waitForEvent('download', { timeout: 10_000 }), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^复盘-.+\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toContain('商品');
    expect(lines).toHaveLength(report.products.length + 1);
    const top = [...report.products].sort((x, y) => y.gmv - x.gmv)[0]!;
    expect(lines.some((l) => l.startsWith(top.name) && l.includes((top.gmv / 100).toFixed(2)))).toBe(true);
    await p.close();
  });

  it('compares two sessions picked in the list: both totals and their difference', async () => {
    const p = await open('review');
    await p.getByTestId('review-sessions').scrollIntoViewIfNeeded();
    await expect.poll(() => p.getByTestId('review-session').count()).toBe(3);
    await p.locator('[data-session-id="r-week-ago.jsonl"] [data-testid=review-session-pick]').check();
    await p.locator('[data-session-id="r-yesterday.jsonl"] [data-testid=review-session-pick]').check();
    await p.getByTestId('review-compare').click();
    await p.getByTestId('review-compare-view').waitFor();
    expect(new URL(p.url()).hash).toBe('#/review/compare?a=r-week-ago.jsonl&b=r-yesterday.jsonl');
    const a = sessions.find((s) => s.id === 'r-week-ago.jsonl')!;
    const b = sessions.find((s) => s.id === 'r-yesterday.jsonl')!;
    expect(Number(await p.getByTestId('compare-side-a').getAttribute('data-gmv'))).toBe(a.gmv);
    expect(Number(await p.getByTestId('compare-side-b').getAttribute('data-gmv'))).toBe(b.gmv);
    const gmvRow = p.locator('[data-testid=compare-total][data-key=gmv]');
    expect(Number(await gmvRow.getAttribute('data-abs'))).toBe(b.gmv - a.gmv);
    expect(Number(await gmvRow.getAttribute('data-pct'))).toBeCloseTo((b.gmv - a.gmv) / a.gmv, 9);
    expect(await gmvRow.textContent()).toMatch(/[+−]¥[\d,.]+.*[+−][\d.]+%/);
    // Both curves on one chart, by minutes since start; products matched by id (same show: all matched).
    const chart = p.getByTestId('compare-chart');
    expect(Number(await chart.getAttribute('data-points-a'))).toBeGreaterThanOrEqual(45);
    expect(Number(await chart.getAttribute('data-points-b'))).toBeGreaterThanOrEqual(55);
    expect(await p.getByTestId('compare-line-a').getAttribute('d')).toMatch(/^M/);
    expect(await p.getByTestId('compare-line-b').getAttribute('d')).toMatch(/^M/);
    expect(await p.getByTestId('compare-product').count()).toBeGreaterThan(0);
    // The comparison as CSV: totals with B−A, then the aligned minutes and the products.
    const [download] = await Promise.all([p.waitForEvent('download', { timeout: 10_000 }), p.getByTestId('compare-export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^直播PK-.+\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const gmvLine = csv.split('\r\n').find((l) => l.startsWith('成交金额(元),'))!;
    expect(gmvLine.split(',').slice(1, 4).map(Number)).toEqual([a.gmv / 100, b.gmv / 100, (b.gmv - a.gmv) / 100]);
    expect(csv).toContain('分钟曲线（按开播后分钟对齐）');
    expect(csv).toContain('单品对比');
    await p.close();
    for (const size of SIZES) {
      const s = await open('review/compare?a=r-week-ago.jsonl&b=r-yesterday.jsonl', size);
      await s.getByTestId('compare-chart').locator('svg').waitFor();
      // The header (back, swap, 导出对比 CSV) and both sides, before scrolling to the chart.
      expect(await s.getByTestId('compare-export-csv').isVisible()).toBe(true);
      await s.screenshot({ path: `${SHOTS}/compare-${size.width}x${size.height}-top.png` });
      await s.getByTestId('compare-chart').scrollIntoViewIfNeeded();
      const box = (await s.getByTestId('compare-chart').locator('.rv-hit').boundingBox())!;
      await s.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.3);
      await s.getByTestId('compare-tooltip').waitFor();
      await s.screenshot({ path: `${SHOTS}/compare-${size.width}x${size.height}.png` });
      await s.screenshot({ path: `${SHOTS}/compare-${size.width}x${size.height}-full.png`, fullPage: true });
      // Nothing wider than the window (no clipped column, no sideways scroll).
      expect(await s.evaluate(() => document.querySelector('.review')!.scrollWidth <= document.querySelector('.review')!.clientWidth + 1)).toBe(true);
      await s.close();
    }
  });

  it('keeps names and roles of products from a show replaced mid-broadcast', async () => {
    expect((await command('assistant', { id: `e2e-next-${Date.now()}`, type: 'slot.takeNext' } as Command)).ok).toBe(true);
    const before = await api<ReviewReport>('/api/review');
    const aired = before.runs.map((r) => r.productId);
    const next: RunOfShow = {
      ...show, id: 'replaced', title: '换品后的新排品',
      products: show.products.map((p) => ({ ...p, id: `new-${p.id}`, name: `新品 ${p.name}` })),
      slots: show.slots.map((s) => ({ ...s, id: `new-${s.id}`, productId: `new-${s.productId}` })),
    };
    // A fresh hub's show is at revision 0; a conflict answer names the current one.
    let ack = await command('producer', { id: `e2e-replace-${Date.now()}`, type: 'show.replace', rev: 0, show: next } as Command);
    if (!ack.ok && ack.error.rev !== undefined) ack = await command('producer', { id: `e2e-replace2-${Date.now()}`, type: 'show.replace', rev: ack.error.rev, show: next } as Command);
    expect(ack.ok).toBe(true);
    const after = await api<ReviewReport>('/api/review');
    const p = await open('review');
    for (const id of aired) {
      const original = show.products.find((x) => x.id === id)!;
      const slot = show.slots.find((s) => s.productId === id)!;
      expect(after.products.find((x) => x.productId === id)!.name).toBe(original.name);
      const row = p.locator(`[data-testid=review-product-row][data-product-id="${id}"]`);
      await row.waitFor();
      expect(await row.locator('.rv-pname .ellipsis').textContent()).toBe(original.name);
      expect(await row.locator('.c-role .tag').first().getAttribute('class')).toContain(`role-${slot.role}`);
    }
    await p.close();
  });

  it('prints on white and fits A4 landscape: no clipped column, no dark background or border', async () => {
    const p = await open('review?session=r-yesterday.jsonl', { width: 1054, height: 745 });
    await p.getByTestId('review-chart').locator('svg').waitFor();
    await p.emulateMedia({ media: 'print' });
    const check = await p.evaluate(() => {
      const dark = (c: string) => {
        const m = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(c);
        if (!m) return false;
        const a = m[4] === undefined ? 1 : Number(m[4]);
        const rgb = [Number(m[1]), Number(m[2]), Number(m[3])];
        // Dark and grey (the screen theme's panels and borders); coloured accents are fine on paper.
        return a > 0.3 && (rgb[0]! + rgb[1]! + rgb[2]!) / 3 < 110 && Math.max(...rgb) - Math.min(...rgb) < 40;
      };
      const offenders: string[] = [];
      for (const el of Array.from(document.querySelectorAll<HTMLElement>('.review, .review *'))) {
        if (el.closest('svg')) continue;
        const cs = getComputedStyle(el);
        if (cs.display === 'none') continue;
        if (dark(cs.backgroundColor) && !el.matches('.rv-mark-swatch, .rv-swatch, .rv-progress-fill, .rv-cdot, .itag-chitchat, .itag-spam, .itag-abuse, .rv-mixbar span, .rv-track i, i')) offenders.push(`bg ${el.className}`);
        for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
          if (parseFloat(cs[`border${side}Width`]) > 0 && cs[`border${side}Style`] !== 'none' && dark(cs[`border${side}Color`]) && !el.matches('input')) offenders.push(`border ${el.className}`);
        }
      }
      const wraps = Array.from(document.querySelectorAll<HTMLElement>('.rv-table-wrap')).map((w) => w.scrollWidth - w.clientWidth);
      const page = document.documentElement.scrollWidth - document.documentElement.clientWidth;
      return { offenders: [...new Set(offenders)].slice(0, 10), wraps, page, bg: getComputedStyle(document.body).backgroundColor };
    });
    expect(check.offenders).toEqual([]);
    expect(check.wraps.every((d) => d <= 1)).toBe(true);
    expect(check.page).toBeLessThanOrEqual(1);
    // Every column of the product table keeps its header on paper.
    const heads = await p.locator('.rv-products thead th').allTextContents();
    expect(heads.filter((h) => h.trim() === '')).toEqual([]);
    await p.screenshot({ path: `${SHOTS}/review-print-a4.png`, fullPage: true });
    await p.pdf({ path: `${SHOTS}/review-print-a4.pdf`, format: 'A4', landscape: true, printBackground: true });
    await p.close();
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
