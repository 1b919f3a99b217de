import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../electron/hub/sources/backoff';
import { SourceManager, type SourceManagerOptions } from '../../../electron/hub/sources/manager';
import type { LiveEvent } from '../../../shared/protocol/events';
import { SourceHealth, type EmitEvents, type EventSource, type SourceKind, type SourceSignals } from '../../../shared/protocol/source';

const T0 = 1_750_000_000_000;

/** A source the test drives: emit events, drop the connection, fail. */
function fakeSource(kind: SourceKind = 'connector') {
  const s = {
    kind,
    starts: 0,
    stops: 0,
    emit: null as EmitEvents | null,
    signals: null as SourceSignals | null,
    start(emit: EmitEvents, _view: unknown, signals?: SourceSignals) { s.starts++; s.emit = emit; s.signals = signals ?? null; },
    stop() { s.stops++; s.emit = null; },
  };
  return s satisfies EventSource;
}

let n = 0;
const ev = (id = `e${++n}`): LiveEvent => ({ id, platform: 'tiktok', roomId: 'main', ts: T0, type: 'like', userId: 'u', count: 1 });

function setup(over: Partial<SourceManagerOptions> = {}) {
  const clock = { t: T0 };
  const seen = new Set<string>();
  const ingested: LiveEvent[] = [];
  const published: SourceHealth[][] = [];
  let live = true;
  const manager = new SourceManager({
    now: () => clock.t,
    ingest: (events) => {
      let fresh = 0;
      for (const e of events) if (!seen.has(e.id)) { seen.add(e.id); ingested.push(e); fresh++; }
      return fresh;
    },
    view: () => ({ onAirProductId: null, onAirRole: null, livePrice: 0, soldOut: false, activeCues: [] }),
    onHealth: (list) => published.push(list),
    roomLive: () => live,
    stallMs: 10_000,
    backoff: { baseMs: 1000, maxMs: 8000, maxAttempts: 3 },
    random: () => 0.5,
    ...over,
  });
  const at = (dt: number) => { clock.t = T0 + dt; manager.tick(clock.t); };
  const health = (id: string) => manager.list().find((h) => h.id === id)!;
  return { clock, manager, ingested, published, at, health, setLive: (v: boolean) => { live = v; } };
}

