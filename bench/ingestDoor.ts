/**
 * The ingest door's figures for issue 12's closing note: events per second through
 * POST /api/ingest, and the latency from a POST to the console receiving the event (a socket.io
 * client connected as the assistant, as the console is). In-process hub, loopback, no recording.
 *
 *   npx tsx bench/ingestDoor.ts [batches=40] [batchSize=1000] [latencySamples=200]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connect } from 'socket.io-client';
import { startHub } from '../electron/hub';
import type { Delta } from '../shared/protocol/room';
import { SOCKET_PATH } from '../shared/protocol/socket';

async function main(): Promise<void> {
  const [batches = 40, batchSize = 1000, samples = 200] = process.argv.slice(2).map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'ld-ingest-bench-'));
  const hub = await startHub({ source: null, ingest: { start: true }, record: false, journal: false, dataDir: dir, staticDir: join(dir, 'static') });
  const waiting = new Map<string, () => void>();
  const client = connect(hub.url, {
    path: SOCKET_PATH, transports: ['websocket'],
    auth: { token: hub.tokenFor('assistant'), name: 'bench', clientId: 'bench-console', role: 'assistant' },
  });
  client.on('delta', (d: Delta) => { for (const c of d.comments ?? []) waiting.get(c.id)?.(); });
  await new Promise<void>((r) => client.once('snapshot', () => r()));

  const productId = hub.room.show.products[0]!.id;
  let n = 0;
  const line = (i: number): string => {
    const id = `b${++n}`;
    const base = { id, platform: 'tiktok', roomId: 'main', ts: Date.now() };
    switch (i % 4) {
      case 0: return JSON.stringify({ ...base, type: 'comment', userId: `u${i}`, nickname: `viewer ${i}`, text: '还有M码吗？' });
      case 1: return JSON.stringify({ ...base, type: 'like', userId: `u${i}`, count: 3 });
      case 2: return JSON.stringify({ ...base, type: 'order.paid', userId: `u${i}`, orderId: `o${id}`, productId, quantity: 1, amount: 9900 });
      default: return JSON.stringify({ ...base, type: 'viewer.stats', online: 500 + (i % 50), totalViewers: 10_000 + i });
    }
  };
  const post = (body: string) => fetch(hub.ingestUrl, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body });

  // Throughput: batches of NDJSON lines, four requests in flight.
  const bodies = Array.from({ length: batches }, () => Array.from({ length: batchSize }, (_, i) => line(i)).join('\n'));
  const t0 = performance.now();
  let accepted = 0;
  for (let i = 0; i < bodies.length; i += 4) {
    const replies = await Promise.all(bodies.slice(i, i + 4).map(async (b) => (await (await post(b)).json()) as { accepted: number }));
    for (const r of replies) accepted += r.accepted;
  }
  const sec = (performance.now() - t0) / 1000;

  // Latency: one comment per POST, timed until the console's socket receives it in a delta.
  await new Promise((r) => setTimeout(r, 500));
  const lat: number[] = [];
  for (let i = 0; i < samples; i++) {
    const id = `lat${i}`;
    const body = JSON.stringify({ id, platform: 'tiktok', roomId: 'main', ts: Date.now(), type: 'comment', userId: 'u', nickname: 'n', text: `latency ${i}` });
    const start = performance.now();
    const seen = new Promise<void>((r) => waiting.set(id, r));
    await post(body);
    await seen;
    lat.push(performance.now() - start);
    waiting.delete(id);
  }
  lat.sort((a, b) => a - b);
  const pct = (p: number) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))]!.toFixed(1);

  console.log(`ingest door, in-process hub on loopback, ${batches} × ${batchSize} NDJSON lines (comment/like/order.paid/viewer.stats), 4 in flight`);
  console.log(`  accepted ${accepted} events in ${sec.toFixed(2)} s → ${Math.round(accepted / sec)} events/s`);
  console.log(`POST → console delta (one comment per POST, ${samples} samples; deltas are batched every 100 ms):`);
  console.log(`  p50 ${pct(50)} ms · p95 ${pct(95)} ms · p99 ${pct(99)} ms · max ${lat[lat.length - 1]!.toFixed(1)} ms`);
  client.close();
  await hub.close();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
