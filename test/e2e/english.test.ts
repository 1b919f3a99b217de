import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { serve, type Served } from './support/serve';

/**
 * Issue 10: the hub sends codes, the renderer words them. In the English UI an alert and the
 * refund-risk reasons read in English; only data (product names) may stay Chinese.
 */
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/u;
const RISK_LABELS_EN = [
  'Category base return rate', 'Refunds soon after payment', 'Complaint / return comments', 'Size/colour questions unanswered',
  'Pressure-sold orders', 'Price-claim issues', 'Refunds already requested',
  'Few refunds soon after payment', 'Orders past the usual refund time',
];

let served: Served;
let browser: Browser;
let ctx: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  served = await serve({ seed: 7 });
  browser = await launchBrowser();
  ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN' });
  page = await ctx.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(served.urlFor('console', 'assistant'));
  await page.waitForSelector('[data-testid=onair-product]', { timeout: 15_000 });
});

afterAll(async () => {
  await browser?.close();
  await served?.kill();
});

describe('English UI words the domain codes', () => {
  it('shows an alert in Chinese, then in English after the language switch', async () => {
    // Any product under 100 000 in stock is "low": the hub raises stock_low for the on-air or next product.
    await page.getByTestId('thresholds-toggle').click();
    await page.getByTestId('threshold-stockLow').fill('100000');
    await page.getByTestId('threshold-stockLow').press('Enter');
    const alert = page.locator('[data-testid=alert-item][data-kind=stock_low] .alert-msg').first();
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.getAttribute('title')).toMatch(/^「.+」库存告急：剩 \d+ 件$/u);

    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => alert.getAttribute('title')).toMatch(/^“.+” is running out: \d+ left$/u);
    const sentence = (await alert.getAttribute('title'))!.replace(/“[^”]*”/gu, '');
    expect(sentence).not.toMatch(CJK);
  });

  it('shows the refund-risk reasons in English', async () => {
    const items = page.locator('[data-testid=risk-reasons] li');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const labels = await items.locator('.ellipsis').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) expect(RISK_LABELS_EN).toContain(l);
    for (const title of await items.evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''))) {
      expect(title.length).toBeGreaterThan(0);
      expect(title).not.toMatch(CJK);
    }
    expect(pageErrors).toEqual([]);
  });
});
