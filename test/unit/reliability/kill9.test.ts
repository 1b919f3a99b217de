import { afterAll, describe, expect, it } from 'vitest';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Room, type Caller } from '../../../electron/hub/room/room';
import { loadSampleShow } from '../../../electron/hub/sampleShow';
import { createRng } from '../../../shared/domain/rng';
import type { Command, CommandAck, CommandInput } from '../../../shared/protocol/commands';
import type { CueKind } from '../../../shared/protocol/events';
import type { RoomFigures } from '../../../shared/protocol/metrics';
import { freePort, spawnChildHub, type ChildHub } from '../../support/childHub';
import { busyStream, streamTotals } from '../../support/eventStream';
import { syncClient, type ClientRoom, type SyncClient } from '../../support/syncClient';

/**
 * DESIGN §6 / issue 7: kill -9 the hub in the middle of a busy stream and start it again.
 * The hub runs in a child process fed from a file (a connector that re-sends from the start
 * after each reconnect); three real socket.io clients stay attached through five SIGKILLs at
 * seeded moments while an operator keeps sending commands.
 */
const SEED = 90_417;
const KILLS = 5;
const EVENTS = 12_000;
const CHUNK = 150;
const TOKEN = 'kill9-secret-token';
const CUMULATIVE: (keyof RoomFigures)[] = ['gmv', 'paidOrders', 'createdOrders', 'units', 'buyers', 'refundAmount', 'comments', 'likes'];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const root = mkdtempSync(join(tmpdir(), 'ld-kill9-'));
let hub: ChildHub | null = null;
const clients: SyncClient[] = [];

afterAll(async () => {
  for (const c of clients) c.close();
  await hub?.dispose();
  rmSync(root, { recursive: true, force: true });
});

