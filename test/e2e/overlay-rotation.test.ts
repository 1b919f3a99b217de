import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testHub, type TestHub } from '../support/testHub';
import { launchBrowser } from './support/browser';

/**
 * Rotation takes effect on an open overlay page (brief sh, item 2): when the producer rotates the
 * overlay link, the page in OBS keeps its last card and its dot says the link was replaced
 * (`data-state="changed"`), instead of going blank or retrying the dead token.
 */
const STATIC = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
let t: TestHub;
let browser: Browser;

beforeAll(async () => {
  t = await testHub({ staticDir: STATIC });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.dispose();
});

describe('an overlay page whose link is rotated', () => {
  it('keeps its last content and says the link changed', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
    const page = await ctx.newPage();
    await page.goto(t.hub.overlayUrl.replace('#/overlay/question', '#/overlay/product'));
    const card = page.locator('[data-testid=overlay-product]');
    await card.waitFor({ timeout: 15_000 });
    const productId = await card.getAttribute('data-product-id');
    t.hub.credentials.rotate('overlay');
    const dot = page.locator('[data-testid=overlay-link]');
    await dot.waitFor({ timeout: 10_000 });
    expect(await dot.getAttribute('data-state')).toBe('changed');
    expect(await dot.getAttribute('title')).toContain('已更换');
    expect(await card.getAttribute('data-product-id')).toBe(productId);
    // No retry with the dead token: still "changed" a reconnect interval later.
    await page.waitForTimeout(3000);
    expect(await dot.getAttribute('data-state')).toBe('changed');
    await ctx.close();
  });
});
