import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHub, type Hub } from '../../../electron/hub/hub';
import { createBroadcaster } from '../../../electron/hub/broadcaster';
import { createSnapshotPacer } from '../../../electron/hub/socket/snapshotPacer';
import { createHandshakePacer } from '../../../electron/hub/socket/handshakePacer';
import { joinHub, type TestClient } from '../../support/hubClient';
import { comment, manualSource } from '../../support/manualSource';

let hub: Hub | null = null;
const dirs: string[] = [];
const clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await hub?.close();
  hub = null;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
async function start(opts: { snapshotIntervalMs?: number; maxConnectionsPerAddress?: number; source?: ReturnType<typeof manualSource> } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'ld-shed-'));
  dirs.push(root);
  hub = await startHub({ source: manualSource(), staticDir: join(root, 'static'), dataDir: join(root, 'data'), ...opts });
  return hub;
}

describe('snapshot pacing (one connection)', () => {
  it('serves at once, then holds one request until the window ends, and refuses the rest meanwhile', async () => {
    let t = 0;
    const pacer = createSnapshotPacer({ minIntervalMs: 40, now: () => t });
    const sent: number[] = [];
    expect(pacer.request(() => sent.push(1))).toBe('now');
    t = 10;
    expect(pacer.request(() => sent.push(2))).toBe('later');
    expect(pacer.request(() => sent.push(3))).toBe('busy');
    expect(sent).toEqual([1]);
    await new Promise((r) => setTimeout(r, 80));
    expect(sent).toEqual([1, 2]);
    pacer.close();
  });

  it('over a real socket: a client flooding resyncs gets its snapshots no faster than the interval', async () => {
    const h = await start({ snapshotIntervalMs: 300 });
    const c = await joinHub(h.url, { token: h.token, role: 'assistant', name: 'a', clientId: 'flood' });
    clients.push(c);
    const t0 = Date.now();
    const answers = await Promise.all(Array.from({ length: 10 }, () => c.sync(0)));
    const snaps = answers.filter((a) => 'kind' in a && a.kind === 'snapshot');
    const refused = answers.filter((a) => 'error' in a);
    expect(snaps.length).toBeGreaterThanOrEqual(1);
    expect(snaps.length).toBeLessThanOrEqual(2);
    expect(refused.every((a) => 'error' in a && a.error.code === 'rate_limited')).toBe(true);
    expect(snaps.length + refused.length).toBe(10);
    // A second request after the first snapshot waits for the window (not served at once).
    const again = await c.sync(0);
    expect('kind' in again && again.kind).toBe('snapshot');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
  });
});

describe('snapshots shared per seq', () => {
  it('builds one snapshot per seq and hands every caller the same body with its own serverTime', async () => {
    const h = await start();
    h.room.flush(Date.now());
    const a = h.room.snapshot(1_000);
    const b = h.room.snapshot(2_000);
    expect(a.seq).toBe(b.seq);
    expect(b.serverTime).toBe(2_000);
    expect(b.metrics).toBe(a.metrics);
    expect(b.comments).toBe(a.comments);
    h.room.apply({ id: 'n1', type: 'slot.takeNext' }, { id: 'x', name: 'x', role: 'assistant' }, Date.now());
    // Something changed and is not flushed yet: not served from the cache.
    const c = h.room.snapshot(3_000);
    expect(c.live).not.toBe(a.live);
    expect(c.live.runs.length).toBe(a.live.runs.length + 1);
  });
});

