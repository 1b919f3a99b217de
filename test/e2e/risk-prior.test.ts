import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { serve, type Served } from './support/serve';

/**
 * A fresh `livedeck serve` before any paid order (the ingest source: no simulator, so no order
 * arrives): the refund-risk tile shows the category's norm as a neutral prior, not an alarm.
 */
let served: Served;
let browser: Browser;
let page: Page;
const TILE = '[data-testid=metric-refund-risk]';

beforeAll(async () => {
  served = await serve({ seed: 7, extraArgs: ['--source', 'ingest'] });
  browser = await launchBrowser();
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  page = await ctx.newPage();
  await page.goto(served.urlFor('console'));
  await page.waitForSelector(TILE, { timeout: 15_000 });
});

afterAll(async () => {
  await browser?.close();
  await served?.kill();
});

describe('refund-risk tile before the first paid order', () => {
  it('is neutral: band normal, no excess, and the category norm as its figure', async () => {
    expect(await page.getAttribute(TILE, 'data-band')).toBe('normal');
    expect(await page.getAttribute(TILE, 'data-prior')).toBe('1');
    expect(await page.getAttribute(TILE, 'data-excess')).toMatch(/^-?0\.\d{3}$/);
    const norm = Number(await page.getAttribute(TILE, 'data-norm'));
    expect(norm).toBeGreaterThan(0);
    expect(norm).toBeLessThan(1);
    const text = await page.textContent(`${TILE} [data-testid=risk-norm]`);
    expect(text).toBe(`类目常态 ${Math.round(norm * 100)}%`);
    expect(await page.$(`${TILE} .risk-pill-high, ${TILE} .risk-pill-mid`)).toBeNull();
    // The prior's one explanation is the base rate as a rate, never "+46pt 类目基础退货率".
    const reasons = await page.locator(`${TILE} [data-testid=risk-reasons] li`).allTextContents();
    expect(reasons).toEqual([`类目基础退货率${Math.round(norm * 100)}%`]);
  });
});
