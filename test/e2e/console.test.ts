import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { serve, type Served } from './support/serve';

const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

let served: Served;
let browser: Browser;
let ctx: BrowserContext;
let consolePage: Page;
let prompterPage: Page;
const pageErrors: string[] = [];
const cspViolations: string[] = [];

const onAirId = (p: Page) => p.getAttribute('[data-testid=onair-product]', 'data-product-id');
const onlineValue = async (p: Page) => Number(await p.getAttribute('[data-testid=metric-online]', 'data-value'));

async function open(route: string, role?: string): Promise<Page> {
  const page = await ctx.newPage();
  page.on('pageerror', (e) => pageErrors.push(`${route}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspViolations.push(`${route}: ${m.text()}`);
  });
  await page.goto(served.urlFor(route, role));
  await page.waitForSelector('[data-testid=onair-product]', { timeout: 15_000 });
  return page;
}

/**
 * Runs `action` on the console (a click on take-next or the N key) and measures, with in-page
 * timestamps, the time from the user's input event on the console to the prompter's on-air
 * product changing — the system's latency, without the test driver's own overhead.
 */
async function prompterFollows(action: () => Promise<void>): Promise<{ before: string | null; after: string | null; ms: number }> {
  const before = await onAirId(prompterPage);
  await consolePage.evaluate(() => {
    const w = window as unknown as { __inputAt?: number };
    delete w.__inputAt;
    const mark = () => { w.__inputAt ??= Date.now(); };
    window.addEventListener('pointerdown', mark, { capture: true, once: true });
    window.addEventListener('keydown', mark, { capture: true, once: true });
  });
  const changed = prompterPage.waitForFunction(
    (prev) => {
      const el = document.querySelector('[data-testid=onair-product]');
      return el && el.getAttribute('data-product-id') !== prev ? Date.now() : false;
    },
    before,
    { timeout: 5000, polling: 10 },
  );
  changed.catch(() => undefined); // awaited below; keep a failed wait from being "unhandled" meanwhile
  await action();
  const changedAt = (await (await changed).jsonValue()) as number;
  const inputAt = await consolePage.evaluate(() => (window as unknown as { __inputAt?: number }).__inputAt ?? NaN);
  return { before, after: await onAirId(prompterPage), ms: changedAt - inputAt };
}

beforeAll(async () => {
  served = await serve({ seed: 7 });
  browser = await launchBrowser();
  ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN' });
  consolePage = await open('console');
  prompterPage = await open('prompter', 'host');
});

afterAll(async () => {
  await browser?.close();
  await served?.kill();
});

describe('console and prompter on one hub (livedeck serve)', () => {
  it('takes the token out of the visible URL and keeps the route', async () => {
    for (const [page, route] of [[consolePage, 'console'], [prompterPage, 'prompter']] as const) {
      const url = new URL(page.url());
      expect(url.search).toBe('');
      expect(url.hash).toBe(`#/${route}`);
      const stored = await page.evaluate(() => sessionStorage.getItem('livedeck.session'));
      expect(JSON.parse(stored ?? '{}').token).toBe(served.token);
    }
    // Each tab is its own peer: one host (prompter) and one assistant (console).
    await expect.poll(() => consolePage.textContent('[data-testid=peers]'), { timeout: 5000 }).toMatch(/主播\s*1.*助播\s*1/s);
  });

  it('shows the headline figures with raw values and the online figure moves', async () => {
    for (const id of ['metric-online', 'metric-gmv', 'metric-conversion', 'metric-refund-risk']) {
      const v = Number(await consolePage.getAttribute(`[data-testid=${id}]`, 'data-value'));
      expect(Number.isFinite(v), id).toBe(true);
      expect(v, id).toBeGreaterThanOrEqual(0);
    }
    const conversion = Number(await consolePage.getAttribute('[data-testid=metric-conversion]', 'data-value'));
    const risk = Number(await consolePage.getAttribute('[data-testid=metric-refund-risk]', 'data-value'));
    expect(conversion).toBeLessThanOrEqual(1);
    expect(risk).toBeLessThanOrEqual(1);
    expect(Number.isInteger(await onlineValue(consolePage))).toBe(true);

    const first = await onlineValue(consolePage);
    await expect.poll(() => onlineValue(consolePage), { timeout: 20_000, interval: 250 }).not.toBe(first);
  });

  it('shows comments arriving in the comment panel', async () => {
    await consolePage.waitForSelector('[data-testid=comment-item]', { timeout: 15_000 });
    const seen = new Set(await consolePage.$$eval('[data-testid=comment-item]', (els) => els.map((e) => e.getAttribute('data-id'))));
    await expect
      .poll(async () => {
        const ids = await consolePage.$$eval('[data-testid=comment-item]', (els) => els.map((e) => e.getAttribute('data-id')));
        return ids.some((id) => !seen.has(id));
      }, { timeout: 20_000, interval: 250 })
      .toBe(true);
  });

  it('marks exactly one queue item on air and one next', async () => {
    const states = await consolePage.$$eval('[data-testid=queue-item]', (els) => els.map((e) => e.getAttribute('data-state')));
    expect(states.length).toBeGreaterThanOrEqual(8);
    for (const s of states) expect(['done', 'onair', 'next', 'queued']).toContain(s);
    expect(states.filter((s) => s === 'onair')).toHaveLength(1);
    expect(states.filter((s) => s === 'next')).toHaveLength(1);
  });

  it('take-next on the console changes the prompter within a second', async () => {
    const nextName = (await consolePage.textContent('[data-testid=next-product]'))?.trim();
    const r = await prompterFollows(() => consolePage.click('[data-testid=take-next]'));
    console.info(`take-next click → prompter changed: ${r.ms} ms`);
    expect(r.after).not.toBe(r.before);
    expect(r.ms).toBeLessThan(1000);
    expect((await prompterPage.textContent('[data-testid=onair-product]'))?.trim()).toBe(nextName);
    await expect.poll(() => onAirId(consolePage)).toBe(r.after);
    // The talking points follow the product too.
    expect((await prompterPage.textContent('[data-testid=prompter-text]'))?.length ?? 0).toBeGreaterThan(20);
  });

  it('the N hotkey takes the next product, but not while typing in a field', async () => {
    await consolePage.click('.panel-head .panel-title'); // focus the page, not a control
    await consolePage.waitForTimeout(1600); // past the repeat guard of the take-next just before (issue 14)
    const r = await prompterFollows(() => consolePage.keyboard.press('n'));
    console.info(`N key → prompter changed: ${r.ms} ms`);
    expect(r.after).not.toBe(r.before);
    expect(r.ms).toBeLessThan(1000);
    await expect.poll(() => onAirId(consolePage)).toBe(r.after);

    // Typing "n" into the keyword field must not take the next product.
    await consolePage.getByRole('button', { name: /高亮词/ }).click();
    const input = consolePage.getByTestId('keywords-input');
    await input.click();
    await input.press('n');
    await consolePage.waitForTimeout(600);
    expect(await onAirId(prompterPage)).toBe(r.after);
    await input.press('Escape');
    await consolePage.getByRole('button', { name: /高亮词/ }).click();
  });

  it('the intent filter shows only comments of the chosen intent', async () => {
    await consolePage.waitForSelector('[data-testid=comment-item][data-intent=question]', { timeout: 30_000 });
    await consolePage.getByTestId('chip-question').click();
    await expect
      .poll(async () => {
        const intents = await consolePage.$$eval('[data-testid=comment-item]', (els) => els.map((e) => e.getAttribute('data-intent')));
        return intents.length > 0 && intents.every((i) => i === 'question');
      }, { timeout: 5000 })
      .toBe(true);
    await consolePage.getByTestId('chip-question').click();
    await expect
      .poll(async () => new Set(await consolePage.$$eval('[data-testid=comment-item]', (els) => els.map((e) => e.getAttribute('data-intent')))).size, { timeout: 20_000 })
      .toBeGreaterThan(1);
  });

  it('a question pushed with P appears on the prompter and can be marked answered there', async () => {
    await consolePage.getByTestId('chip-question').click();
    const row = consolePage.locator('[data-testid=comment-item][data-pushed=false]').last();
    await row.click();
    const id = await consolePage.getAttribute('[data-testid=selected-comment]', 'data-comment-id');
    expect(id).toBeTruthy();
    await consolePage.mouse.move(5, 5); // leave the list; the selection keeps it paused
    await consolePage.keyboard.press('p');
    const pushed = prompterPage.locator(`[data-testid=prompter-question][data-comment-id="${id}"]`);
    await pushed.waitFor({ timeout: 3000 });
    const text = (await consolePage.textContent(`[data-testid=comment-item][data-id="${id}"] .ctext`))?.trim();
    expect((await pushed.textContent()) ?? '').toContain(text);

    await pushed.getByTestId('question-answered').click();
    await pushed.waitFor({ state: 'detached', timeout: 3000 });
    await consolePage.keyboard.press('Escape');
    await consolePage.getByTestId('chip-question').click();
  });

  it('offers quick replies for a selected question, filled with the product and copied on click', async () => {
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.origin });
    await consolePage.getByTestId('chip-question').click();
    const row = consolePage.locator('[data-testid=comment-item][data-topic]').last();
    await row.waitFor({ timeout: 30_000 });
    await row.click();
    const reply = consolePage.getByTestId('quick-reply').first();
    await reply.waitFor({ timeout: 3000 });
    const text = (await reply.getAttribute('title')) ?? '';
    expect(text).not.toMatch(/[{}]/);
    expect(text.length).toBeGreaterThan(8);
    await reply.click();
    await expect.poll(() => consolePage.evaluate(() => navigator.clipboard.readText()), { timeout: 3000 }).toBe(text);
    await consolePage.keyboard.press('Escape');
    await consolePage.getByTestId('chip-question').click();
  });

  it('a cue fired with C flashes on the prompter until the host acknowledges it', async () => {
    await consolePage.keyboard.press('c');
    const cue = prompterPage.getByTestId('prompter-cue').first();
    await cue.waitFor({ timeout: 3000 });
    await cue.getByTestId('cue-ack').click();
    await expect.poll(() => prompterPage.getByTestId('prompter-cue').count(), { timeout: 3000 }).toBe(0);
    await expect
      .poll(() => consolePage.getAttribute('[data-testid=fired-cue] >> nth=0', 'data-acked'), { timeout: 3000 })
      .toBe('true');
  });

  it('the prompter auto-scrolls in auto mode and mirrors for a glass prompter', async () => {
    const scrollTop = () => prompterPage.$eval('[data-testid=prompter-text]', (el) => el.scrollTop);
    await prompterPage.getByTestId('mode-auto').click();
    const t0 = await scrollTop();
    await expect.poll(scrollTop, { timeout: 4000 }).toBeGreaterThan(t0 + 10);
    await prompterPage.getByTestId('mode-follow').click();

    await prompterPage.getByTestId('mirror-toggle').click();
    const transform = await prompterPage.$eval('.p-stage', (el) => getComputedStyle(el).transform);
    expect(transform.startsWith('matrix(-1,')).toBe(true);
    await prompterPage.getByTestId('mirror-toggle').click();
    expect(await prompterPage.$eval('.p-stage', (el) => getComputedStyle(el).transform)).toBe('none');
  });

  it('as host (role picker) the console is refused take-next by the hub and says so', async () => {
    const before = await onAirId(consolePage);
    await consolePage.getByTestId('role-picker').selectOption('host');
    await expect.poll(() => consolePage.getAttribute('[data-testid=conn-status]', 'data-status'), { timeout: 5000 }).toBe('connected');
    await expect.poll(() => consolePage.textContent('[data-testid=peers]'), { timeout: 5000 }).toMatch(/主播\s*2/);
    await consolePage.click('[data-testid=take-next]');
    await consolePage.getByTestId('toast').filter({ hasText: '无权' }).first().waitFor({ timeout: 3000 });
    await consolePage.waitForTimeout(300);
    expect(await onAirId(consolePage)).toBe(before);
    await consolePage.getByTestId('role-picker').selectOption('assistant');
    await expect.poll(() => consolePage.textContent('[data-testid=peers]'), { timeout: 5000 }).toMatch(/助播\s*1/);
  });

  it('fits 1440×900 without page scroll and saves screenshots of both views', async () => {
    mkdirSync(SHOTS, { recursive: true });
    // Leave a pushed question, a pending cue and a marked section on screen for the pictures.
    await consolePage.getByTestId('chip-question').click();
    await consolePage.locator('[data-testid=comment-item][data-pushed=false]').last().click();
    await consolePage.mouse.move(5, 5);
    await consolePage.keyboard.press('p');
    await prompterPage.getByTestId('prompter-question').first().waitFor({ timeout: 3000 });
    await consolePage.keyboard.press('Escape');
    await consolePage.getByTestId('chip-question').click();
    await consolePage.getByTestId('quick-cue-lucky_bag').click();
    await prompterPage.getByTestId('prompter-cue').first().waitFor({ timeout: 3000 });
    await consolePage.click('[data-testid=section-marker] [data-section=sellingPoints]');
    await consolePage.waitForTimeout(1200);
    const fits = await consolePage.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight && document.documentElement.scrollWidth <= window.innerWidth);
    expect(fits).toBe(true);
    await consolePage.screenshot({ path: `${SHOTS}console-1440x900.png` });
    await prompterPage.screenshot({ path: `${SHOTS}prompter-1440x900.png` });
    for (const p of [consolePage, prompterPage]) await p.setViewportSize({ width: 1920, height: 1080 });
    await consolePage.waitForTimeout(500);
    await consolePage.screenshot({ path: `${SHOTS}console-1920x1080.png` });
    await prompterPage.screenshot({ path: `${SHOTS}prompter-1920x1080.png` });
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
