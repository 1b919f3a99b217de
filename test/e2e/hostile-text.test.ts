import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../../electron/hub/hub';
import type { LiveEvent } from '../../shared/protocol/events';
import { joinHub, type TestClient } from '../support/hubClient';
import { HOSTILE } from '../support/hostileText';
import { manualSource } from '../support/manualSource';
import { launchBrowser } from './support/browser';

/**
 * DESIGN §6 "viewer text is untrusted": hostile comments in a real Chromium render as text, run
 * no script, and keep the comment list's layout. The hub runs in this process with a hand-driven
 * source (so the test decides what viewers say) and serves the built renderer (dist/renderer).
 */
const STATIC = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'ld-e2e-hostile-'));
const source = manualSource();
let hub: Hub;
let browser: Browser;
let assistant: TestClient;
const pageErrors: string[] = [];

async function open(url: string, ready: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(url);
  await page.waitForSelector(ready, { timeout: 15_000 });
  return page;
}

const comment = (id: string, text: string, nickname = '观众'): LiveEvent => ({ id, platform: 'sim', roomId: 'main', ts: Date.now(), type: 'comment', userId: `u-${id}`, nickname, text });

beforeAll(async () => {
  hub = await startHub({ source, staticDir: STATIC, dataDir });
  browser = await launchBrowser();
  assistant = await joinHub(hub.url, { token: hub.token, role: 'assistant' });
});

afterAll(async () => {
  assistant?.close();
  await browser?.close();
  await hub?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('hostile viewer text in Chromium', () => {
  it('renders HTML, bidi, zero-width, control, Zalgo and 100 KB comments as capped text, runs nothing, keeps row heights', async () => {
    const page = await open(hub.consoleUrl, '[data-testid=comment-panel]');
    const events = [
      comment('plain-1', '这件有S码吗'),
      ...Object.entries(HOSTILE).map(([k, text]) => comment(`hostile-${k}`, text, k === 'bidi' ? `\u202E${'昵称'.repeat(40)}` : `<i>${k}</i>`)),
      comment('plain-2', '拍了'),
    ];
    source.push(events);
    await page.waitForSelector('[data-testid=comment-item][data-id=plain-2]', { timeout: 10_000 });

    const seen = await page.evaluate(() => {
      const rows = Array.from(document.querySelectorAll<HTMLElement>('[data-testid=comment-item]'));
      const panel = document.querySelector<HTMLElement>('[data-testid=comment-panel]')!;
      const text = rows.find((r) => r.dataset.id === 'hostile-html')?.querySelector('.ctext')?.textContent ?? null;
      const bidiText = rows.find((r) => r.dataset.id === 'hostile-bidi')?.querySelector('.ctext');
      return {
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        injected: panel.querySelectorAll('img, script, iframe, object').length
          + rows.reduce((n, r) => n + r.querySelectorAll('.ctext b, .ctext i, .cnick b, .cnick i').length, 0),
        heights: Object.fromEntries(rows.map((r) => [r.dataset.id, r.getBoundingClientRect().height])),
        html: text,
        huge: rows.find((r) => r.dataset.id === 'hostile-huge')?.querySelector('.ctext')?.textContent ?? '',
        bidiIsolated: bidiText ? getComputedStyle(bidiText).unicodeBidi : null,
        bidiTag: bidiText?.tagName ?? null,
        panelOverflowX: panel.scrollWidth - panel.clientWidth,
        rowWidths: rows.map((r) => r.scrollWidth - r.clientWidth),
      };
    });
    expect(seen.pwned).toBeUndefined();
    expect(seen.injected).toBe(0);
    // The markup is shown to the assistant as the literal characters the viewer typed.
    expect(seen.html).toContain('<img src=x onerror="window.__pwned=1">');
    expect(seen.html).toContain('<script>');
    expect(Array.from(seen.huge).length).toBeLessThanOrEqual(200);
    expect(seen.bidiTag).toBe('BDI');
    expect(seen.bidiIsolated).toBe('isolate');
    // Layout intact: every row keeps the plain row's height, nothing pushes the panel sideways.
    const plain = seen.heights['plain-1']!;
    expect(plain).toBeGreaterThan(10);
    for (const [id, h] of Object.entries(seen.heights)) expect(h, id).toBe(plain);
    expect(seen.panelOverflowX).toBeLessThanOrEqual(0);
    for (const w of seen.rowWidths) expect(w).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('shows a hostile question pushed to the prompter as text, running nothing there either', async () => {
    for (const id of ['hostile-html', 'hostile-bidi']) expect((await assistant.command({ type: 'comment.push', commentId: id })).ok).toBe(true);
    const page = await open(hub.prompterUrl, '[data-testid=prompter-question]');
    await page.waitForSelector('[data-testid=prompter-question][data-comment-id=hostile-bidi]', { timeout: 10_000 });
    const seen = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      injected: document.querySelectorAll('[data-testid=prompter-questions] img, [data-testid=prompter-questions] script, [data-testid=prompter-questions] i').length,
      text: document.querySelector('[data-testid=prompter-question][data-comment-id=hostile-html]')?.textContent ?? '',
      bidi: document.querySelector('[data-testid=prompter-question][data-comment-id=hostile-bidi]')?.textContent ?? '',
    }));
    expect(seen.pwned).toBeUndefined();
    expect(seen.injected).toBe(0);
    expect(seen.text).toContain('<script>window.__pwned=2</script>');
    expect(seen.bidi).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    await page.close();
    expect(pageErrors).toEqual([]);
  });
});
