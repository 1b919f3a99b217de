import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { horizontalOverflow } from './support/layout';
import { serve, type Served } from './support/serve';

/**
 * The status bar says when the session recording leaves events out: here a hub recording to
 * /dev/full (every write fails with ENOSPC, so the recorder drops and counts what follows). The
 * same count is in /healthz. The tokens & links panel says where credentials are kept.
 */
const FULL = '/dev/full';
const SHOTS = [fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url)), process.env.LD_SHOTS].filter((d): d is string => !!d);
const CHIP = '[data-testid=recording-status]';

let served: Served;
let browser: Browser;
let page: Page;

describe.skipIf(!existsSync(FULL))('recording losses in the status bar', () => {
  beforeAll(async () => {
    served = await serve({ seed: 7, extraArgs: ['--record', FULL] });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN' });
    await page.goto(served.urlFor('console', 'producer'));
    await page.waitForSelector(CHIP, { timeout: 20_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await served?.kill();
  });

  it('shows 录制丢弃 N 条 with why, and /healthz has the same count', async () => {
    const n = Number(await page.getAttribute(CHIP, 'data-dropped'));
    expect(n).toBeGreaterThan(0);
    expect(await page.textContent(CHIP)).toMatch(/^录制丢弃 \d+ 条$/);
    const title = (await page.getAttribute(CHIP, 'title')) ?? '';
    expect(title).toContain('本场录制文件（回放和复盘用）跟不上');
    expect(title).toContain('直播间和日志照常计入');
    await page.click(CHIP);
    expect(await page.textContent('[data-testid=recording-status-detail]')).toContain('没有写进录制文件');
    await page.click(CHIP);
    // The journal is fine: no storage badge.
    expect(await page.locator('[data-testid=storage-status]').count()).toBe(0);

    const res = await fetch(`${served.origin}/healthz`, { headers: { authorization: `Bearer ${served.token}` } });
    const body = (await res.json()) as { storage: { recordingDropped: number; credentials: { kept: string } } };
    expect(body.storage.recordingDropped).toBeGreaterThanOrEqual(n);
    expect(body.storage.credentials).toEqual({ kept: 'file' });
    // The count keeps up (the hub looks every second).
    await expect.poll(async () => Number(await page.getAttribute(CHIP, 'data-dropped')), { timeout: 10_000 }).toBeGreaterThan(n);

    for (const [w, h] of [[1440, 900], [1920, 1080], [1024, 768], [768, 1024]] as const) {
      await page.setViewportSize({ width: w, height: h });
      const r = (await page.locator(CHIP).boundingBox())!;
      expect(r.x + r.width, `${w}×${h}`).toBeLessThanOrEqual(w);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      // Resizing closed the popover; tapped again it opens towards the middle, on screen.
      await expect.poll(() => page.locator('[data-testid=recording-status-detail]').count()).toBe(0);
      await page.click(CHIP);
      const pop = (await page.getByTestId('recording-status-detail').boundingBox())!;
      expect(pop.x, `${w}×${h} popover left`).toBeGreaterThanOrEqual(0);
      expect(pop.x + pop.width, `${w}×${h} popover right`).toBeLessThanOrEqual(w);
      for (const dir of SHOTS) {
        mkdirSync(dir, { recursive: true });
        await page.screenshot({ path: `${dir}/recording-dropped-${w}x${h}.png` });
      }
      await page.click(CHIP);
    }
  });

  it('the tokens & links panel says the links outlive a restart (credentials.json)', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(served.urlFor('sources', 'producer'));
    const kept = page.getByTestId('links-kept');
    await kept.waitFor({ timeout: 15_000 });
    expect(await kept.getAttribute('data-kept')).toBe('file');
    expect(await kept.textContent()).toContain('credentials.json：中控重启后仍然有效');
    for (const dir of SHOTS) await page.screenshot({ path: `${dir}/sources-links-kept-1440x900.png`, fullPage: true });
  });
});
