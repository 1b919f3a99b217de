import { mkdtempSync, rmSync } from 'node:fs';
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
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
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
