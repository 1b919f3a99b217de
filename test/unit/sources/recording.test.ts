import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main';
import { startHub } from '../../../electron/hub/hub';
import { createReplaySource } from '../../../electron/hub/sources/replaySource';
import type { LiveEvent } from '../../../shared/protocol/events';
import { memoryIo } from '../../support/memoryIo';

const dir = mkdtempSync(join(tmpdir(), 'livedeck-record-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const until = async (cond: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

const FIGURES = ['gmv', 'buyers', 'units', 'refundAmount', 'totalViewers', 'online'] as const;
type Totals = Record<(typeof FIGURES)[number], number>;
const totalsOf = async (url: string, token: string): Promise<Totals> => {
  const res = await fetch(`${url}/api/review`, { headers: { authorization: `Bearer ${token}` } });
  const t = ((await res.json()) as { totals: Totals }).totals;
  return Object.fromEntries(FIGURES.map((k) => [k, t[k]])) as Totals;
};

/** A small real-looking feed: viewers, comments, orders (one duplicated), a refund. */
function feed(productId: string, t0: number): LiveEvent[] {
  const b = (id: string, dt: number) => ({ id, platform: 'douyin' as const, roomId: 'main', ts: t0 + dt });
  return [
    { ...b('v1', 0), type: 'viewer.stats', online: 80, totalViewers: 150 },
    { ...b('c1', 100), type: 'comment', userId: 'u1', nickname: '小王', text: '多少钱' },
    { ...b('p1', 200), type: 'order.paid', userId: 'u1', orderId: 'o1', productId, quantity: 2, amount: 19800 },
    { ...b('p2', 300), type: 'order.paid', userId: 'u2', orderId: 'o2', productId, quantity: 1, amount: 9900 },
    { ...b('p1', 300), type: 'order.paid', userId: 'u1', orderId: 'o1', productId, quantity: 2, amount: 19800 },
    { ...b('r1', 400), type: 'refund.approved', orderId: 'o2', productId, amount: 9900 },
    { ...b('v2', 500), type: 'viewer.stats', online: 95, totalViewers: 180 },
  ];
}

describe('recording and replay', () => {
  it('serve --source ingest prints both lines, records what the door accepted, and a replay of the recording reproduces the totals', async () => {
    const dataDir = join(dir, 'data');
    const c = memoryIo();
    const running = main(['serve', '--source', 'ingest', '--port', '0', '--data-dir', dataDir, '--fresh'], c.io);
    await until(() => c.stdout().split('\n').length >= 3);
    const m = /^LiveDeck ready: (http:\/\/127\.0\.0\.1:\d+)\/\?token=([^&\s]+)&role=assistant#\/console\nLiveDeck ingest: (http:\/\/127\.0\.0\.1:\d+\/api\/ingest\?token=\S+)\n/.exec(c.stdout());
    expect(m).not.toBeNull();
    const [, url, uiToken, ingestUrl] = m!;
    expect(c.stderr()).toContain('source: ingest (no simulator)');

    const { loadSampleShow } = await import('../../../electron/hub/sampleShow');
    const events = feed(loadSampleShow().products[0]!.id, Date.now());
    const res = await fetch(ingestUrl!, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: events.map((e) => JSON.stringify(e)).join('\n') });
    expect(await res.json()).toEqual({ accepted: 6, duplicates: 1, rejected: [] });
    const live = await totalsOf(url!, decodeURIComponent(uiToken!));
    expect(live).toMatchObject({ gmv: 29700, buyers: 2, units: 3, refundAmount: 9900, totalViewers: 180, online: 95 });
    c.stop();
    expect(await running).toBe(0);

    const files = readdirSync(join(dataDir, 'recordings'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.jsonl\.gz$/);
    const file = join(dataDir, 'recordings', files[0]!);
    const recorded = gunzipSync(readFileSync(file)).toString('utf8').trim().split('\n').map((l) => (JSON.parse(l) as LiveEvent).id);
    expect(recorded).toEqual(['v1', 'c1', 'p1', 'p2', 'r1', 'v2']);

    const source = createReplaySource({ file, speed: 1000, tickMs: 10 });
    const hub = await startHub({ source, record: false, staticDir: join(dir, 'static'), dataDir: join(dir, 'replay'), journal: false });
    try {
      await source.done;
      await until(() => hub.room.stats.events === 6);
      expect(await totalsOf(hub.url, hub.token)).toEqual(live);
    } finally {
      await hub.close();
    }
  });
});
