import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../../shared/protocol/limits';
import { launchBrowser } from './support/browser';
import { serve, type Served } from './support/serve';

/**
 * Issue 14 item 7: text limits speak, and a reload of #/rundown reopens what was being edited.
 * A talking-point section takes 20,000 characters (was 5,000), shows a counter near the limit
 * and says so when a paste is cut; a normal reload reopens the document (with its unsaved
 * draft) without "上次异常退出？"; only a page that went away without a clean unload (a crash)
 * gets the recovery prompt.
 */
const FILE = 'limits-show';
let served: Served;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

const closing = () => page.inputValue('[data-testid=tp-closing]');

beforeAll(async () => {
  served = await serve({ seed: 11 });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => void d.accept());
  await page.goto(served.urlFor('rundown', 'producer'));
  await page.waitForSelector('[data-testid=queue-slot]', { timeout: 20_000 });
});

afterAll(async () => {
  await browser?.close();
  await served?.kill();
});

describe('text limits (issue 14 item 7)', () => {
  it('keeps long scripts whole, counts near the limit, says when a paste is cut', async () => {
    expect(TEXT_LIMITS.talkingPoint).toBeGreaterThanOrEqual(20_000);
    expect(TEXT_LIMITS.cueNote).toBeGreaterThanOrEqual(1_000);
    const long = '宝宝们这件真的很好穿。'.repeat(1700); // 18,700 characters
    await page.fill('[data-testid=tp-closing]', long);
    expect((await closing()).length).toBe(long.length);
    const counter = page.locator('.lint-block:has([data-testid=tp-closing]) [data-testid=limit-count]');
    expect(await counter.getAttribute('data-length')).toBe(String(long.length));
    expect(await counter.textContent()).toBe(`18,700 / 20,000`);

    await page.fill('[data-testid=tp-closing]', long + long);
    expect((await closing()).length).toBe(TEXT_LIMITS.talkingPoint);
    const toast = page.getByTestId('toast').filter({ hasText: '已截断' });
    await toast.waitFor({ timeout: 3000 });
    expect(await toast.textContent()).toContain(`已截断 ${long.length * 2 - TEXT_LIMITS.talkingPoint} 字`);
    expect(await counter.getAttribute('class')).toContain('is-full');
  });

  it('a reload reopens the document being edited, with its unsaved changes, and no crash prompt', async () => {
    await page.fill('[data-testid=tp-closing]', '保存的话术');
    await page.click('[data-testid=save-button]');
    await page.fill('[data-testid=saveas-name]', FILE);
    await page.click('[data-testid=saveas-ok]');
    await expect.poll(() => page.getAttribute('[data-testid=doc-state]', 'data-name')).toBe(FILE);
    // Unsaved change, written to the autosave draft (every 5 s).
    await page.fill('[data-testid=tp-closing]', '保存后又改的话术');
    await expect.poll(() => page.textContent('[data-testid=doc-state]'), { timeout: 12_000 }).toMatch(/自动保存|autosaved/i);

    await page.reload();
    await expect.poll(() => page.getAttribute('[data-testid=doc-state]', 'data-name'), { timeout: 15_000 }).toBe(FILE);
    await expect.poll(closing, { timeout: 5000 }).toBe('保存后又改的话术');
    await page.waitForTimeout(1500);
    expect(await page.getByTestId('recovery-banner').count()).toBe(0);
  });

  it('after a crash (no clean unload) the recovery prompt appears', async () => {
    await page.fill('[data-testid=tp-closing]', '崩溃前的话术');
    await expect.poll(() => page.textContent('[data-testid=doc-state]'), { timeout: 12_000 }).toMatch(/自动保存|autosaved/i);
    // A crash never runs pagehide: take the clean-unload mark away after the app wrote it.
    await page.evaluate(() => window.addEventListener('pagehide', () => sessionStorage.removeItem('livedeck.rundown.cleanUnload')));
    await page.reload();
    await page.getByTestId('recovery-banner').waitFor({ timeout: 15_000 });
    expect(pageErrors).toEqual([]);
  });
});