describe('source manager: the state machine on a fake clock', () => {
  it('connecting → live on the first events; counts accepted and duplicates; events per second', () => {
    const { manager, health, clock, published } = setup();
    const src = fakeSource();
    manager.add('tt', src);
    expect(health('tt').state).toBe('connecting');
    const a = ev('a');
    clock.t = T0 + 500;
    expect(src.emit!([a, ev('b'), a])).toBe(2);
    expect(src.emit!([a])).toBe(0);
    const h = health('tt');
    expect(h).toMatchObject({ state: 'live', accepted: 2, duplicates: 2, rejected: 0, lastEventAt: T0 + 500, error: null });
    expect(h.eventsPerSec).toBe(0.8); // 4 events over a 5-second window
    expect(SourceHealth.array().safeParse(published.at(-1)).success).toBe(true);
    src.signals!.rejected(3);
    expect(health('tt').rejected).toBe(3);
  });

  it('a live source with no event for the stall time while the room is live goes stalled, then live again on an event', () => {
    const { manager, health, at, clock, published } = setup();
    const src = fakeSource();
    manager.add('tt', src);
    src.signals!.live();
    at(9_999);
    expect(health('tt').state).toBe('live');
    at(10_000);
    expect(health('tt')).toMatchObject({ state: 'stalled', error: 'stalled', since: T0 + 10_000 });
    expect(published.at(-1)!.find((h) => h.id === 'tt')!.state).toBe('stalled');
    clock.t = T0 + 12_000;
    src.emit!([ev()]);
    expect(health('tt').state).toBe('live');
  });

  it('does not stall while the room is off air', () => {
    const { manager, health, at, setLive } = setup();
    const src = fakeSource();
    manager.add('tt', src);
    src.signals!.live();
    setLive(false);
    at(60_000);
    expect(health('tt').state).toBe('live');
  });

  it('a dropped connection reconnects after a jittered backoff, with a fresh instance from a factory', () => {
    const { manager, health, at, clock } = setup();
    const made: ReturnType<typeof fakeSource>[] = [];
    manager.add('tt', { kind: 'tiktok', create: () => { const s = fakeSource('tiktok'); made.push(s); return s; } });
    made[0]!.signals!.live();
    made[0]!.signals!.lost('connection_lost');
    expect(made[0]!.stops).toBe(1);
    expect(health('tt')).toMatchObject({ state: 'reconnecting', error: 'connection_lost', attempts: 1 });
    // attempt 1: ceiling 1000 → 500 fixed + 0.5 × 500 jitter = 750 ms
    at(749);
    expect(made).toHaveLength(1);
    at(750);
    expect(made).toHaveLength(2);
    expect(health('tt').state).toBe('connecting');
    // the old instance can no longer feed the room or change its state
    made[0]!.signals!.failed('gave_up');
    expect(health('tt').state).toBe('connecting');
    clock.t = T0 + 800;
    expect(made[1]!.emit!([ev()])).toBe(1);
    expect(health('tt')).toMatchObject({ state: 'live', attempts: 0 });
  });

  it('a source that keeps failing gives up: failed, gave_up, no more retries, the room keeps what it had', () => {
    const { manager, health, at, ingested } = setup();
    const src = fakeSource();
    manager.add('tt', src);
    src.emit!([ev(), ev()]);
    let t = 0;
    for (let i = 1; i <= 3; i++) {
      src.signals!.lost('connect_failed');
      expect(health('tt')).toMatchObject({ state: 'reconnecting', attempts: i });
      t += 10_000;
      at(t);
      expect(src.starts).toBe(i + 1);
    }
    src.signals!.lost('connect_failed');
    expect(health('tt')).toMatchObject({ state: 'failed', error: 'gave_up', attempts: 4, accepted: 2 });
    at(t + 60_000);
    expect(src.starts).toBe(4);
    expect(ingested).toHaveLength(2);
  });

  it('a source that throws when started is retried like a dropped connection', () => {
    const { manager, health } = setup();
    manager.add('x', { kind: 'connector', start() { throw new Error('boom'); }, stop() {} });
    expect(health('x')).toMatchObject({ state: 'reconnecting', error: 'start_failed' });
  });

  it('a source that fails outright or ends is not retried; stop() stops by hand', () => {
    const { manager, health, at } = setup();
    const a = fakeSource();
    const b = fakeSource('replay');
    manager.add('a', a);
    manager.add('b', b);
    a.signals!.failed('not_installed');
    b.signals!.ended();
    at(120_000);
    expect(health('a')).toMatchObject({ state: 'failed', error: 'not_installed' });
    expect(health('b')).toMatchObject({ state: 'stopped', error: 'ended' });
    expect(a.starts + b.starts).toBe(2);
    const c = fakeSource();
    manager.add('c', c);
    expect(manager.stop('c')).toBe(true);
    expect(health('c')).toMatchObject({ state: 'stopped', error: null });
    expect(c.stops).toBe(1);
  });

  it('never mixes the simulator into a real source: a real source stops it, and it is refused while one runs', () => {
    const { manager, health } = setup();
    const sim = fakeSource('sim');
    manager.add('sim', sim);
    expect(health('sim').state).toBe('connecting');
    manager.add('ingest', fakeSource('ingest'));
    expect(health('sim')).toMatchObject({ state: 'stopped', error: 'sim_blocked' });
    expect(sim.stops).toBe(1);
    expect(manager.start('sim')).toBe(false);
    expect(manager.add('sim2', fakeSource('sim'))).toEqual({ ok: false, code: 'sim_blocked' });
    manager.stop('ingest');
    expect(manager.start('sim')).toBe(true);
  });

  it('several sources feed one room; counts are kept apart', () => {
    const { manager, health, ingested } = setup();
    const a = fakeSource();
    const b = fakeSource('ingest');
    manager.add('a', a);
    manager.add('b', b);
    a.emit!([ev('x'), ev('y')]);
    b.emit!([ev('x'), ev('z')]);
    expect(health('a')).toMatchObject({ accepted: 2, duplicates: 0 });
    expect(health('b')).toMatchObject({ accepted: 1, duplicates: 1 });
    expect(ingested.map((e) => e.id)).toEqual(['x', 'y', 'z']);
  });
});

describe('backoff', () => {
  it('doubles up to the cap, half fixed and half jitter', () => {
    const b = { baseMs: 1000, maxMs: 8000, maxAttempts: 5 };
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(b, a, 0))).toEqual([500, 1000, 2000, 4000, 4000]);
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(b, a, 1))).toEqual([1000, 2000, 4000, 8000, 8000]);
  });
});

describe('the sources delta section', () => {
  it('the manager wired to a room sends health as the `sources` section of deltas and snapshots', async () => {
    const { Room } = await import('../../../electron/hub/room/room');
    const { loadSampleShow } = await import('../../../electron/hub/sampleShow');
    const { wireSource } = await import('../../../electron/hub/sources/wire');
    const { RoomSnapshot } = await import('../../../shared/protocol/room');
    const room = new Room({ roomId: 'main', show: loadSampleShow(), now: T0, startOnAir: true });
    room.flush(T0);
    const src = fakeSource('ingest');
    let flushes = 0;
    const manager = wireSource(src, room, () => T0 + 50, () => { flushes++; });
    try {
      const d = room.flush(T0 + 100)!;
      expect(d.sources).toEqual([expect.objectContaining({ id: 'ingest', kind: 'ingest', state: 'connecting' })]);
      src.emit!([ev('s1')]);
      expect(flushes).toBeGreaterThan(0);
      const snap = room.snapshot(T0 + 200);
      expect(RoomSnapshot.safeParse(snap).success).toBe(true);
      expect(snap.sources).toEqual([expect.objectContaining({ state: 'live', accepted: 1 })]);
    } finally {
      manager.close();
    }
  });
});