describe('handshakes paced per loop turn', () => {
  it('admits at most N per turn, in arrival order, and every one in the end', async () => {
    const pace = createHandshakePacer(3);
    const admitted: { i: number; turn: number }[] = [];
    let turn = 0;
    const ticker = setInterval(() => undefined, 1);
    const count = () => { turn++; if (admitted.length < 10) setImmediate(count); };
    setImmediate(count);
    for (let i = 0; i < 10; i++) pace(() => admitted.push({ i, turn }));
    await new Promise((r) => setTimeout(r, 50));
    clearInterval(ticker);
    expect(admitted.map((a) => a.i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const perTurn = new Map<number, number>();
    for (const a of admitted) perTurn.set(a.turn, (perTurn.get(a.turn) ?? 0) + 1);
    expect(Math.max(...perTurn.values())).toBeLessThanOrEqual(3);
    expect(perTurn.size).toBeGreaterThanOrEqual(4);
  });
});

describe('connections per address', () => {
  it('refuses connections past the cap from one address, and frees a slot on disconnect', async () => {
    const h = await start({ maxConnectionsPerAddress: 3 });
    const join = (i: number) => joinHub(h.url, { token: h.token, role: 'assistant', name: `c${i}`, clientId: `c${i}` });
    for (let i = 0; i < 3; i++) clients.push(await join(i));
    await expect(join(3)).rejects.toThrow(/too many connections/);
    clients.shift()!.close();
    await new Promise((r) => setTimeout(r, 200));
    clients.push(await join(4));
    expect(clients).toHaveLength(3);
  });
});

describe('snapshots batched after the next flush', () => {
  it('afterFlush waits for the flush already scheduled, and flushes at once when none is', () => {
    vi.useFakeTimers({ now: 10_000 });
    try {
      let seq = 0;
      const order: string[] = [];
      const b = createBroadcaster({
        flush: (now) => { order.push(`flush@${now}`); return { seq: ++seq, serverTime: now }; },
        currentSeq: () => seq, send: (d) => order.push(`delta ${d.seq}`), flushMs: 100, now: () => Date.now(),
      });
      b.afterFlush(() => order.push('served A'));
      expect(order).toEqual(['flush@10000', 'delta 1', 'served A']);
      b.flushSoon();
      b.afterFlush(() => order.push('served B'));
      b.afterFlush(() => order.push('served C'));
      vi.advanceTimersByTime(99);
      expect(order).toHaveLength(3);
      vi.advanceTimersByTime(1);
      // One flush for both, its delta out before they are served.
      expect(order.slice(3)).toEqual(['flush@10100', 'delta 2', 'served B', 'served C']);
      b.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('sockets joining together while events flow share one delta and one snapshot seq, and miss no delta after it', async () => {
    const source = manualSource();
    const h = await start({ source });
    const first = await joinHub(h.url, { token: h.token, role: 'assistant', name: 'first', clientId: 'first' });
    clients.push(first);
    const seq0 = h.room.currentSeq;
    source.push([comment('加入时的评论')]);
    const joined = await Promise.all(Array.from({ length: 12 }, (_, i) =>
      joinHub(h.url, { token: h.token, role: 'assistant', name: `s${i}`, clientId: `storm${i}` })));
    clients.push(...joined);
    // Twelve joins within a couple of batching intervals: a handful of deltas, not one (or more) per socket.
    expect(h.room.currentSeq - seq0).toBeLessThan(8);
    for (const c of joined) expect(c.snapshot.comments.some((m) => m.text === '加入时的评论')).toBe(true);
    source.push([comment('加入后的评论')]);
    await Promise.all(joined.map((c) => c.waitDelta((d) => (d.comments ?? []).some((m) => m.text === '加入后的评论'))));
    for (const c of joined) {
      const seqs = c.deltas.map((d) => d.seq);
      expect(seqs[0]).toBe(c.snapshot.seq + 1);
      expect(seqs).toEqual(seqs.map((_, i) => c.snapshot.seq + 1 + i));
      // The comment in the snapshot is not sent again in a delta.
      expect(c.deltas.some((d) => (d.comments ?? []).some((m) => m.text === '加入时的评论'))).toBe(false);
    }
  });

  it('a storm larger than one group per tick: every socket gets a snapshot, then every delta after it, none twice', async () => {
    const source = manualSource();
    const h = await start({ source });
    const pump = setInterval(() => source.push([comment('风暴中')]), 5);
    let joined: TestClient[];
    try {
      joined = await Promise.all(Array.from({ length: 60 }, (_, i) =>
        joinHub(h.url, { token: h.token, role: 'assistant', name: `g${i}`, clientId: `group${i}` })));
      clients.push(...joined);
    } finally {
      clearInterval(pump);
    }
    source.push([comment('风暴后')]);
    await Promise.all(joined.map((c) => c.waitDelta((d) => (d.comments ?? []).some((m) => m.text === '风暴后'))));
    for (const c of joined) {
      const seqs = c.deltas.map((d) => d.seq);
      expect(seqs[0]).toBe(c.snapshot.seq + 1);
      expect(seqs).toEqual(seqs.map((_, i) => c.snapshot.seq + 1 + i));
    }
  });

  it('resyncs asked together are each answered with a snapshot no older than any delta that client already has', async () => {
    const source = manualSource();
    const h = await start({ source });
    const many = await Promise.all(Array.from({ length: 10 }, (_, i) =>
      joinHub(h.url, { token: h.token, role: 'assistant', name: `r${i}`, clientId: `resync${i}` })));
    clients.push(...many);
    const pump = setInterval(() => source.push([comment('刷屏')]), 5);
    try {
      const answers = await Promise.all(many.map(async (c) => {
        const res = await c.sync(0);
        return { res, lastDelta: c.deltas.at(-1)?.seq ?? 0 };
      }));
      for (const { res, lastDelta } of answers) {
        expect('kind' in res && res.kind).toBe('snapshot');
        if ('kind' in res && res.kind === 'snapshot') expect(res.snapshot.seq).toBeGreaterThanOrEqual(lastDelta);
      }
    } finally {
      clearInterval(pump);
    }
  });
});
