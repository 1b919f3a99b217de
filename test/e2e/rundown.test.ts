import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../shared/protocol/document';
import { launchBrowser } from './support/browser';
import { serve, type Served } from './support/serve';

/**
 * The 排品编辑器 end to end in Chromium against a real `livedeck serve`: import a GBK CSV, add a
 * product, reorder by drag and by keyboard, type banned words and see them underlined and listed,
 * save to a file, reload the page and reopen the file.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHOTS = join(ROOT, 'test-results/screenshots');
const CSV = join(ROOT, 'test/fixtures/import/catalog-gbk.csv');
const FILE = 'e2e 周五专场';

let served: Served;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

const slotIds = (p: Page) => p.$$eval('[data-testid=queue-slot]', (els) => els.map((e) => e.getAttribute('data-product-id')));

beforeAll(async () => {
  served = await serve({ seed: 11 });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => void d.accept());
  await page.goto(served.urlFor('rundown', 'producer'));
  await page.waitForSelector('[data-testid=queue-slot]', { timeout: 20_000 });
});

afterAll(async () => {
  await browser?.close();
  await served?.kill();
});

describe('#/rundown editor', () => {
  it('starts from the room’s run-of-show', async () => {
    expect((await slotIds(page)).length).toBe(10);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'rundown-1440x900.png') });
  });

  it('imports a GBK CSV catalog through the mapping/summary dialog', async () => {
    await page.click('[data-testid=toolbar-import]');
    await page.setInputFiles('[data-testid=import-file]', CSV);
    await page.waitForSelector('[data-testid=import-summary]');
    expect(await page.textContent('[data-testid=import-summary]')).toContain('5 个商品可导入');
    await page.click('[data-testid=import-confirm]');
    await page.waitForSelector('[data-testid=import-dialog]', { state: 'detached' });
    await page.fill('input[type=search]', '3581001');
    await page.waitForSelector('[data-testid=catalog-item][data-product-id="3581001"]');
  });

  it('adds the product, then reorders by drag and by Alt+↓', async () => {
    // Select the last slot so the new one is appended after it.
    await page.click('[data-testid=queue-slot] >> nth=9');
    await page.click('[data-testid=catalog-item][data-product-id="3581001"] [data-testid=catalog-add]');
    await expect.poll(() => slotIds(page)).toHaveLength(11);
    expect((await slotIds(page))[10]).toBe('3581001');

    await page.dragAndDrop('[data-testid=queue-slot] >> nth=10', '[data-testid=queue-slot] >> nth=0', { targetPosition: { x: 60, y: 4 } });
    await expect.poll(async () => (await slotIds(page))[0]).toBe('3581001');

    await page.focus('[data-testid=queue-slot] >> nth=0');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(async () => (await slotIds(page))[1]).toBe('3581001');
    expect((await slotIds(page))[0]).toBe('p01-tee');
  });

  it('underlines banned words as they are typed and lists them with reasons', async () => {
    await page.click('[data-testid=queue-slot] >> nth=1');
    await page.waitForSelector('[data-testid=slot-editor]');
    expect(await page.textContent('[data-testid=slot-product-name]')).toContain('德绒圆领打底衫');
    await page.click('[data-testid=tp-closing]');
    await page.keyboard.type('这件是全网最低价，第一次来的宝宝加我微信');
    const closing = page.locator('.lint-block', { has: page.locator('[data-testid=tp-closing]') });
    await expect.poll(() => closing.locator('[data-testid=lint-mark]').evaluateAll((els) => els.map((e) => [e.textContent, e.getAttribute('data-rule')]))).toEqual([
      ['全网最低价', 'price-lowest-absolute'],
      ['加我微信', 'off-platform-diversion'],
    ]);
    // The findings panel follows after its debounce; 第一次 is a compound word, not the absolute term 第一.
    const rules = () => page.$$eval('[data-testid=finding-item]', (els) => els.map((e) => e.getAttribute('data-rule')));
    await expect.poll(rules).toEqual(expect.arrayContaining(['price-lowest-absolute', 'off-platform-diversion']));
    expect(await rules()).not.toContain('absolute-term');
    await page.screenshot({ path: join(SHOTS, 'rundown-lint-1440x900.png') });
  });

  it('saves to a file on the hub and reopens it after a reload', async () => {
    await page.click('[data-testid=save-button]');
    await page.fill('[data-testid=saveas-name]', FILE);
    await page.click('[data-testid=saveas-ok]');
    await expect.poll(() => page.getAttribute('[data-testid=doc-state]', 'data-name')).toBe(FILE);
    expect(await page.getAttribute('[data-testid=doc-state]', 'data-dirty')).toBe('false');

    const path = join(served.dataDir, 'shows', `${FILE}.livedeck.json`);
    expect(existsSync(path)).toBe(true);
    const onDisk = parseDocument(readFileSync(path, 'utf8'));
    expect(onDisk.ok && onDisk.doc.show.slots[1]!.talkingPoints.closing).toBe('这件是全网最低价，第一次来的宝宝加我微信');

    await page.reload();
    await page.waitForSelector('[data-testid=queue-slot]');
    await page.click('[data-testid=open-button]');
    await page.click(`[data-testid=file-row][data-name="${FILE}"]`);
    await page.waitForSelector('[data-testid=open-dialog]', { state: 'detached' });
    await expect.poll(async () => (await slotIds(page)).length).toBe(11);
    expect((await slotIds(page))[1]).toBe('3581001');
    await page.click('[data-testid=queue-slot] >> nth=1');
    expect(await page.inputValue('[data-testid=tp-closing]')).toBe('这件是全网最低价，第一次来的宝宝加我微信');
    await page.waitForSelector('[data-testid=lint-mark][data-rule=off-platform-diversion]');
    expect(pageErrors).toEqual([]);
  });
});
