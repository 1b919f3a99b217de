import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { serve, type Served } from './support/serve';

/**
 * Issue 14 items 1–3 on one hub: a guarded, undoable take-next seen by a second console and the
 * prompter; cues withdrawn when a new show goes live; going live mid-show with the diff dialog.
 */
let served: Served;
let browser: Browser;
let assistant: Page;
let producer: Page;
let host: Page;
let rundown: Page;
const pageErrors: string[] = [];

const onAirId = (p: Page) => p.getAttribute('[data-testid=onair-product]', 'data-product-id');
const onAirSince = (p: Page) => p.getAttribute('[data-testid=onair-card]', 'data-since');
const queueStates = (p: Page) => p.$$eval('[data-testid=queue-item]', (els) => els.map((e) => `${e.getAttribute('data-slot-id')}:${e.getAttribute('data-state')}`).join(' '));

async function open(route: string, role: string, ready: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => pageErrors.push(`${route}: ${e.message}`));
  page.on('dialog', (d) => void d.accept());
  await page.goto(served.urlFor(route, role));
  await page.waitForSelector(ready, { timeout: 20_000 });
  return page;
}

beforeAll(async () => {
  served = await serve({ seed: 14 });
  browser = await launchBrowser();
  assistant = await open('console', 'assistant', '[data-testid=onair-product]');
  producer = await open('console', 'producer', '[data-testid=onair-product]');
  host = await open('prompter', 'host', '[data-testid=onair-product]');
  rundown = await open('rundown', 'producer', '[data-testid=queue-slot]');
});

afterAll(async () => {
  await browser?.close();
  await served?.kill();
});

describe('guarded, undoable live actions', () => {
  it('a double N moves once, asks to confirm, and undo restores the state on every client', async () => {
    const first = await onAirId(assistant);
    const since = await onAirSince(producer);
    const states = await queueStates(producer);
    const nextName = (await assistant.textContent('[data-testid=next-product]'))?.trim();
    await assistant.click('.panel-head .panel-title');
    await assistant.keyboard.press('n');
    await assistant.keyboard.press('n');
    await expect.poll(() => onAirId(producer), { timeout: 3000 }).not.toBe(first);
    const moved = await onAirId(producer);
    expect((await host.textContent('[data-testid=onair-product]'))?.trim()).toBe(nextName);
    await assistant.getByTestId('repeat-confirm').waitFor({ timeout: 2000 });
    expect(await assistant.textContent('[data-testid=confirm-repeat]')).toContain('再按一次确认');
    await assistant.waitForTimeout(700);
    // Moved once: the product after the first one, on every client.
    expect(await onAirId(assistant)).toBe(moved);
    expect(await onAirId(host)).toBe(moved);
    expect((await queueStates(producer)).split(' ').filter((s) => s.endsWith(':done'))).toHaveLength(states.split(' ').filter((s) => s.endsWith(':done')).length + 1);

    await assistant.getByTestId('undo-take').click();
    for (const p of [assistant, producer, host]) await expect.poll(() => onAirId(p), { timeout: 3000 }).toBe(first);
    await expect.poll(() => queueStates(producer), { timeout: 3000 }).toBe(states);
    expect(await onAirSince(producer)).toBe(since);
    expect(await assistant.getByTestId('undo-take').count()).toBe(0);
  });

  it('two consoles pressing take-next at once move the queue once', async () => {
    await assistant.waitForTimeout(1600); // past this console's own repeat window
    const first = await onAirId(producer);
    const nextName = (await producer.textContent('[data-testid=next-product]'))?.trim();
    // Both presses made against the same on-air slot (in-page clicks, sent together).
    const press = (p: Page) => p.evaluate(() => document.querySelector<HTMLButtonElement>('[data-testid=take-next]')!.click());
    await Promise.all([press(assistant), press(producer)]);
    await expect.poll(() => onAirId(host), { timeout: 3000 }).not.toBe(first);
    await host.waitForTimeout(800);
    expect((await host.textContent('[data-testid=onair-product]'))?.trim()).toBe(nextName);
    expect(await onAirId(assistant)).toBe(await onAirId(host));
    // The hub refused the second as made against a slot no longer on air, and that console says so.
    const staleToasts = async () => (await Promise.all([assistant, producer].map((p) => p.getByTestId('toast').filter({ hasText: '已切换到其他商品' }).count()))).reduce((a, b) => a + b, 0);
    await expect.poll(staleToasts, { timeout: 3000 }).toBe(1);
  });
});

describe('cues and going live mid-show', () => {
  it('going live mid-show shows the diff, keeps the on-air product and its timer, and withdraws old cues', async () => {
    await assistant.getByTestId('cue-note').fill('旧节目的券');
    await assistant.getByTestId('quick-cue-coupon').click();
    await host.getByTestId('prompter-cue').filter({ hasText: '旧节目的券' }).waitFor({ timeout: 3000 });

    const onAir = await onAirId(host);
    const since = await onAirSince(producer);
    const onAirName = (await host.textContent('[data-testid=onair-product]'))?.trim();
    // The rundown: load the room's show, drop its last product, send it live.
    await rundown.getByRole('button', { name: /载入直播间节目单/ }).click();
    const slots = rundown.getByTestId('queue-slot');
    const lastProduct = await slots.last().getAttribute('data-product-id');
    expect(lastProduct).not.toBe(onAir);
    await slots.last().hover();
    await slots.last().getByTestId('slot-remove').click();
    await rundown.getByTestId('go-live').click();
    const dialog = rundown.getByTestId('golive-dialog');
    await dialog.waitFor({ timeout: 3000 });
    expect(await dialog.getByTestId('golive-onair').getAttribute('data-fate')).toBe('kept');
    expect(await dialog.getByTestId('golive-onair').textContent()).toContain(onAirName!);
    expect(await dialog.locator('[data-testid=golive-removed] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-product-id')))).toEqual([lastProduct]);
    // Nothing changed in the room before the producer confirmed.
    expect(await host.getByTestId('prompter-cue').count()).toBe(1);
    await dialog.getByTestId('golive-confirm').click();

    await expect.poll(() => host.getByTestId('prompter-cue').count(), { timeout: 3000 }).toBe(0);
    await expect.poll(() => producer.$$eval('[data-testid=queue-item]', (els) => els.length), { timeout: 3000 }).toBe(9);
    expect(await onAirId(host)).toBe(onAir);
    expect(await onAirId(producer)).toBe(onAir);
    expect(await onAirSince(producer)).toBe(since);
    expect(await assistant.getByTestId('cue-withdrawn').count()).toBeGreaterThanOrEqual(1);
  });

  it('asks, naming it, before a new show takes the on-air product off air', async () => {
    const onAir = await onAirId(host);
    const onAirName = (await host.textContent('[data-testid=onair-product]'))?.trim();
    await rundown.getByRole('button', { name: /载入直播间节目单/ }).click();
    const slot = rundown.locator(`[data-testid=queue-slot][data-product-id="${onAir}"]`);
    await slot.hover();
    await slot.getByTestId('slot-remove').click();
    await rundown.getByTestId('go-live').click();
    const dialog = rundown.getByTestId('golive-dialog');
    await dialog.waitFor({ timeout: 3000 });
    expect(await dialog.getByTestId('golive-onair').getAttribute('data-fate')).toBe('dropped');
    expect(await dialog.getByTestId('golive-confirm').textContent()).toContain(onAirName!);
    await dialog.getByRole('button', { name: '取消' }).click();
    await rundown.waitForTimeout(500);
    expect(await onAirId(host)).toBe(onAir);
    expect(pageErrors).toEqual([]);
  });
});
