import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { horizontalOverflow } from './support/layout';
import { serve, type Served } from './support/serve';

/**
 * The 排品编辑器 on tablets: at 768×1024 every toolbar action is on screen or in the 更多 menu
 * (which works from the keyboard), the list and the editor are one pane at a time with a back
 * control; at all four sizes nothing in the toolbar is clipped and the page never scrolls sideways.
 * Screenshots go to test-results/screenshots/ (and $LD_SHOTS when set).
 */
const SHOTS = [fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url)), process.env.LD_SHOTS].filter((d): d is string => !!d);
const SIZES = [{ width: 1440, height: 900 }, { width: 1920, height: 1080 }, { width: 1024, height: 768 }, { width: 768, height: 1024 }] as const;
/** Always in the toolbar itself. */
const DIRECT = ['show-title', 'save-button', 'toolbar-import', 'undo', 'redo', 'go-live'];
/** In the toolbar at wide sizes, in 更多 at tablet sizes. */
const SECONDARY = ['new-button', 'open-button', 'saveas-button', 'export-print', 'export-csv', 'export-xlsx', 'lexicon-button', 'fromroom-button'];

let served: Served;
let browser: Browser;
const pageErrors: string[] = [];

async function open(viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1, locale: 'zh-CN' });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(served.urlFor('rundown', 'producer'));
  await page.waitForSelector('[data-testid=queue-slot]', { timeout: 20_000 });
  return page;
}

/** The box of a visible element, and whether it lies wholly inside the window. */
async function inView(page: Page, testId: string, vp: { width: number; height: number }) {
  const el = page.getByTestId(testId).first();
  expect(await el.isVisible(), `${testId} visible`).toBe(true);
  const r = (await el.boundingBox())!;
  expect(r, testId).not.toBeNull();
  expect(r.x, `${testId} left`).toBeGreaterThanOrEqual(0);
  expect(r.y, `${testId} top`).toBeGreaterThanOrEqual(0);
  expect(r.x + r.width, `${testId} right`).toBeLessThanOrEqual(vp.width);
  expect(r.y + r.height, `${testId} bottom`).toBeLessThanOrEqual(vp.height);
  return r;
}

async function shoot(page: Page, name: string) {
  for (const dir of SHOTS) {
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: `${dir}/${name}.png` });
  }
}

beforeAll(async () => {
  served = await serve({ seed: 11 });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.kill();
});

describe('rundown editor at 768×1024 (portrait tablet)', () => {
  const vp = { width: 768, height: 1024 };
  let page: Page;
  beforeAll(async () => { page = await open(vp); });

  it('shows the list first, every direct toolbar action inside the window, no sideways scroll', async () => {
    expect(await page.getAttribute('[data-testid=rundown-body]', 'data-layout')).toBe('narrow');
    expect(await page.getAttribute('[data-testid=rundown-body]', 'data-pane')).toBe('list');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    for (const id of [...DIRECT, 'toolbar-more']) await inView(page, id, vp);
    expect(await page.getByTestId('slot-editor').isVisible()).toBe(false);
    expect(await page.getByTestId('queue-slot').count()).toBe(10);
    await shoot(page, 'rundown-tablet-768x1024-list');
  });

  it('puts the secondary actions in 更多, reachable and usable from the keyboard', async () => {
    await page.getByTestId('toolbar-more').focus();
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('[data-testid=toolbar-more]', 'aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('new-button');
    for (const id of SECONDARY) await inView(page, id, vp);
    await shoot(page, 'rundown-tablet-768x1024-more');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('open-button');
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('fromroom-button');
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('export-csv').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('toolbar-more');
    // ↑ opens on the last item; Home, then ↓ ↓ lands on 另存为…, Enter runs it.
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('fromroom-button');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=saveas-dialog]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=saveas-dialog]', { state: 'detached' });
  });

  it('opens the editor for a tapped slot, with a back control, then returns to the list', async () => {
    const name = await page.locator('[data-testid=queue-slot] >> nth=2').locator('.qname').textContent();
    await page.click('[data-testid=queue-slot] >> nth=2');
    expect(await page.getAttribute('[data-testid=rundown-body]', 'data-pane')).toBe('editor');
    await page.waitForSelector('[data-testid=slot-editor]', { state: 'visible' });
    expect(await page.textContent('[data-testid=slot-product-name]')).toContain(name!.trim());
    expect(await page.textContent('[data-testid=pane-position]')).toBe('第 3 / 10 个排品');
    await inView(page, 'back-to-list', vp);
    await inView(page, 'slot-editor', { width: vp.width, height: Number.POSITIVE_INFINITY });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('back-to-list');
    expect(await page.getByTestId('queue-slot').first().isVisible()).toBe(false);
    // The talking points were measured while hidden: they must fit their text once shown.
    const heights = await page.$$eval('.rd-center textarea', (els) => els.map((e) => e.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(30);
    // The findings for this slot are under the editor.
    expect(await page.locator('.findings').isVisible()).toBe(true);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shoot(page, 'rundown-tablet-768x1024-editor');

    await page.keyboard.press('Enter'); // the focused back control
    expect(await page.getAttribute('[data-testid=rundown-body]', 'data-pane')).toBe('list');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-slot-id') ?? null)).not.toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-selected'))).toBe('true');
    // Enter on a focused slot opens it too.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('[data-testid=rundown-body]', 'data-pane')).toBe('editor');
    expect(await page.textContent('[data-testid=pane-position]')).toBe('第 4 / 10 个排品');
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

describe('rundown toolbar at every size: nothing clipped, no sideways scroll', () => {
  for (const vp of SIZES) {
    it(`${vp.width}×${vp.height}`, async () => {
      const page = await open(vp);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      for (const id of DIRECT) await inView(page, id, vp);
      const wide = vp.width >= 1280;
      expect(await page.getByTestId('toolbar-more').count()).toBe(wide ? 0 : 1);
      if (wide) {
        for (const id of ['new-button', 'open-button', 'saveas-button', 'export-menu', 'lexicon-button', 'fromroom-button']) await inView(page, id, vp);
        await page.getByTestId('export-menu').click();
        for (const id of ['export-print', 'export-csv', 'export-xlsx']) await inView(page, id, vp);
        await page.keyboard.press('Escape');
      } else {
        await page.getByTestId('toolbar-more').click();
        for (const id of SECONDARY) await inView(page, id, vp);
        await page.keyboard.press('Escape');
      }
      // Beside the list (or, on the portrait tablet, after tapping a slot) the editor is on screen.
      if (vp.width > 900) {
        expect(await page.getAttribute('[data-testid=rundown-body]', 'data-pane')).toBe('all');
        const list = (await page.locator('.rd-left').boundingBox())!;
        const editor = (await page.getByTestId('slot-editor').boundingBox())!;
        expect(editor.x).toBeGreaterThanOrEqual(list.x + list.width - 1);
        expect(editor.x + editor.width).toBeLessThanOrEqual(vp.width);
        expect(await page.locator('.findings').isVisible()).toBe(true);
      }
      await shoot(page, `rundown-${vp.width}x${vp.height}`);
      await page.close();
    });
  }
});
