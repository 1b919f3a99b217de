import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Room } from '../../../electron/hub/room/room';
import type { RoomState } from '../../../electron/hub/room/roomState';
import type { RoomInput } from '../../../electron/hub/room/input';
import { loadSampleShow } from '../../../electron/hub/sampleShow';
import { randomSession } from '../../support/sessionInputs';

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

describe('checkpoint + tail replay equals full replay', () => {
  it('for random sessions cut at a random point (seeded property test)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (seed, cut) => {
      const inputs = randomSession({ seed, events: 300, show, startTs: T0 });
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
      expect(b.review).toBe(a.review);
      expect(b.state).toBe(a.state);
      expect(b.stats).toEqual(a.stats);
      // And they go on the same way after the restore: the next delta is the same.
      full.restoreSeq(10);
      resumed.restoreSeq(10);
      expect(JSON.stringify(resumed.flush(now + 1000))).toBe(JSON.stringify(full.flush(now + 1000)));
    }), { seed: 20261204, numRuns: 20 });
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
