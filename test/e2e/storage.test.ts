import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { serve, type Served } from './support/serve';

/**
 * The status bar says, for everyone, when the room is not being written to disk: here a hub
 * started with --no-journal (the same badge turns red for a full disk; its states are unit-tested).
 */
let served: Served;
let browser: Browser;
let page: Page;
const BADGE = '[data-testid=storage-status]';

beforeAll(async () => {
  served = await serve({ seed: 7, extraArgs: ['--no-journal'] });
  browser = await launchBrowser();
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  page = await ctx.newPage();
  await page.goto(served.urlFor('console'));
  await page.waitForSelector(BADGE, { timeout: 15_000 });
});

afterAll(async () => {
  await browser?.close();
  await served?.kill();
});

describe('journal health in the status bar', () => {
  it('shows a hub without a journal, with what to do on tap', async () => {
    expect(await page.getAttribute(BADGE, 'data-state')).toBe('off');
    expect(await page.textContent(BADGE)).toBe('未开启日志');
    expect(await page.getAttribute(BADGE, 'title')).toContain('未开启日志：崩溃后无法恢复本场');
    await page.click(BADGE);
    const detail = await page.textContent('[data-testid=storage-status-detail]');
    expect(detail).toContain('崩溃后无法恢复本场');
    expect(detail).toContain('--no-journal');
    const shots = process.env.LD_SHOTS;
    if (shots) {
      for (const [w, h] of [[1440, 900], [1920, 1080], [1024, 768], [768, 1024]] as const) {
        await page.setViewportSize({ width: w, height: h });
        await page.screenshot({ path: `${shots}/storage-off-${w}x${h}.png` });
      }
    }
  });
});
