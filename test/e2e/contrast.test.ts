import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { lowContrastTexts } from './support/contrast';
import { serve, type Served } from './support/serve';

/**
 * Issue 14 item 8: readable at a glance. Every visible text node under 14 px on the console,
 * prompter, rundown and review has a contrast of at least 4.5:1 against its effective
 * background (WCAG luminance math in ./support/contrast, computed in Chromium).
 */
let served: Served;
let browser: Browser;
let ctx: BrowserContext;

const VIEWS: { route: string; role: string; ready: string }[] = [
  { route: 'console', role: 'assistant', ready: '[data-testid=comment-item]' },
  { route: 'prompter', role: 'host', ready: '[data-testid=onair-product]' },
  { route: 'rundown', role: 'producer', ready: '[data-testid=queue-slot]' },
  { route: 'review', role: 'producer', ready: '[data-testid=review-total-gmv]' },
];

async function open(route: string, role: string, ready: string): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(served.urlFor(route, role));
  await page.waitForSelector(ready, { timeout: 30_000 });
  // Let entry animations settle (toasts, flashes).
  await page.waitForTimeout(600);
  return page;
}

beforeAll(async () => {
  served = await serve({ seed: 7 });
  browser = await launchBrowser();
  ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN' });
});

afterAll(async () => {
  await browser?.close();
  await served?.kill();
});

describe('text contrast ≥ 4.5:1 under 14 px (issue 14 item 8)', () => {
  it('the WCAG math: white on black is 21, #767676 on white is 4.54', async () => {
    const page = await ctx.newPage();
    await page.setContent('<body style="background:#fff;margin:0"><p style="color:#767676;font-size:12px">a</p><div style="background:#000"><span style="color:#fff;font-size:12px">b</span></div><p style="color:#777;font-size:12px">c</p></body>');
    const low = await lowContrastTexts(page, { min: 4.54 });
    expect(low.map((l) => l.text)).toEqual(['c']);
    expect(await lowContrastTexts(page, { min: 21.1 })).toHaveLength(3);
    await page.close();
  });

  for (const v of VIEWS) {
    it(`#/${v.route}`, async () => {
      const page = await open(v.route, v.role, v.ready);
      const low = await lowContrastTexts(page);
      const kinds = [...new Set(low.map((l) => `${l.where} ${l.color} on ${l.background} = ${l.ratio} (${l.fontPx}px) «${l.text}»`))];
      if (kinds.length) console.info(`#/${v.route} low contrast:\n${kinds.join('\n')}`);
      expect(kinds).toEqual([]);
      await page.close();
    });
  }
});
