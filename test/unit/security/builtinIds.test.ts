import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../../../electron/hub/hub';
import { Id } from '../../../shared/protocol/common';
import { Command } from '../../../shared/protocol/commands';
import { LiveEvent } from '../../../shared/protocol/events';
import { RoomSnapshot } from '../../../shared/protocol/room';
import { loadSampleShow } from '../../../electron/hub/sampleShow';
import { joinHub } from '../../support/hubClient';
import { manualSource } from '../../support/manualSource';

/**
 * Issue 11 finding 2: ids are data, never keys of plain objects. Every member name of JavaScript's
 * built-ins, as product, order, user, document and cue id, through events, commands, the journal
 * replay and snapshot validation: every snapshot stays valid (numbers stay numbers), or the id is
 * refused at the boundary (only `__proto__`, which a JSON record cannot hold).
 */
const BUILTIN_NAMES = [...new Set([Object.prototype, Function.prototype, Array.prototype, String.prototype, Number.prototype, Promise.prototype]
  .flatMap((o) => Object.getOwnPropertyNames(o)).concat(['__proto__', 'constructor', 'prototype', 'then', 'length', 'name']))];

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

async function hubWith(productId: string, dataDir: string): Promise<{ hub: Hub; source: ReturnType<typeof manualSource> }> {
  const base = loadSampleShow();
  const old = base.products[0]!.id;
  const show = { ...base, products: base.products.map((p) => (p.id === old ? { ...p, id: productId } : p)), slots: base.slots.map((s) => (s.productId === old ? { ...s, productId } : s)) };
  const source = manualSource();
  const hub = await startHub({ source, show, dataDir, staticDir: join(dataDir, 'static'), journal: true, resume: true });
  return { hub, source };
}

describe('built-in member names as ids', () => {
  it('are refused only where a record cannot hold them (__proto__), accepted otherwise', () => {
    for (const name of BUILTIN_NAMES) expect(Id.safeParse(name).success).toBe(name !== '__proto__');
    expect(Command.safeParse({ id: '__proto__', type: 'show.end' }).success).toBe(false);
    expect(LiveEvent.safeParse({ id: 'e', platform: 'sim', roomId: 'main', ts: 1, type: 'comment', userId: '__proto__', nickname: 'n', text: 't' }).success).toBe(false);
  });

  it('flow through events, commands, the journal and a restart with every snapshot valid', async () => {
    const names = BUILTIN_NAMES.filter((n) => n !== '__proto__');
    await fc.assert(fc.asyncProperty(fc.constantFrom(...names), fc.constantFrom(...names), fc.constantFrom(...names), async (productId, orderId, userId) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'ld-builtin-'));
      dirs.push(dataDir);
      let { hub, source } = await hubWith(productId, dataDir);
      const c = await joinHub(hub.url, { token: hub.token, role: 'producer', clientId: userId, name: userId });
      try {
        const ts = Date.now();
        source.push([
          { id: `${orderId}-1`, platform: 'sim', roomId: 'main', ts, type: 'order.created', userId, orderId, productId, quantity: 1, amount: 990 },
          { id: `${orderId}-2`, platform: 'sim', roomId: 'main', ts, type: 'order.paid', userId, orderId, productId, quantity: 1, amount: 990 },
          { id: `${orderId}-3`, platform: 'sim', roomId: 'main', ts, type: 'comment', userId, nickname: userId, text: productId },
        ]);
        const slot = c.snapshot.show.slots.find((s) => s.productId === productId)!;
        expect((await c.command({ id: orderId, type: 'slot.goTo', slotId: slot.id })).ok).toBe(true);
        expect((await c.command({ type: 'product.stock', productId, delta: -1 })).ok).toBe(true);
        expect((await c.command({ type: 'cue.ack', cueId: orderId })).ok).toBe(false);
        const doc = await fetch(`${hub.url}/api/documents/${encodeURIComponent(productId)}`, { headers: { authorization: `Bearer ${hub.token}` } });
        expect([200, 400, 404]).toContain(doc.status);
        const before = RoomSnapshot.safeParse(JSON.parse(JSON.stringify(hub.room.snapshot(Date.now()))));
        expect(before.success).toBe(true);
        const stock = before.data!.live.products[productId]!.stock;
        expect(Number.isFinite(stock)).toBe(true);
        c.close();
        await hub.close();
        ({ hub, source } = await hubWith(productId, dataDir));
        const after = RoomSnapshot.safeParse(JSON.parse(JSON.stringify(hub.room.snapshot(Date.now()))));
        expect(after.success).toBe(true);
        expect(after.data!.live.products[productId]!.stock).toBe(stock);
        expect(after.data!.metrics.products[productId]?.gmv).toBe(990);
      } finally {
        c.close();
        await hub.close();
      }
    }), { seed: 11, numRuns: 12 });
  }, 120_000);
});
