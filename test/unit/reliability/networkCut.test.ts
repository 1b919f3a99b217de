import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHub, type Hub } from '../../../electron/hub/hub';
import type { RoomFigures } from '../../../shared/protocol/metrics';
import { busyStream, streamTotals } from '../../support/eventStream';
import { manualSource } from '../../support/manualSource';
import { syncClient, type SyncClient } from '../../support/syncClient';
import { startTcpProxy, type TcpProxy } from '../../support/tcpProxy';

/**
 * Issue 7: cut one client off for 30 s (a TCP proxy between it and the hub), while the room keeps
 * going. It must notice, retry with jittered backoff, reconnect, resync, and end up equal to the hub.
 * The renderer's own reconnection settings are used (services/hubClient.ts: 500 → 4000 ms, ±50 %).
 */
const CUT_MS = 30_000;
const BACKOFF = { reconnectionDelay: 500, reconnectionDelayMax: 4000, randomizationFactor: 0.5 };
const CUMULATIVE: (keyof RoomFigures)[] = ['gmv', 'paidOrders', 'createdOrders', 'units', 'buyers', 'refundAmount', 'comments', 'likes'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const root = mkdtempSync(join(tmpdir(), 'ld-cut-'));
let hub: Hub | null = null;
let proxy: TcpProxy | null = null;
const clients: SyncClient[] = [];

afterAll(async () => {
  for (const c of clients) c.close();
  await proxy?.close();
  await hub?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('one client cut off from the hub for 30 s', () => {
  it('reconnects with jittered backoff, resyncs, and then shows exactly what the hub has', async () => {
    const source = manualSource();
    hub = await startHub({ source, staticDir: join(root, 'static'), dataDir: join(root, 'data') });
    proxy = await startTcpProxy(hub.port);
    const cutOff = syncClient(`http://127.0.0.1:${proxy.port}`, { token: hub.token, role: 'assistant', clientId: 'cut-off', ...BACKOFF });
    const direct = syncClient(hub.url, { token: hub.token, role: 'producer', clientId: 'direct', ...BACKOFF });
    clients.push(cutOff, direct);
    await Promise.all(clients.map((c) => c.waitConnected()));

    const events = busyStream({ seed: 3030, count: 6000, show: hub.room.show, startTs: Date.now() });
    const totals = streamTotals(events);
    source.push(events.slice(0, 1000));
    await cutOff.waitFor((r) => r.metrics.now.paidOrders === streamTotals(events.slice(0, 1000)).paidOrders, 5000, 'pre-cut figures');

    proxy.cut();
    const cutAt = Date.now();
    let reconnectingSeen = 0;
    // The room goes on: events every 200 ms, and commands from a connected producer.
    for (let i = 1000, tick = 0; Date.now() - cutAt < CUT_MS; tick++) {
      if (i < events.length) { source.push(events.slice(i, i + 35)); i += 35; }
      if (tick % 25 === 5) expect((await direct.command({ type: 'slot.takeNext' })).ok).toBe(true);
      if (tick % 25 === 15) expect((await direct.command({ type: 'cue.fire', kind: 'coupon', note: `断线期间 ${tick}` })).ok).toBe(true);
      // What the status bar shows as "reconnecting": not connected, but socket.io is retrying.
      if (!cutOff.socket.connected && cutOff.socket.active) reconnectingSeen++;
      await sleep(200);
    }
    source.push(events.slice(events.length - 300));
    expect(reconnectingSeen).toBeGreaterThan(100);
    expect(cutOff.disconnects).toHaveLength(1);
    expect(cutOff.disconnects[0]! - cutAt).toBeLessThan(1000);

    proxy.restore();
    const restoredAt = Date.now();
    await cutOff.waitConnected(BACKOFF.reconnectionDelayMax + 3000);
    const reconnectedIn = cutOff.connects.at(-1)! - restoredAt;

    // Backoff: retries all through the outage, never a tight loop, never longer than the cap, and jittered.
    const attempts = cutOff.reconnectAttempts.filter((t) => t >= cutAt);
    const gaps = attempts.slice(1).map((t, i) => t - attempts[i]!);
    expect(attempts.length).toBeGreaterThanOrEqual(8);
    expect(attempts.length).toBeLessThanOrEqual(40);
    for (const g of gaps) {
      expect(g).toBeGreaterThanOrEqual(BACKOFF.reconnectionDelay * (1 - BACKOFF.randomizationFactor) * 0.9);
      expect(g).toBeLessThanOrEqual(BACKOFF.reconnectionDelayMax + 500);
    }
    const nominal = [1000, 2000, 4000];
    const deviations = gaps.slice(0, 3).map((g, i) => Math.abs(g - nominal[i]!) / nominal[i]!);
    expect(Math.max(...deviations), `first gaps ${gaps.slice(0, 3).join(', ')} ms should be jittered`).toBeGreaterThan(0.02);
    // Every attempt during the outage reached the (cut) proxy and was refused; the next one got through.
    expect(proxy.refused()).toBe(attempts.filter((t) => t < restoredAt).length);
    expect(reconnectedIn).toBeLessThanOrEqual(BACKOFF.reconnectionDelayMax + 1000);

    // Resync: figures, on-air slot, cues and queue equal the hub's.
    const final = hub.room.snapshot(Date.now());
    await cutOff.waitFor((r) => r.metrics.now.paidOrders === totals.paidOrders && r.cues.length === final.cues.length, 5000, 'converged');
    const r = cutOff.room!;
    const hubNow = hub.room.snapshot(Date.now());
    for (const k of CUMULATIVE) expect(r.metrics.now[k], k).toBe(hubNow.metrics.now[k]);
    expect(r.metrics.now.gmv).toBe(totals.gmv);
    expect(r.metrics.now.refundAmount).toBe(direct.room!.metrics.now.refundAmount);
    expect(r.live).toEqual(hubNow.live);
    expect(r.cues).toEqual(hubNow.cues);
    expect(r.show.slots.map((s) => s.id)).toEqual(hubNow.show.slots.map((s) => s.id));
    expect(r.comments.map((c) => c.id)).toEqual(direct.room!.comments.map((c) => c.id));
    expect(cutOff.syncAnswers.length).toBeGreaterThanOrEqual(1);
    expect(cutOff.syncAnswers).not.toContain('error');
    console.info(`network cut: ${attempts.length} attempts, gaps ${gaps.join(', ')} ms; reconnected ${reconnectedIn} ms after restore; sync answers ${cutOff.syncAnswers.join(',')}`);
  }, 90_000);
});
