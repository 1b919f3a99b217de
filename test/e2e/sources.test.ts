import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../../electron/hub/hub';
import type { EmitEvents, EventSource, SourceSignals } from '../../shared/protocol/source';
import { launchBrowser } from './support/browser';

/**
 * Issue 12: everyone sees the room's source health in the status bar — green while the source
 * is live, amber when it stalls (no event while on air), red when it fails — with the reason on
 * hover (title) and tap. Hook: `data-testid="source-status"` with `data-level`.
 */
const STATIC = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
const BADGE = '[data-testid=source-status]';
const dataDir = mkdtempSync(join(tmpdir(), 'ld-e2e-sources-'));
let emit: EmitEvents | null = null;
let signals: SourceSignals | null = null;
const source: EventSource = {
  kind: 'tiktok',
  start(e, _v, s) { emit = e; signals = s ?? null; },
  stop() { emit = null; },
};
let hub: Hub;
let browser: Browser;
let page: Page;

const level = (l: string, timeout = 10_000) => page.waitForSelector(`${BADGE}[data-level=${l}]`, { timeout });

beforeAll(async () => {
  hub = await startHub({ source, staticDir: STATIC, dataDir, stallMs: 2000, record: false });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(`${hub.url}/?token=${encodeURIComponent(hub.token)}&role=assistant#/console`);
  await page.waitForSelector(BADGE, { timeout: 15_000 });
});

afterAll(async () => {
  await browser?.close();
  await hub?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('source status in the status bar', () => {
  it('goes green when live, amber when the source stalls, red when it fails, with the reason on hover and tap', async () => {
    emit!([{ id: 'l1', platform: 'tiktok', roomId: 'main', ts: Date.now(), type: 'like', userId: 'u', count: 3 }]);
    await level('green');
    await level('amber');
    expect(await page.getAttribute(BADGE, 'title')).toContain('无数据');
    signals!.failed('connect_failed');
    await level('red');
    expect(await page.getAttribute(BADGE, 'title')).toContain('无法连接到平台');
    await page.click(BADGE);
    expect(await page.textContent('[data-testid=source-status-reason]')).toContain('TikTok LIVE: 失败');
  });

  it('the producer\'s sources page lists every source with its state and shows the ingest URL', async () => {
    await page.goto(`${hub.url}/?token=${encodeURIComponent(hub.token)}&role=producer#/sources`);
    await page.waitForSelector('[data-testid=source-tiktok][data-state=failed]', { timeout: 15_000 });
    await page.waitForSelector('[data-testid=source-ingest][data-state=stopped]');
    await page.waitForFunction(() => document.querySelector('[data-testid=ingest-url]')?.textContent !== '');
    expect(await page.textContent('[data-testid=ingest-url]')).toBe(hub.ingestUrl);
    await page.click('[data-testid=source-ingest] button');
    await page.waitForSelector('[data-testid=source-ingest][data-state=live]');
    expect(hub.sources.list().find((h) => h.id === 'ingest')!.state).toBe('live');
  });
});

describe('the sources page: add a source, tokens & links (producer)', () => {
  it('adding a TikTok source on a machine without the package shows a red row with "not installed"; the live ingest row is green', async () => {
    await page.goto(`${hub.url}/?token=${encodeURIComponent(hub.token)}&role=producer#/sources`);
    await page.waitForSelector('[data-testid=add-source]');
    await page.selectOption('[data-testid=add-kind]', 'tiktok');
    await page.fill('[data-testid=add-unique-id]', '@someone.live');
    await page.click('[data-testid=add-submit]');
    const row = '[data-testid="source-tiktok-someone.live"]';
    await page.waitForSelector(`${row}[data-level=red]`, { timeout: 15_000 });
    expect(await page.textContent(`${row} [data-testid=source-hint]`)).toContain('TikTok 连接器未安装');
    expect(await page.textContent(row)).toContain('@someone.live');
    // a feeder keeps the ingest door live (the stall time here is 2 s)
    let k = 0;
    const feed = () => void fetch(hub.ingestUrl, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: JSON.stringify({ id: `feed${++k}`, platform: 'tiktok', roomId: 'main', ts: Date.now(), type: 'like', userId: 'u', count: 1 }) }).catch(() => undefined);
    feed();
    const feeder = setInterval(feed, 400);
    try {
      await page.waitForSelector('[data-testid=source-ingest][data-level=green]', { timeout: 15_000 });
    } finally {
      if (!process.env.LIVEDECK_SHOTS) clearInterval(feeder);
    }
    expect(hub.sources.list().find((h) => h.id === 'tiktok-someone.live')).toMatchObject({ state: 'failed', error: 'not_installed' });
    const shots = process.env.LIVEDECK_SHOTS;
    if (shots) {
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: join(shots, 'sources-1440x900.png') });
      clearInterval(feeder);
    }
  });

  it('the tokens panel masks links, copies the ingest URL, and regenerating it makes the old one fail (401)', async () => {
    const ingestRow = '[data-testid=link-ingest-all]';
    await page.waitForSelector(ingestRow);
    const oldUrl = hub.ingestUrl;
    expect(await page.textContent(`${ingestRow} [data-testid=link-url]`)).not.toContain(new URL(oldUrl).searchParams.get('token')!);
    await page.click(`${ingestRow} [data-testid=link-copy]`);
    await page.waitForSelector('[data-testid=links-note]');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(oldUrl);
    expect(await page.isDisabled('[data-testid=link-ui-producer] [data-testid=link-regenerate]')).toBe(true);
    page.once('dialog', (d) => void d.accept());
    await page.click(`${ingestRow} [data-testid=link-regenerate]`);
    await page.waitForFunction((old) => document.querySelector('[data-testid=links-note]')?.textContent?.includes('已重新生成') && !!old, oldUrl);
    const newUrl = hub.ingestUrl;
    expect(newUrl).not.toBe(oldUrl);
    await page.click(`${ingestRow} [data-testid=link-show]`);
    expect(await page.textContent(`${ingestRow} [data-testid=link-url]`)).toBe(newUrl);
    await page.waitForFunction((url) => document.querySelector('[data-testid=ingest-url]')?.textContent === url, newUrl);
    const post = (url: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: JSON.stringify({ id: `k${url.length}`, platform: 'tiktok', roomId: 'main', ts: Date.now(), type: 'like', userId: 'u', count: 1 }) });
    expect((await post(oldUrl)).status).toBe(401);
    expect((await post(newUrl)).status).toBe(200);
  });
});
