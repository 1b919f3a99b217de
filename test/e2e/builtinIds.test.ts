import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../../electron/hub/hub';
import { ImportResult } from '../../shared/protocol/catalogImport';
import type { CommandInput } from '../../shared/protocol/commands';
import type { LiveEvent } from '../../shared/protocol/events';
import { emptyTalkingPoints, type RunOfShow } from '../../shared/protocol/runOfShow';
import { joinHub } from '../support/hubClient';
import { launchBrowser } from './support/browser';

/**
 * Issue 11 finding 2, in Chromium: products whose ids are JavaScript built-in member names
 * (`constructor`, `toString`, `valueOf`, `hasOwnProperty`) are imported through POST /api/import
 * (`__proto__` is refused there as a row error), sent live with `show.replace`, `constructor` is
 * taken on air from the console, orders for it come in through the ingest door, and after the hub
 * is restarted on the same data directory (journal replay) every console page still shows the room.
 */
const STATIC = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'ld-e2e-builtin-'));
const NAMES: Record<string, string> = { toString: '开场福利 toString', constructor: '构造款羽绒服', valueOf: '超值 valueOf', hasOwnProperty: '自有 hasOwnProperty' };
const CSV = [
  '商品ID,商品名称,售价,划线价,库存',
  'toString,开场福利 toString,9.9,19.9,500',
  'constructor,构造款羽绒服,199,399,100',
  '__proto__,原型商品,29.9,,50',
  'valueOf,超值 valueOf,39.9,59.9,80',
  'hasOwnProperty,自有 hasOwnProperty,49.9,,60',
].join('\n');
const ORDERS = [
  { orderId: 'isPrototypeOf', userId: 'valueOf', quantity: 1, amount: 19_900 },
  { orderId: 'toLocaleString', userId: 'hasOwnProperty', quantity: 2, amount: 39_800 },
  { orderId: 'propertyIsEnumerable', userId: 'constructor', quantity: 1, amount: 19_900 },
];
const SLOT_ORDER = ['constructor', 'toString', 'valueOf', 'hasOwnProperty'];
const GMV = 79_600; // fen: ¥796.00
const SOLD = 4;

let hub: Hub;
let browser: Browser;
const pageErrors: string[] = [];
let imported: ImportResult;

async function open(route: string, role: string, ready: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => pageErrors.push(`${route}: ${e.message}`));
  await page.goto(`${hub.url}/?token=${encodeURIComponent(hub.token)}&role=${role}#/${route}`);
  await page.waitForSelector(ready, { timeout: 20_000 });
  return page;
}

const start = () => startHub({ source: null, staticDir: STATIC, dataDir, journal: true, resume: true, ingest: { start: true } });
const onAirId = (p: Page) => p.getAttribute('[data-testid=onair-product]', 'data-product-id');
const noPlaceholder = async (p: Page) => expect(await p.textContent('body')).not.toContain('等待直播间数据');

