import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../../electron/hub/hub';
import { launchBrowser } from './support/browser';

/**
 * Issue 17: the producer's webhooks panel (#/integrations). A webhook whose receiver answers 500
 * ends failed after its attempts and shows red with the reason (zh-CN, then English).
 */
const STATIC = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'ld-e2e-integrations-'));
/** Screenshots to look at (not compared). */
const SHOTS = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));
mkdirSync(SHOTS, { recursive: true });
let hub: Hub;
let browser: Browser;
let page: Page;
let receiver: Server;
let receiverUrl = '';
let hits = 0;

beforeAll(async () => {
  receiver = createServer((req, res) => { hits++; req.resume(); req.on('end', () => res.writeHead(500).end('boom')); });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  hub = await startHub({ staticDir: STATIC, dataDir, record: false, webhooks: { baseDelayMs: 100, maxAttempts: 2, timeoutMs: 3000 } });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
});

afterAll(async () => {
  await browser?.close();
  await hub?.close();
  receiver?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('webhooks panel', () => {
  it('adds a webhook, sends a test delivery to a failing receiver, and shows the failure in red with the reason', async () => {
    await page.goto(`${hub.url}/?token=${encodeURIComponent(hub.token)}&role=producer#/integrations`);
    await page.waitForSelector('[data-testid=webhooks-panel] [data-testid=webhook-add]', { timeout: 15_000 });
    await page.fill('[data-testid=webhook-url]', receiverUrl);
    await page.click('[data-testid=webhook-submit]');
    const secret = await page.textContent('[data-testid=webhook-secret]', { timeout: 10_000 });
    expect(secret?.length ?? 0).toBeGreaterThanOrEqual(16);
    await page.waitForSelector('[data-testid=webhook-row][data-state=idle]', { timeout: 10_000 });
    await page.click('[data-testid=webhook-test]');
    await page.waitForSelector('[data-testid=webhook-row][data-state=failed]', { timeout: 15_000 });
    expect(hits).toBe(2);
    const error = await page.textContent('[data-testid=webhook-error]');
    expect(error).toContain('接收方返回 HTTP 500');
    const colour = await page.$eval('[data-testid=webhook-error]', (el) => getComputedStyle(el).color);
    expect(colour).toBe('rgb(255, 90, 95)');
    expect(await page.textContent('[data-testid=webhook-state]')).toBe('投递失败');
    await page.screenshot({ path: join(SHOTS, 'integrations-webhook-failed-zh.png') }).catch(() => undefined);
    await page.click('[data-testid=lang-toggle]');
    await page.waitForFunction(() => document.querySelector('[data-testid=webhook-error]')?.textContent?.includes('the receiver answered HTTP 500'), null, { timeout: 5000 });
    await page.screenshot({ path: join(SHOTS, 'integrations-webhook-failed-en.png') }).catch(() => undefined);
  });

  it('is for the producer only: the assistant sees a note, not the list', async () => {
    await page.goto(`${hub.url}/?token=${encodeURIComponent(hub.tokenFor('assistant'))}&role=assistant#/integrations`);
    await page.waitForSelector('[data-testid=webhooks-panel]', { timeout: 15_000 });
    await page.waitForTimeout(500);
    expect(await page.$('[data-testid=webhook-add]')).toBeNull();
  });
});
