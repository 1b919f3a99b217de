import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Room } from '../../../electron/hub/room/room';
import type { RoomState } from '../../../electron/hub/room/roomState';
import type { RoomInput } from '../../../electron/hub/room/input';
import { loadSampleShow } from '../../../electron/hub/sampleShow';
import { randomSession } from '../../support/sessionInputs';
import { createRng } from '../../../shared/domain/rng';
import type { LiveEvent } from '../../../shared/protocol/events';

const show = loadSampleShow();
const T0 = 1_760_000_000_000;

function replayAll(inputs: readonly RoomInput[], room = new Room({ roomId: 'main', show, now: T0, startOnAir: true })): Room {
  for (const input of inputs) room.replay(input);
  return room;
}

/** What a client and the review would see of a room at `now`, as JSON. */
function observed(room: Room, now: number) {
  const snap = room.snapshot(now);
  return { snapshot: JSON.stringify(snap), review: JSON.stringify(room.review(now)), state: JSON.stringify(room.serialise()), stats: { ...room.stats } };
}

/**
 * The same session with the platform's viewer.stats from input `from` on (none when from ≥ length):
 * a stats-less stretch, then stretches with and without stats events (online up and down, 场观 rising).
 */
function withStats(inputs: readonly RoomInput[], seed: number, from: number): RoomInput[] {
  const rng = createRng(seed ^ 0x5a7);
  let total = rng.int(0, 120);
  return inputs.map((input, i) => {
    if (i < from || input.kind !== 'events' || !rng.chance(0.5)) return input;
    total += rng.int(0, 30);
    const last = input.events[input.events.length - 1]!;
    const stats: LiveEvent = { id: `st${seed}-${i}`, platform: 'sim', roomId: 'main', ts: last.ts, type: 'viewer.stats', online: rng.int(0, total), totalViewers: total };
    return { ...input, events: [...input.events, stats] };
  });
}

describe('checkpoint + tail replay equals full replay', () => {
  it('for random sessions cut at a random point (seeded property test)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1.5, noNaN: true }), (seed, cut, statsFrom) => {
      const plain = randomSession({ seed, events: 300, show, startTs: T0 });
      // A third of the sessions never see viewer.stats; the rest switch to them somewhere (also before or after the cut).
      const inputs = withStats(plain, seed, Math.floor(statsFrom * plain.length));
      const k = Math.floor(cut * inputs.length);
      const full = replayAll(inputs);
      const head = replayAll(inputs.slice(0, k));
      // Through JSON, as on disk.
      const state = JSON.parse(JSON.stringify(head.serialise())) as RoomState;
      const resumed = replayAll(inputs.slice(k), Room.fromState(state));
      const now = Math.max(T0, ...inputs.map((i) => i.at)) + 1500;
      const a = observed(full, now);
      const b = observed(resumed, now);
      expect(b.snapshot).toBe(a.snapshot);
      // Where the platform's figures arrived, online is theirs (the stats path really ran).
      const lastStats = inputs.flatMap((i) => (i.kind === 'events' ? i.events : [])).filter((e) => e.type === 'viewer.stats').at(-1);
      if (lastStats?.type === 'viewer.stats') expect((JSON.parse(b.snapshot) as { metrics: { now: { online: number } } }).metrics.now.online).toBe(lastStats.online);
      expect(b.review).toBe(a.review);
      expect(b.state).toBe(a.state);
      expect(b.stats).toEqual(a.stats);
      // And they go on the same way after the restore: the next delta is the same.
      full.restoreSeq(10);
      resumed.restoreSeq(10);
      expect(JSON.stringify(resumed.flush(now + 1000))).toBe(JSON.stringify(full.flush(now + 1000)));
    }), { seed: 20261204, numRuns: 30 });
  }, 180_000);

  it('a command retried after the checkpoint is answered from memory, not applied twice', () => {
    const room = new Room({ roomId: 'main', show, now: T0, startOnAir: true });
    const by = { id: 'p', name: 'P', role: 'producer' as const };
    expect(room.apply({ id: 'once', type: 'cue.fire', kind: 'lucky_bag', note: '福袋' }, by, T0 + 10).ok).toBe(true);
    const resumed = Room.fromState(JSON.parse(JSON.stringify(room.serialise())) as RoomState);
    expect(resumed.apply({ id: 'once', type: 'cue.fire', kind: 'lucky_bag', note: '福袋' }, by, T0 + 20).ok).toBe(true);
    expect(resumed.snapshot(T0 + 30).cues).toHaveLength(1);
  });

  it('an event seen before the checkpoint is still a duplicate after it', () => {
    const room = new Room({ roomId: 'main', show, now: T0, startOnAir: true });
    const e = { id: 'm1', platform: 'sim' as const, roomId: 'main', ts: T0 + 5, type: 'like' as const, userId: 'u', count: 3 };
    expect(room.ingest([e], T0 + 5)).toBe(1);
    const resumed = Room.fromState(JSON.parse(JSON.stringify(room.serialise())) as RoomState);
    expect(resumed.ingest([e], T0 + 6)).toBe(0);
    expect(resumed.stats.duplicates).toBe(1);
  });
});