beforeAll(async () => {
  hub = await start();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await hub?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('built-in member names as product ids, in Chromium (issue 11 finding 2)', () => {
  it('the import keeps constructor/toString/valueOf/hasOwnProperty and reports __proto__ as a row error', async () => {
    const res = await fetch(`${hub.url}/api/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${hub.token}`, 'x-filename': 'builtin.csv', 'content-type': 'application/octet-stream' },
      body: CSV,
    });
    expect(res.status).toBe(200);
    imported = ImportResult.parse(await res.json());
    expect(imported.products.map((p) => p.id)).toEqual(['toString', 'constructor', 'valueOf', 'hasOwnProperty']);
    expect(imported.products.find((p) => p.id === 'constructor')).toMatchObject({ name: '构造款羽绒服', price: 19_900, stock: 100 });
    expect(imported.errors.map((e) => e.row)).toEqual([4]); // the file's line: header is line 1
    expect(imported.errors[0]!.issues.length).toBeGreaterThanOrEqual(1);
  });

  it('goes live, constructor is taken on air from the console, orders arrive through the ingest door', async () => {
    const show: RunOfShow = {
      id: 'hasOwnProperty', title: '内置名专场', products: imported.products,
      slots: SLOT_ORDER.map((id) => imported.products.find((p) => p.id === id)!).map((p) => ({ id: p.id, productId: p.id, role: 'hero', plannedMinutes: 10, mechanism: '', talkingPoints: emptyTalkingPoints(), cues: [], targets: {} })),
    };
    const producer = await joinHub(hub.url, { token: hub.token, role: 'producer', clientId: 'toString' });
    try {
      const cmd: CommandInput = { type: 'show.replace', rev: producer.snapshot.rev, show };
      const ack = await producer.command(cmd);
      expect(ack.ok).toBe(true);
    } finally {
      producer.close();
    }
    expect(hub.room.show.products.map((p) => p.id)).toEqual(['toString', 'constructor', 'valueOf', 'hasOwnProperty']);
    expect(hub.room.live.onAirSlotId).toBeNull(); // a new show starts with nothing on air

    const console_ = await open('console', 'assistant', '[data-testid=onair-product]');
    await expect.poll(() => console_.textContent('[data-testid=next-product]').then((s) => s?.trim()), { timeout: 5000 }).toBe(NAMES.constructor);
    expect(await onAirId(console_)).toBe('');
    await console_.getByTestId('take-next').click();
    await expect.poll(() => onAirId(console_), { timeout: 5000 }).toBe('constructor');
    expect(hub.room.show.slots.find((s) => s.id === hub.room.live.onAirSlotId)?.productId).toBe('constructor');

    const ts = Date.now();
    const events: LiveEvent[] = ORDERS.flatMap((o, i) => [
      { id: `${o.orderId}-c`, platform: 'sim', roomId: 'main', ts: ts + i, type: 'order.created', userId: o.userId, orderId: o.orderId, productId: 'constructor', quantity: o.quantity, amount: o.amount },
      { id: `${o.orderId}-p`, platform: 'sim', roomId: 'main', ts: ts + i + 1, type: 'order.paid', userId: o.userId, orderId: o.orderId, productId: 'constructor', quantity: o.quantity, amount: o.amount },
    ]);
    const res = await fetch(hub.ingestUrl, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: events.map((e) => JSON.stringify(e)).join('\n') });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ accepted: 6, duplicates: 0, rejected: [] });
    await expect.poll(() => console_.getAttribute('[data-testid=metric-gmv]', 'data-value').then(Number), { timeout: 5000 }).toBe(GMV);
    expect(await console_.textContent('.onair-controls .stock')).toContain(String(100 - SOLD));
    await console_.context().close();
  });

  it('after a restart on the same data dir every console page still shows the room', async () => {
    const token = hub.token;
    await hub.close();
    hub = await startHub({ source: null, staticDir: STATIC, dataDir, journal: true, resume: true, ingest: { start: true }, token });
    const snap = hub.room.snapshot(Date.now());
    const ctor: string = 'constructor'; // typed as a string: `.constructor` on a record types as Object's member
    expect(snap.live.products[ctor]?.stock).toBe(100 - SOLD);
    expect(snap.metrics.products[ctor]?.gmv).toBe(GMV);

    const console_ = await open('console', 'assistant', '[data-testid=metric-gmv]');
    expect(await onAirId(console_)).toBe('constructor');
    expect((await console_.textContent('[data-testid=onair-product]'))?.trim()).toBe(NAMES.constructor);
    expect(await console_.getAttribute('[data-testid=metric-gmv]', 'data-value').then(Number)).toBe(GMV);
    const stockText = (await console_.textContent('.onair-controls .stock')) ?? '';
    expect(stockText.replace(/\D/g, '')).toBe(String(100 - SOLD));
    expect((await console_.textContent('[data-testid=next-product]'))?.trim()).toBe(NAMES.toString);
    await noPlaceholder(console_);

    const prompter = await open('prompter', 'host', '[data-testid=onair-product]');
    expect(await onAirId(prompter)).toBe('constructor');
    expect((await prompter.textContent('[data-testid=onair-product]'))?.trim()).toBe(NAMES.constructor);
    await noPlaceholder(prompter);

    const rundown = await open('rundown', 'producer', '[data-testid=queue-slot]');
    await rundown.getByRole('button', { name: /载入直播间节目单/ }).click();
    await expect.poll(() => rundown.$$eval('[data-testid=queue-slot]', (els) => els.map((e) => e.getAttribute('data-product-id'))), { timeout: 5000 })
      .toEqual(SLOT_ORDER);
    await noPlaceholder(rundown);

    const review = await open('review', 'producer', '[data-testid=review-total-gmv]');
    await expect.poll(() => review.getAttribute('[data-testid=review-total-gmv]', 'data-value').then(Number), { timeout: 5000 }).toBe(GMV);
    const row = review.locator('[data-testid=review-product-row][data-product-id=constructor]');
    expect(await row.locator('.rv-pname').textContent()).toContain(NAMES.constructor);
    await noPlaceholder(review);

    expect(pageErrors).toEqual([]);
  });
});