describe('hub killed with SIGKILL mid-stream', () => {
  it('comes back with every acknowledged command and every event exactly once, and every client resyncs', async () => {
    const rng = createRng(SEED);
    const dataDir = join(root, 'data');
    const staticDir = join(root, 'static');
    const feed = join(root, 'feed.jsonl');
    mkdirSync(staticDir, { recursive: true });
    writeFileSync(feed, '');
    const port = await freePort();
    const cfg = { port, dataDir, staticDir, token: TOKEN, feedPath: feed };
    const url = `http://127.0.0.1:${port}`;
    const show = loadSampleShow();
    const events = busyStream({ seed: SEED, count: EVENTS, show, startTs: Date.now() });
    const totals = streamTotals(events);
    const chunks: string[] = [];
    for (let i = 0; i < events.length; i += CHUNK) chunks.push(`${events.slice(i, i + CHUNK).map((e) => JSON.stringify(e)).join('\n')}\n`);
    const killAt = new Set<number>();
    while (killAt.size < KILLS) killAt.add(rng.int(4, chunks.length - 4));

    hub = await spawnChildHub(cfg);
    expect(hub.ready.restored).toBeNull();
    const assistant = syncClient(url, { token: TOKEN, role: 'assistant', name: '场控', clientId: 'k9-assistant' });
    const host = syncClient(url, { token: TOKEN, role: 'host', name: '主播', clientId: 'k9-host' });
    const producer = syncClient(url, { token: TOKEN, role: 'producer', name: '运营', clientId: 'k9-producer' });
    clients.push(assistant, host, producer);
    await Promise.all(clients.map((c) => c.waitConnected()));
    const startedAt = assistant.room!.startedAt;

    // The operator: one command after another, each retried under the same id until acknowledged
    // (a hub killed before its ack leaves the outcome unknown; the retry must not apply it twice).
    const acked: { caller: Caller; command: Command; ack: CommandAck }[] = [];
    const callers = new Map<SyncClient, Caller>([
      [assistant, { id: 'k9-assistant', name: '场控', role: 'assistant' }],
      [host, { id: 'k9-host', name: '主播', role: 'host' }],
      [producer, { id: 'k9-producer', name: '运营', role: 'producer' }],
    ]);
    const opRng = createRng(SEED + 1);
    let opN = 0;
    let retried = 0;
    const send = async (by: SyncClient, input: CommandInput) => {
      const command = { id: `op-${++opN}`, ...input } as Command;
      const { ack, attempts } = await by.commandUntilAcked(command, 60_000);
      retried += attempts - 1;
      expect(ack, `${command.type} ${command.id}`).toMatchObject({ ok: true });
      acked.push({ caller: callers.get(by)!, command, ack });
      return ack;
    };
    const operator = (async () => {
      let rev = 0;
      const kinds: CueKind[] = ['lucky_bag', 'coupon', 'flash_sale', 'link'];
      for (let step = 0; step < 18; step++) {
        await sleep(opRng.int(60, 220));
        switch (step % 6) {
          case 0: await send(assistant, { type: 'slot.takeNext' }); break;
          case 1: await send(assistant, { type: 'cue.fire', kind: opRng.pick(kinds), note: `cue-${step}` }); break;
          case 2: {
            const slot = show.slots[opRng.int(4, show.slots.length - 1)]!.id;
            const ack = await send(producer, { type: 'queue.move', rev, slotId: slot, toIndex: opRng.int(2, show.slots.length - 1) });
            if (ack.ok) rev = ack.rev;
            break;
          }
          case 3: {
            const note = `cue-${step - 2}`;
            const room = await host.waitFor((r) => r.cues.some((c) => c.note === note), 30_000, `cue ${note}`);
            await send(host, { type: 'cue.ack', cueId: room.cues.find((c) => c.note === note)!.id });
            break;
          }
          case 4: {
            const room = await assistant.waitFor((r) => r.live.onAirSlotId !== null, 30_000, 'a slot on air');
            await send(assistant, { type: 'slot.extend', slotId: room.live.onAirSlotId!, minutes: opRng.int(1, 5) });
            break;
          }
          case 5: await send(assistant, { type: 'product.soldOut', productId: opRng.pick(show.products).id, soldOut: true }); break;
        }
      }
    })();

    // The stream, with five SIGKILLs at seeded moments.
    const restarts: { seenSeq: number; restoredSeq: number; tornBytes: number }[] = [];
    for (let i = 0; i < chunks.length; i++) {
      appendFileSync(feed, chunks[i]!);
      if (killAt.has(i)) {
        await sleep(rng.int(0, 60));
        const seen = Object.fromEntries(CUMULATIVE.map((k) => [k, Math.max(0, ...clients.map((c) => c.room?.metrics.now[k] ?? 0))])) as Record<keyof RoomFigures, number>;
        const seenSeq = Math.max(...clients.map((c) => c.maxSeqSeen));
        await hub.kill9();
        hub = await spawnChildHub(cfg);
        const r = hub.ready;
        expect(r.restored, hub.stderr()).not.toBeNull();
        expect(r.restored!.refused).toBe(0);
        // Everything any client was shown had been journaled before it was sent.
        expect(r.figures.paidOrders).toBeGreaterThanOrEqual(seen.paidOrders);
        expect(r.figures.gmv).toBeGreaterThanOrEqual(seen.gmv);
        expect(r.figures.refundAmount).toBeGreaterThanOrEqual(seen.refundAmount);
        expect(r.figures.comments).toBeGreaterThanOrEqual(seen.comments);
        // Numbering continues after anything a client saw.
        expect(r.seq).toBeGreaterThan(seenSeq);
        restarts.push({ seenSeq, restoredSeq: r.seq, tornBytes: r.restored!.tornBytes });
        // Every client reconnects by itself and resyncs onto the restarted hub's numbering.
        await Promise.all(clients.map((c) => c.waitFor((room) => room.seq >= r.seq, 15_000, `resync after restart ${restarts.length}`)));
      }
      await sleep(15);
    }
    await operator;

    // The hub has every event exactly once.
    const until = Date.now() + 20_000;
    let health: { events: number; journal: { run: number } } = { events: 0, journal: { run: 0 } };
    while (Date.now() < until) {
      health = (await (await fetch(`${url}/healthz?token=${TOKEN}`)).json()) as typeof health;
      if (health.events >= EVENTS) break;
      await sleep(50);
    }
    expect(health.events).toBe(totals.events);
    expect(health.journal.run).toBe(KILLS + 1);

    // The reference: a fresh room fed every event once and every acknowledged command once.
    const ref = new Room({ roomId: 'main', show, now: startedAt, startOnAir: true });
    ref.ingest(events, startedAt + 1);
    let at = startedAt + 2;
    // Hub cue ids embed the hub clock (and survive restarts): map them to the reference's by note.
    const noteOfCue = new Map(host.room!.cues.map((c) => [c.id, c.note]));
    for (const { caller, command } of acked) {
      let cmd = command;
      if (cmd.type === 'cue.ack') {
        const note = noteOfCue.get(cmd.cueId);
        expect(note, 'an acknowledged cue id still names a cue after the restarts').toBeDefined();
        cmd = { ...cmd, cueId: ref.snapshot(at).cues.find((c) => c.note === note)!.id };
      }
      expect(ref.apply(cmd, caller, at++).ok).toBe(true);
    }
    const expected = ref.snapshot(at);
    const expectFigures = (fig: RoomFigures) => {
      expect(fig.gmv).toBe(totals.gmv);
      expect(fig.paidOrders).toBe(totals.paidOrders);
      expect(fig.createdOrders).toBe(totals.createdOrders);
      for (const k of CUMULATIVE) expect(fig[k], k).toBe(expected.metrics.now[k]);
    };
    const sameRoom = (r: ClientRoom) => {
      expect(r.live.onAirSlotId).toBe(expected.live.onAirSlotId);
      expect(r.live.runs.map((x) => [x.slotId, x.outcome])).toEqual(expected.live.runs.map((x) => [x.slotId, x.outcome]));
      expect(r.live.extraMinutes).toEqual(expected.live.extraMinutes);
      expect(r.live.products).toEqual(expected.live.products);
      expect(r.show.slots.map((s) => s.id)).toEqual(expected.show.slots.map((s) => s.id));
      expect(r.rev).toBe(expected.rev);
      expect(r.cues.map((c) => [c.kind, c.note, c.ackedBy])).toEqual(expected.cues.map((c) => [c.kind, c.note, c.ackedBy]));
    };

    for (const c of clients) {
      await c.waitFor((r) => r.metrics.now.paidOrders === totals.paidOrders && r.metrics.now.gmv === totals.gmv
        && r.metrics.now.refundAmount === expected.metrics.now.refundAmount && r.cues.length === expected.cues.length, 20_000, 'final figures');
      expectFigures(c.room!.metrics.now);
      sameRoom(c.room!);
      // It took a snapshot after every restart, and its sync with a pre-crash seq got a snapshot.
      expect(c.snapshots).toBeGreaterThanOrEqual(KILLS + 1);
      expect(c.syncAnswers.filter((k) => k === 'snapshot').length).toBeGreaterThanOrEqual(KILLS);
      expect(c.syncAnswers).not.toContain('deltas');
    }
    // A client joining now sees the same room.
    const late = syncClient(url, { token: TOKEN, role: 'producer', clientId: 'k9-late' });
    clients.push(late);
    await late.waitConnected();
    sameRoom(late.room!);
    expectFigures(late.room!.metrics.now);
    expect(acked).toHaveLength(18);
    expect(restarts).toHaveLength(KILLS);
    console.info(`kill9: ${KILLS} restarts, seq seen→restored ${restarts.map((r) => `${r.seenSeq}→${r.restoredSeq}`).join(', ')}; torn bytes ${restarts.map((r) => r.tornBytes).join(',')}; command retries ${retried}`);
  }, 120_000);
});
