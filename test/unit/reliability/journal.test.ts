import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHub, type Hub } from '../../../electron/hub/hub';
import { journalPath, SessionJournal } from '../../../electron/hub/journal/session';
import { removeCheckpoints } from '../../../electron/hub/journal/checkpointFile';
import { encodeRecord } from '../../../electron/hub/journal/format';
import { Room } from '../../../electron/hub/room/room';
import { restoreRoom } from '../../../electron/hub/room/restore';
import { loadSampleShow } from '../../../electron/hub/sampleShow';
import type { LiveEvent } from '../../../shared/protocol/events';
import { runRoom } from '../../../shared/sim/runRoom';
import { joinHub, type TestClient } from '../../support/hubClient';
import { busyStream, streamTotals } from '../../support/eventStream';
import { manualSource } from '../../support/manualSource';

const dirs: string[] = [];
const hubs: Hub[] = [];
const clients: TestClient[] = [];
const tmp = (p: string) => { const d = mkdtempSync(join(tmpdir(), p)); dirs.push(d); return d; };
const staticDir = tmp('ld-static-');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function hubOn(dataDir: string, extra: Parameters<typeof startHub>[0] = {}) {
  const source = manualSource();
  const hub = await startHub({ source, staticDir, dataDir, ...extra });
  hubs.push(hub);
  return { hub, source };
}
async function joinAs(hub: Hub, role = 'producer', clientId?: string) {
  const c = await joinHub(hub.url, { token: hub.token, role, ...(clientId ? { clientId } : {}) });
  clients.push(c);
  return c;
}

afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  for (const h of hubs.splice(0)) await h.close();
});
afterAll(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

describe('session journal: restart rebuilds the room', () => {
  it('restores figures, on-air slot, cues and queue order after a restart, and numbers after the old seq', async () => {
    const dataDir = tmp('ld-journal-');
    const { hub, source } = await hubOn(dataDir);
    const show = hub.room.show;
    const events = busyStream({ seed: 7, count: 3000, show, startTs: Date.now() });
    const producer = await joinAs(hub, 'producer', 'prod-1');
    for (let i = 0; i < events.length; i += 250) source.push(events.slice(i, i + 250));
    expect((await producer.command({ id: 'k1', type: 'slot.takeNext' })).ok).toBe(true);
    expect((await producer.command({ id: 'k2', type: 'cue.fire', kind: 'lucky_bag', note: '福袋 3 分钟' })).ok).toBe(true);
    expect((await producer.command({ id: 'k3', type: 'queue.move', rev: 0, slotId: show.slots[5]!.id, toIndex: 2 })).ok).toBe(true);
    await producer.waitDelta((d) => (d.cues ?? []).length === 1);
    const before = { live: hub.room.live, show: hub.room.show, rev: hub.room.rev, metrics: hub.room.latestMetrics!.now, seq: hub.room.currentSeq };
    const lastSeenSeq = producer.deltas.at(-1)!.seq;
    await hub.close();

    const again = await hubOn(dataDir);
    expect(again.hub.journal?.report).toMatchObject({ events: 3000, commands: 3, refused: 0, badLines: 0, tornBytes: 0 });
    expect(again.hub.journal?.run).toBe(2);
    const after = await joinAs(again.hub, 'producer', 'prod-1');
    const totals = streamTotals(events);
    expect(after.snapshot.live).toEqual(before.live);
    expect(after.snapshot.show.slots.map((s) => s.id)).toEqual(before.show.slots.map((s) => s.id));
    expect(after.snapshot.rev).toBe(before.rev);
    expect(after.snapshot.cues.map((c) => [c.kind, c.note])).toEqual([['lucky_bag', '福袋 3 分钟']]);
    expect(after.snapshot.metrics.now).toMatchObject({ gmv: totals.gmv, paidOrders: totals.paidOrders, createdOrders: totals.createdOrders, comments: totals.comments });
    expect(after.snapshot.metrics.now.refundAmount).toBe(before.metrics.refundAmount);
    expect(after.snapshot.seq).toBeGreaterThan(Math.max(before.seq, lastSeenSeq));
    // A client that asks for what it missed since the old seq gets a snapshot, never "nothing new".
    expect(await after.sync(lastSeenSeq)).toMatchObject({ kind: 'snapshot' });
    expect(await after.sync(before.seq)).toMatchObject({ kind: 'snapshot' });
  });

  it('does not count events a reconnecting source sends again', async () => {
    const dataDir = tmp('ld-journal-');
    const { hub, source } = await hubOn(dataDir);
    const events = busyStream({ seed: 8, count: 800, show: hub.room.show, startTs: Date.now() });
    source.push(events.slice(0, 500));
    await hub.close();
    const again = await hubOn(dataDir);
    again.source.push(events); // the platform re-sends from before the crash
    const totals = streamTotals(events);
    expect(again.hub.room.stats).toMatchObject({ events: 800, duplicates: 500 });
    const c = await joinAs(again.hub);
    expect(c.snapshot.metrics.now).toMatchObject({ gmv: totals.gmv, paidOrders: totals.paidOrders });
  });

  it('answers a retried command id after a restart with its first result, applying it once', async () => {
    const dataDir = tmp('ld-journal-');
    const { hub } = await hubOn(dataDir);
    const p = await joinAs(hub, 'producer', 'retry-client');
    const first = await p.command({ id: 'once', type: 'slot.takeNext' });
    expect(first.ok).toBe(true);
    await hub.close();
    const again = await hubOn(dataDir);
    const q = await joinAs(again.hub, 'producer', 'retry-client');
    const retry = await q.command({ id: 'once', type: 'slot.takeNext' });
    expect(retry).toMatchObject({ ok: true, rev: 0 });
    expect(again.hub.room.live.runs).toHaveLength(2);
  });

  it('starts a new session with resume:false, keeping the old journal beside it', async () => {
    const dataDir = tmp('ld-journal-');
    const { hub } = await hubOn(dataDir);
    const p = await joinAs(hub);
    await p.command({ type: 'slot.takeNext' });
    await hub.close();
    const fresh = await hubOn(dataDir, { resume: false });
    expect(fresh.hub.journal?.rotatedTo).toMatch(/main\.\d{8}-\d{6}\.journal\.jsonl$/);
    expect(fresh.hub.journal?.run).toBe(1);
    expect(fresh.hub.room.live.runs).toHaveLength(1);
    // The old journal is closed for good: gzipped beside the new one (closedSegments.ts), the plain file gone.
    expect(await fresh.hub.journal?.closedSegments).toEqual([`${fresh.hub.journal!.rotatedTo!}.gz`]);
    const names = readdirSync(join(dataDir, 'sessions'));
    expect(names.filter((f) => f.endsWith('.journal.jsonl'))).toEqual(['main.journal.jsonl']);
    expect(names.filter((f) => f.endsWith('.journal.jsonl.gz'))).toHaveLength(1);
  });

  it('does not journal without a data dir, or when asked not to', async () => {
    const noDir = await startHub({ source: manualSource(), staticDir });
    hubs.push(noDir);
    expect(noDir.journal).toBeNull();
    const dataDir = tmp('ld-journal-');
    const off = await hubOn(dataDir, { journal: false });
    expect(off.hub.journal).toBeNull();
    expect(existsSync(join(dataDir, 'sessions'))).toBe(false);
  });

  it('numbers the resumed simulator\'s messages apart from the pre-restart ones', async () => {
    const dataDir = tmp('ld-journal-');
    const first = await startHub({ staticDir, dataDir, seed: 3, preset: 'top' });
    hubs.push(first);
    await sleep(700);
    const n1 = first.room.stats.events;
    await first.close();
    expect(n1).toBeGreaterThan(0);
    const second = await startHub({ staticDir, dataDir, seed: 3, preset: 'top' });
    hubs.push(second);
    await sleep(700);
    expect(second.room.stats.events).toBeGreaterThan(n1);
    expect(second.room.stats.duplicates).toBe(0);
  });
});

describe('session journal: on disk', () => {
  const show = loadSampleShow();
  const caller = { id: 'c1', name: '小王', role: 'producer' as const };
  const ev = (i: number, extra: Partial<LiveEvent> = {}): LiveEvent => ({ id: `e${i}`, platform: 'sim', roomId: 'main', ts: 1_000 + i, type: 'comment', userId: `u${i}`, nickname: 'n', text: `t${i}`, ...extra } as LiveEvent);

  function open(dataDir: string, resume = true, writer = {}) {
    const j = new SessionJournal({ dataDir, roomId: 'main', resume, now: () => 5_000, writer: { flushMs: 60_000, fsyncMs: 60_000, markMs: 60_000, ...writer } });
    const room = restoreRoom(j) ?? new Room({ roomId: 'main', show, now: 1_000, startOnAir: true });
    j.start(room, { show, startOnAir: true });
    room.onInput = (input) => j.append(input);
    return { j, room };
  }
  // Lines without their checksum field ('#', see journal/format.ts).
  const lines = (dataDir: string) => readFileSync(journalPath(dataDir, 'main'), 'utf8').trim().split('\n').map((l) => {
    const { '#': sum, ...rest } = JSON.parse(l) as { k: string; '#'?: string };
    expect(sum).toMatch(/^[0-9a-f]{8}$/);
    return rest;
  });

  it('rebuilds metrics identical to the original room\'s, per-minute series and per-product figures included', () => {
    const dataDir = tmp('ld-journal-');
    let clock = 1_750_000_000_000;
    const j = new SessionJournal({ dataDir, roomId: 'main', resume: true, now: () => clock });
    const a = new Room({ roomId: 'main', show, now: clock, startOnAir: true });
    j.start(a, { show, startOnAir: true });
    a.onInput = (input) => j.append(input);
    let k = 0;
    for (const batch of runRoom({ show, preset: 'medium', seed: 9, roomId: 'main', startAt: clock, minutes: 6 })) {
      clock = batch[batch.length - 1]!.ts;
      a.ingest(batch, clock);
      if (++k % 3 === 0) { j.beforeDelta(a.currentSeq + 1); a.flush(clock); }
      if (k === 1500) expect(a.apply({ id: 'next', type: 'slot.takeNext' }, caller, clock).ok).toBe(true);
    }
    j.close();
    const b = new SessionJournal({ dataDir, roomId: 'main', resume: true, now: () => clock });
    const restored = restoreRoom(b)!;
    const at = clock + 5_000;
    a.flush(at);
    restored.flush(at);
    const before = a.snapshot(at);
    const after = restored.snapshot(at);
    expect(after.metrics).toEqual(before.metrics);
    expect(after.live).toEqual(before.live);
    expect(after.comments).toEqual(before.comments);
    expect(after.alerts.map((x) => x.kind)).toEqual(before.alerts.map((x) => x.kind));
    b.close();
  });

  it('writes a command to the file before apply() returns (the ack waits for the journal)', () => {
    const dataDir = tmp('ld-journal-');
    const { j, room } = open(dataDir);
    room.ingest([ev(1), ev(2)], 2_000);
    // Events are buffered (flush timer set to a minute here)…
    expect(lines(dataDir).map((l) => l.k)).toEqual(['session']);
    const ack = room.apply({ id: 'x', type: 'slot.takeNext' }, caller, 3_000);
    expect(ack.ok).toBe(true);
    // …but a command takes everything before it to disk, in order, before it is acknowledged.
    expect(lines(dataDir).map((l) => l.k)).toEqual(['session', 'e', 'c']);
    j.close();
  });

  it.skipIf(process.platform === 'win32')('keeps the journal (viewer names and comments) readable by this user only', () => {
    const dataDir = tmp('ld-journal-');
    const { j } = open(dataDir);
    expect(statSync(journalPath(dataDir, 'main')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'sessions')).mode & 0o077).toBe(0);
    j.close();
  });

  it('writes buffered events and a seq reservation before a delta goes out', () => {
    const dataDir = tmp('ld-journal-');
    const { j, room } = open(dataDir);
    room.ingest([ev(1)], 2_000);
    j.beforeDelta(room.currentSeq + 1);
    expect(lines(dataDir)).toEqual([expect.objectContaining({ k: 'session' }), expect.objectContaining({ k: 'e' }), { k: 'seq', upTo: 1000 }]);
    j.beforeDelta(2); // inside the reservation: nothing more to write
    expect(lines(dataDir)).toHaveLength(3);
    j.close();
  });

  it('refuses a command, leaving the room unchanged, when the journal cannot write it', () => {
    const room = new Room({ roomId: 'main', show, now: 1_000, startOnAir: true });
    room.onInput = () => { throw new Error('ENOSPC: no space left on device'); };
    const ack = room.apply({ id: 'y', type: 'slot.takeNext' }, caller, 2_000);
    expect(ack).toMatchObject({ ok: false, error: { code: 'state' } });
    expect(room.live.runs).toHaveLength(1);
    room.onInput = null;
    // The failure is not remembered: the retry of the same id applies once the disk is back.
    expect(room.apply({ id: 'y', type: 'slot.takeNext' }, caller, 2_100).ok).toBe(true);
    expect(room.live.runs).toHaveLength(2);
  });

  it('cuts a torn last line, skips a damaged one, and keeps appending cleanly', () => {
    const dataDir = tmp('ld-journal-');
    const a = open(dataDir);
    a.room.ingest([ev(1)], 2_000);
    a.room.apply({ id: 'a', type: 'slot.takeNext' }, caller, 2_500);
    a.j.close();
    const path = journalPath(dataDir, 'main');
    appendFileSync(path, 'this line was damaged\n');
    appendFileSync(path, encodeRecord({ k: 'e', at: 2_600, ev: [{ id: 'e2', ts: 1_002, type: 'comment', userId: 'u2', nickname: 'n', text: 't2' } as LiveEvent] }));
    const torn = '{"k":"e","at":2700,"ev":[{"id":"e3"';
    appendFileSync(path, torn); // killed mid-write
    const b = open(dataDir);
    expect(b.j.report).toMatchObject({ events: 2, commands: 1, badLines: 1, tornBytes: torn.length });
    expect(b.room.stats.events).toBe(2);
    expect(b.room.live.runs).toHaveLength(2);
    b.room.ingest([ev(4)], 3_000);
    b.j.close();
    const c = open(dataDir);
    expect(c.j.report).toMatchObject({ events: 3, badLines: 1, tornBytes: 0 });
    expect(c.j.run).toBe(3);
    c.j.close();
  });

  it('replays a room that follows the platform\'s explain events the same way', () => {
    const dataDir = tmp('ld-journal-');
    const j = new SessionJournal({ dataDir, roomId: 'main', resume: true, now: () => 5_000, writer: { flushMs: 60_000 } });
    const room = new Room({ roomId: 'main', show, now: 1_000, startOnAir: true });
    room.followExplain = true;
    j.start(room, { show, startOnAir: true });
    room.onInput = (input) => j.append(input);
    const target = show.slots[4]!;
    room.ingest([{ id: 'x1', platform: 'sim', roomId: 'main', ts: 2_000, type: 'explain', productId: target.productId, state: 'start' }], 2_000);
    expect(room.live.onAirSlotId).toBe(target.id);
    j.close();
    const again = new SessionJournal({ dataDir, roomId: 'main', resume: true, now: () => 6_000 });
    expect(restoreRoom(again)!.live).toEqual(room.live);
  });

  it('moves an unreadable journal aside instead of overwriting it', () => {
    const dataDir = tmp('ld-journal-');
    const path = journalPath(dataDir, 'main');
    open(dataDir).j.close();
    writeFileSync(path, 'not a journal\n');
    const { j, room } = open(dataDir);
    expect(j.report).toBeNull();
    expect(j.rotatedTo).toMatch(/\.unreadable\.journal\.jsonl$/);
    expect(readFileSync(j.rotatedTo!, 'utf8')).toBe('not a journal\n');
    expect(room.stats.events).toBe(0);
    j.close();
  });

  it('past its size cap keeps orders, refunds and comments but drops likes, enters/leaves and clicks', () => {
    const dataDir = tmp('ld-journal-');
    const a = open(dataDir, true, { maxBytes: 1 });
    const batch = busyStream({ seed: 11, count: 400, show, startTs: 1_000 });
    a.room.ingest(batch, 2_000);
    a.j.close();
    // What the journal itself kept (the clean stop's checkpoint would hold the whole room).
    removeCheckpoints(journalPath(dataDir, 'main'));
    const b = open(dataDir);
    const kept = batch.filter((e) => !['like', 'viewer.enter', 'viewer.leave', 'product.click'].includes(e.type));
    expect(b.room.stats.events).toBe(kept.length);
    expect(b.room.latestMetrics).toBeNull();
    const t = streamTotals(batch);
    expect(b.room.snapshot(3_000).metrics.now).toMatchObject({ gmv: t.gmv, paidOrders: t.paidOrders, comments: t.comments });
    expect(a.j.status().capped).toBe(batch.length - kept.length);
    b.j.close();
  });
});
