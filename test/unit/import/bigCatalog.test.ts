import type {} from '../../../renderer/src/bridge';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../shared/protocol/catalogImport';
import type { Product, RunOfShow } from '../../../shared/protocol/runOfShow';
import { acceptImport } from '../../../renderer/src/views/rundown/services/import.service';
import { importActions } from '../../../renderer/src/views/rundown/store/import.slice';
import { showActions, useShowStore } from '../../../renderer/src/views/rundown/store/show.slice';
import { joinHub, type TestClient } from '../../support/hubClient';
import { testHub, type TestHub } from '../../support/testHub';

const N = 20_000;
const products = (n: number, tag: string): Product[] => Array.from({ length: n }, (_, i) => ({
  id: `${tag}${i}`, name: `测试商品 ${i} 号 秋冬新款加厚保暖外套`, category: 'apparel.women', price: 9900 + i, stock: i % 500,
}));

describe('a large import lands as one undoable action (issue 15 item 4)', () => {
  it(`${N.toLocaleString('en-US')} imported products are one undo step, and undo restores the catalog before it`, () => {
    const before = useShowStore.getState().show;
    const pastBefore = useShowStore.getState().past.length;
    const result = { ok: true, format: 'csv', headerRow: 1, headers: [], mapping: {}, unknownHeaders: [], missingFields: [], needsMapping: false, rowCount: N, products: products(N, 'imp'), errors: [], warnings: [], preview: [] } as unknown as ImportResult;
    importActions.result(result);
    acceptImport();
    const after = useShowStore.getState();
    expect(after.show.products.length).toBe(before.products.length + N);
    expect(after.past.length).toBe(pastBefore + 1);
    showActions.undo();
    expect(useShowStore.getState().show).toBe(before);
  });
});

describe('clients see the old catalog or the new one, never half of it', () => {
  let t: TestHub | null = null;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await t?.dispose();
    t = null;
  });

  it(`clients connecting while a ${N.toLocaleString('en-US')}-product show lands get a snapshot with all or none of it, then the rest in one delta`, async () => {
    t = await testHub();
    const producer = await joinHub(t.hub.url, { token: t.hub.token, role: 'producer' });
    clients.push(producer);
    const old = producer.snapshot.show;
    const show: RunOfShow = { ...old, products: [...old.products, ...products(N - old.products.length, 'big')] };
    const sending = producer.command({ type: 'show.replace', rev: producer.snapshot.rev, show });
    const joining = Array.from({ length: 6 }, (_, i) => new Promise<TestClient>((r) => setTimeout(r, i * 15)).then(() =>
      joinHub(t!.hub.url, { token: t!.hub.token, role: 'assistant', name: `j${i}`, clientId: `join${i}` })));
    const ack = await sending;
    expect(ack.ok).toBe(true);
    const joined = await Promise.all(joining);
    clients.push(...joined);
    for (const c of joined) {
      const seen = c.snapshot.show.products.length;
      expect([old.products.length, N]).toContain(seen);
      if (seen === N) continue;
      // The old catalog in the snapshot: the whole new one arrives in one delta.
      const d = await c.waitDelta((x) => x.show !== undefined, 10_000);
      expect(d.show!.show.products.length).toBe(N);
    }
    // Every delta that carries the show carries all of it.
    for (const c of [producer, ...joined]) for (const d of c.deltas) if (d.show) expect([old.products.length, N]).toContain(d.show.show.products.length);
  }, 60_000);
});
