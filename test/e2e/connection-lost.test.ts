import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../../electron/hub/hub';
import { manualSource } from '../support/manualSource';
import { startTcpProxy, type TcpProxy } from '../support/tcpProxy';
import { launchBrowser } from './support/browser';

/**
 * Issue 14 item 4: a loud lost connection. Console and prompter are served through a TCP proxy
 * (the cable); the test kills the hub behind it, then starts a new hub on the same data
 * directory and points the cable at it. The banner shows within 2 s of the kill, the figures
 * grey with their age, command buttons disable, the prompter timer says it runs on local time;
 * once the hub is back the banner goes. A silent link (no FIN: the proxy stops forwarding)
 * is detected by the heartbeat watchdog within 2 s as well.
 */
const STATIC = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
const SHOTS = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));
const BANNER = '[data-testid=connection-lost]';
const dataDir = mkdtempSync(join(tmpdir(), 'ld-e2e-connlost-'));
let hub: Hub;
let proxy: TcpProxy;
let browser: Browser;
let consolePage: Page;
let prompterPage: Page;

async function open(route: string, role: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  await page.goto(`http://127.0.0.1:${proxy.port}/?token=${encodeURIComponent(hub.token)}&role=${role}#/${route}`);
  await page.waitForSelector(route === 'console' ? '[data-testid=metric-gmv]' : '[data-testid=onair-product]', { timeout: 15_000 });
  return page;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  hub = await startHub({ source: manualSource(), staticDir: STATIC, dataDir });
  proxy = await startTcpProxy(hub.port);
  browser = await launchBrowser();
  consolePage = await open('console', 'assistant');
  prompterPage = await open('prompter', 'host');
});

afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await hub?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a loud lost connection (issue 14 item 4)', () => {
  it('shows no banner while connected', async () => {
    await consolePage.waitForSelector('[data-testid=conn-status][data-status=connected]', { timeout: 10_000 });
    expect(await consolePage.locator(BANNER).count()).toBe(0);
    expect(await prompterPage.locator(BANNER).count()).toBe(0);
    expect(await consolePage.getByTestId('take-next').isDisabled()).toBe(false);
  });

  it('a cut cable: the banner shows within 2 s on console and prompter, actions disable, figures grey with their age', async () => {
    const cutAt = Date.now();
    proxy.cut();
    await Promise.all([
      consolePage.waitForSelector(BANNER, { timeout: 2000 }),
      prompterPage.waitForSelector(BANNER, { timeout: 2000 }),
    ]);
    const ms = Date.now() - cutAt;
    console.info(`cable cut → banner on both: ${ms} ms`);
    expect(ms).toBeLessThanOrEqual(2000);
    const banner = await consolePage.$eval(BANNER, (el) => {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      return { h: r.height, w: r.width, bg: cs.backgroundColor, text: el.textContent ?? '', font: parseFloat(getComputedStyle(el.querySelector('.conn-lost-title')!).fontSize) };
    });
    expect(banner.text).toContain('与中控服务断开连接');
    expect(banner.w).toBeGreaterThan(1000);
    expect(banner.h).toBeGreaterThanOrEqual(40);
    expect(banner.font).toBeGreaterThanOrEqual(20);
    expect(banner.bg).toBe('rgb(179, 22, 28)');
    expect(await consolePage.getByTestId('take-next').isDisabled()).toBe(true);
    expect(await consolePage.$eval('.tiles', (el) => getComputedStyle(el).filter)).toContain('grayscale');
    await expect.poll(() => consolePage.getAttribute('[data-testid=stale-age]', 'data-age').then(Number), { timeout: 4000 }).toBeGreaterThanOrEqual(2);
    expect(await consolePage.textContent('[data-testid=stale-age]')).toMatch(/\d+ 秒前/);
    expect(await prompterPage.textContent('[data-testid=timer-local]')).toContain('本地计时');
    expect(await prompterPage.getAttribute('[data-testid=host-conn-dot]', 'class')).toContain('is-down');
    await consolePage.screenshot({ path: join(SHOTS, 'console-connection-lost-1440x900.png') });
    await prompterPage.screenshot({ path: join(SHOTS, 'prompter-connection-lost-1440x900.png') });

    proxy.restore();
    await Promise.all([
      consolePage.waitForSelector(BANNER, { state: 'detached', timeout: 10_000 }),
      prompterPage.waitForSelector(BANNER, { state: 'detached', timeout: 10_000 }),
    ]);
    expect(await consolePage.getByTestId('take-next').isDisabled()).toBe(false);
    expect(await prompterPage.locator('[data-testid=timer-local]').count()).toBe(0);
  });

  it('the hub killed and started again: banner within 2 s, gone when it is back, state resynced', async () => {
    const port = hub.port;
    const killedAt = Date.now();
    await hub.close();
    await consolePage.waitForSelector(BANNER, { timeout: 2000 });
    await prompterPage.waitForSelector(BANNER, { timeout: 2000 });
    expect(Date.now() - killedAt).toBeLessThanOrEqual(2500);
    expect(port).toBeGreaterThan(0);
    hub = await startHub({ source: manualSource(), staticDir: STATIC, dataDir, token: hub.token });
    proxy.retarget(hub.port);
    await consolePage.waitForSelector(BANNER, { state: 'detached', timeout: 15_000 });
    await prompterPage.waitForSelector(BANNER, { state: 'detached', timeout: 15_000 });
    await consolePage.waitForSelector('[data-testid=conn-status][data-status=connected]', { timeout: 5000 });
    const productId = hub.room.show.slots.find((s) => s.id === hub.room.live.onAirSlotId)?.productId ?? '';
    await prompterPage.waitForSelector(`[data-testid=onair-product][data-product-id="${productId}"]`, { timeout: 5000 });
  });

  it('a silent link (the cable forwards nothing, no close) shows the banner within 2 s of the last heartbeat', async () => {
    proxy.stall(true);
    const stalledAt = Date.now();
    await consolePage.waitForSelector(BANNER, { timeout: 3500 });
    const ms = Date.now() - stalledAt;
    console.info(`silent link → banner: ${ms} ms`);
    expect(ms).toBeLessThanOrEqual(3500);
    proxy.stall(false);
    await consolePage.waitForSelector(BANNER, { state: 'detached', timeout: 15_000 });
  });
});
