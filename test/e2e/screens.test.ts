import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { horizontalOverflow, smallTargets } from './support/layout';
import { serve, type Served } from './support/serve';

/**
 * Issue 14 items 5 and 6: tablets, phones and the host's screen. Console and prompter at
 * 1024×768 and 768×1024 (the prompter also on a 390×844 phone): no horizontal overflow, queue
 * names readable, the comment list usable, touch targets ≥ 40 px. The prompter is a host view
 * (no navigation), has its own `?` help, big questions and cues, the script starting near the
 * reading line and the 划线价 wording. Screenshots go to test-results/screenshots/.
 */
const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const TABLETS = [{ width: 1024, height: 768 }, { width: 768, height: 1024 }] as const;
let served: Served;
let browser: Browser;
const pages: Page[] = [];

async function open(route: 'console' | 'prompter', role: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1, locale: 'zh-CN' });
  pages.push(page);
  await page.goto(served.urlFor(route, role));
  await page.waitForSelector('[data-testid=onair-product]', { timeout: 15_000 });
  return page;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  served = await serve({ seed: 7 });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.kill();
});

describe('console on tablets (issue 14 item 5)', () => {
  for (const vp of TABLETS) {
    it(`${vp.width}×${vp.height}: no sideways scroll, names ≥ 120 px, comments ≥ 300 px, touch targets ≥ 40 px`, async () => {
      const page = await open('console', 'assistant', vp);
      await page.waitForSelector('[data-testid=queue-item-name]');
      await page.waitForSelector('[data-testid=comment-item]', { timeout: 15_000 });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      const nameWidths = await page.$$eval('[data-testid=queue-item-name]', (els) => els.map((e) => e.getBoundingClientRect().width));
      expect(nameWidths.length).toBeGreaterThanOrEqual(8);
      expect(Math.min(...nameWidths)).toBeGreaterThanOrEqual(120);
      // Full names on hover.
      const titles = await page.$$eval('[data-testid=queue-item-name]', (els) => els.map((e) => e.getAttribute('title') ?? ''));
      expect(titles.every((t) => t.length > 0)).toBe(true);
      const listHeight = await page.$eval('.clist-wrap', (e) => e.getBoundingClientRect().height);
      expect(listHeight).toBeGreaterThanOrEqual(300);
      expect(await smallTargets(page, '.app')).toEqual([]);
      // Metric tiles: sparklines stay inside their tile.
      const spill = await page.$$eval('.tile', (tiles) => tiles.filter((t) => {
        const r = t.getBoundingClientRect();
        const s = t.querySelector('.spark')?.getBoundingClientRect();
        return s ? s.right > r.right + 0.5 : false;
      }).length);
      expect(spill).toBe(0);
      await page.screenshot({ path: `${SHOTS}console-${vp.width}x${vp.height}.png` });
      await page.screenshot({ path: `${SHOTS}console-${vp.width}x${vp.height}-full.png`, fullPage: true });
      await page.close();
    });
  }
});

describe('prompter on tablets and phones (issue 14 items 5, 6)', () => {
  for (const vp of [...TABLETS, { width: 390, height: 844 }]) {
    it(`${vp.width}×${vp.height}: no sideways scroll, controls on screen and ≥ 40 px`, async () => {
      const page = await open('prompter', 'host', vp);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      for (const id of ['mirror-toggle', 'prompter-help', 'toggle-nav']) {
        const r = await page.getByTestId(id).boundingBox();
        expect(r, id).not.toBeNull();
        expect(r!.x + r!.width, id).toBeLessThanOrEqual(vp.width);
        expect(r!.y + r!.height, id).toBeLessThanOrEqual(vp.height);
      }
      expect(await smallTargets(page, '.app')).toEqual([]);
      await page.screenshot({ path: `${SHOTS}prompter-${vp.width}x${vp.height}.png` });
      await page.close();
    });
  }
});

describe('the host\'s screen (issue 14 item 6)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('prompter', 'host', { width: 1920, height: 1080 });
  });

  it('hides the navigation and status bar, keeps a corner connection dot', async () => {
    expect(await page.locator('.statusbar').count()).toBe(0);
    expect(await page.locator('.sb-nav a').count()).toBe(0);
    expect(await page.getAttribute('[data-testid=host-conn-dot]', 'class')).toContain('is-up');
    await page.getByTestId('toggle-nav').click();
    expect(await page.locator('.sb-nav a').count()).toBe(6) // console, prompter, rundown, review, sources, integrations;
    await page.getByTestId('toggle-nav').click();
    expect(await page.locator('.statusbar').count()).toBe(0);
  });

  it('has its own ? help listing the prompter keys', async () => {
    await page.keyboard.press('?');
    const help = page.getByTestId('help-overlay');
    expect(await help.getAttribute('data-keys')).toBe('prompter');
    expect(await help.textContent()).toContain('PgDn');
    expect(await help.textContent()).toContain('确认最新的提示');
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('help-overlay').count()).toBe(0);
  });

  it('pushed questions and cues are ≥ 40 px at 1920×1080', async () => {
    const size = (sel: string) => page.evaluate((s) => {
      const probe = document.createElement('div');
      probe.className = s;
      probe.textContent = '测试';
      const side = document.querySelector('.p-side')!;
      side.appendChild(probe);
      const px = parseFloat(getComputedStyle(probe).fontSize);
      probe.remove();
      return px;
    }, sel);
    expect(await size('p-q-text')).toBeGreaterThanOrEqual(40);
    expect(await size('cue-flash')).toBeGreaterThanOrEqual(40);
  });

  it('starts the script near the reading line (no empty top quarter)', async () => {
    const r = await page.evaluate(() => {
      const wrap = document.querySelector('.script-wrap')!.getBoundingClientRect();
      const first = document.querySelector('.script-sec, .script-empty')!.getBoundingClientRect();
      const focus = document.querySelector('.script-focus')!.getBoundingClientRect();
      return { emptyTop: (first.top - wrap.top) / wrap.height, focusTop: (focus.top - wrap.top) / wrap.height };
    });
    expect(r.emptyTop).toBeLessThan(0.16);
    expect(r.focusTop).toBeLessThan(0.16);
  });

  it('labels the strike-through price 划线价, never 原价', async () => {
    const text = await page.textContent('.p-head');
    expect(text).not.toContain('原价');
    if ((await page.locator('.p-list').count()) > 0) expect(await page.textContent('.p-list')).toContain('划线价');
    await page.screenshot({ path: `${SHOTS}prompter-1920x1080.png` });
  });
});
