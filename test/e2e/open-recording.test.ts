import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { douyinSessionHar } from '../support/har/douyinSession';
import { launchBrowser } from './support/browser';
import { serve, type Served } from './support/serve';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'livedeck-open-rec-'));
const har = douyinSessionHar();

let served: Served;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  served = await serve({ seed: 3 });
  browser = await launchBrowser();
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN' });
  ctx.setDefaultTimeout(15_000);
  page = await ctx.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(served.urlFor('review', 'producer'));
  await page.getByTestId('open-recording').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await served?.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('opening a recording on the review page', () => {
  it('says clearly that a file which is not a HAR or recording cannot be opened', async () => {
    await page.getByTestId('open-recording-input').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('会议记录\n明天八点开播') });
    const err = page.getByTestId('open-recording-error');
    await err.waitFor();
    expect(await err.getAttribute('data-code')).toBe('not_recording');
    expect(await err.textContent()).toContain('「notes.txt」既不是 HAR，也不是 LiveDeck 录制文件');
    await page.getByTestId('open-recording-input').setInputFiles({ name: 'cut.har', mimeType: 'application/json', buffer: Buffer.from(har.slice(0, 4000)) });
    await expect.poll(() => err.getAttribute('data-code')).toBe('not_json');
  });

  it('shows the report of a good HAR, with what the file held, and goes back to the session', async () => {
    const sessionGmv = Number(await page.getByTestId('review-total-gmv').getAttribute('data-value'));
    await page.getByTestId('open-recording-input').setInputFiles({ name: 'session.har', mimeType: 'application/json', buffer: Buffer.from(har) });
    const viewing = page.getByTestId('open-recording-viewing');
    await viewing.waitFor();
    expect(await page.getByTestId('open-recording-error').count()).toBe(0);
    expect(await viewing.textContent()).toContain('正在查看录制：session.har');
    expect(await page.getByTestId('open-recording-source').textContent()).toBe('25 条记录 · 33 个事件（重复 4）· 未解析 3 · 无关 7');
    // 11,980 + 12,900 + 5,990 fen paid (see test/unit/connectors/har/reviewHar.test.ts).
    await expect.poll(async () => Number(await page.getByTestId('review-total-gmv').getAttribute('data-value'))).toBe(30_870);
    // Only the HAR's two products (the hub's show names none of them: they keep their Douyin ids).
    await expect.poll(() => page.getByTestId('review-product-row').count()).toBe(2);
    expect(await page.getByTestId('review-product-row').first().textContent()).toContain('dy:3601001');
    await page.screenshot({ path: `${SHOTS}review-open-har.png` });
    await viewing.getByRole('button').click();
    await page.getByTestId('open-recording-viewing').waitFor({ state: 'detached' });
    expect(Number(await page.getByTestId('review-total-gmv').getAttribute('data-value'))).toBeGreaterThanOrEqual(sessionGmv);
    expect(pageErrors).toEqual([]);
  });
});

describe('livedeck review FILE.har --out report.pdf', () => {
  it('prints the report to a PDF with Chromium', async () => {
    const file = join(dir, 'session.har');
    const pdf = join(dir, 'report.pdf');
    writeFileSync(file, har);
    await promisify(execFile)(process.execPath, ['bin/livedeck.js', 'review', file, '--out', pdf], { cwd: ROOT, timeout: 60_000 });
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 90_000);
});
