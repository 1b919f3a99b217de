import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { serve, type Served } from './support/serve';

/**
 * Issue 5's team run: a producer, an assistant and a host, each in their own page (own tab
 * session, own role) on one hub, through a slot change, a cue and a viewer question.
 */
let served: Served;
let browser: Browser;
let producer: Page;
let assistant: Page;
let host: Page;

const onAirId = (p: Page) => p.getAttribute('[data-testid=onair-product]', 'data-product-id');

async function open(route: string, role: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await ctx.newPage();
  await page.goto(served.urlFor(route, role));
  await page.waitForSelector('[data-testid=onair-product]', { timeout: 15_000 });
  return page;
}

beforeAll(async () => {
  served = await serve({ seed: 11 });
  browser = await launchBrowser();
  producer = await open('console', 'producer');
  assistant = await open('console', 'assistant');
  host = await open('prompter', 'host');
});

afterAll(async () => {
  await browser?.close();
  await served?.kill();
});

describe('producer, assistant and host on one hub', () => {
  it('every page sees the whole team by role', async () => {
    // The prompter is a host view without the status bar (issue 14 item 6): the operator brings it back.
    await host.click('[data-testid=toggle-nav]');
    for (const p of [producer, assistant, host]) {
      await expect.poll(() => p.textContent('[data-testid=peers]'), { timeout: 5000 }).toMatch(/主播\s*1.*助播\s*1.*运营\s*1/s);
    }
  });

  it('a slot change by the producer reaches the assistant and the host', async () => {
    const before = await onAirId(host);
    await producer.click('[data-testid=take-next]');
    await expect.poll(() => onAirId(host), { timeout: 2000 }).not.toBe(before);
    const now = await onAirId(host);
    await expect.poll(() => onAirId(assistant), { timeout: 2000 }).toBe(now);
    const states = await assistant.$$eval('[data-testid=queue-item]', (els) => els.map((e) => e.getAttribute('data-state')));
    expect(states.filter((s) => s === 'onair')).toHaveLength(1);
  });

  it('a cue fired by the assistant flashes for the host; the ack shows on both consoles', async () => {
    await assistant.getByTestId('quick-cue-coupon').click();
    const cue = host.getByTestId('prompter-cue').first();
    await cue.waitFor({ timeout: 3000 });
    expect(await cue.textContent()).toContain('优惠券');
    await cue.getByTestId('cue-ack').click();
    for (const p of [assistant, producer]) {
      await expect.poll(() => p.getAttribute('[data-testid=fired-cue] >> nth=0', 'data-acked'), { timeout: 3000 }).toBe('true');
    }
  });

  it('a question pushed by the assistant is answered by the host and marked on the consoles', async () => {
    await assistant.waitForSelector('[data-testid=comment-item][data-intent=question]', { timeout: 30_000 });
    await assistant.getByTestId('chip-question').click();
    const row = assistant.locator('[data-testid=comment-item][data-pushed=false]').last();
    const id = await row.getAttribute('data-id');
    await row.hover();
    await row.getByRole('button', { name: /提词器/ }).click();
    const q = host.locator(`[data-testid=prompter-question][data-comment-id="${id}"]`);
    await q.waitFor({ timeout: 3000 });
    await q.getByTestId('question-answered').click();
    await q.waitFor({ state: 'detached', timeout: 3000 });
    await expect
      .poll(() => assistant.getAttribute(`[data-testid=comment-item][data-id="${id}"]`, 'data-answered'), { timeout: 3000 })
      .toBe('true');
  });
});
