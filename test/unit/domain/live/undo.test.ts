import { describe, expect, it } from 'vitest';
import { Room } from '../../../../electron/hub/room/room';
import { loadSampleShow } from '../../../../electron/hub/sampleShow';
import type { Command, CommandAck } from '../../../../shared/protocol/commands';

const T0 = 1_750_000_000_000;
const show = loadSampleShow();
const a = { id: 'a', name: '场控', role: 'assistant' as const };
const b = { id: 'b', name: '导播', role: 'producer' as const };

const fresh = () => new Room({ roomId: 'main', show, now: T0, startOnAir: true });
/** What an undo must put back, section by section (the undo log itself aside). */
const state = (r: Room) => {
  const s = r.snapshot(T0);
  return JSON.stringify({ show: s.show, live: s.live, cues: s.cues });
};
const err = (ack: CommandAck) => (ack.ok ? null : ack.error.code);

describe('guarded take-next (stale on-air slot)', () => {
  it('moves once when two clients press N against the same on-air slot', () => {
    const room = fresh();
    const from = room.live.onAirSlotId;
    expect(room.apply({ id: 'n1', type: 'slot.takeNext', fromSlotId: from }, a, T0 + 1000).ok).toBe(true);
    const second = room.apply({ id: 'n2', type: 'slot.takeNext', fromSlotId: from }, b, T0 + 1150);
    expect(err(second)).toBe('stale');
    expect(room.live.onAirSlotId).toBe(show.slots[1]!.id);
    expect(room.live.runs).toHaveLength(2);
  });

  it('refuses a skip made against a slot no longer on air', () => {
    const room = fresh();
    const from = room.live.onAirSlotId;
    room.apply({ id: 'n1', type: 'slot.takeNext' }, a, T0 + 1000);
    expect(err(room.apply({ id: 's1', type: 'slot.skip', slotId: show.slots[2]!.id, fromSlotId: from }, b, T0 + 1100))).toBe('stale');
    expect(room.live.skipped).toEqual([]);
  });
});

describe('live.undo restores the previous state exactly', () => {
  const cases: [string, (r: Room) => Command][] = [
    ['take-next', (r) => ({ id: 'x', type: 'slot.takeNext', fromSlotId: r.live.onAirSlotId })],
    ['skip (the on-air slot)', (r) => ({ id: 'x', type: 'slot.skip', slotId: r.live.onAirSlotId! })],
    ['skip (a queued slot)', () => ({ id: 'x', type: 'slot.skip', slotId: show.slots[3]!.id })],
    ['go-to', () => ({ id: 'x', type: 'slot.goTo', slotId: show.slots[4]!.id })],
    ['reorder', (r) => ({ id: 'x', type: 'queue.move', rev: r.rev, slotId: show.slots[4]!.id, toIndex: 1 })],
    ['sold-out', () => ({ id: 'x', type: 'product.soldOut', productId: show.slots[0]!.productId, soldOut: true })],
    ['stock', () => ({ id: 'x', type: 'product.stock', productId: show.slots[0]!.productId, delta: -7 })],
  ];
  it.each(cases)('%s', (_name, make) => {
    const room = fresh();
    room.apply({ id: 'c0', type: 'product.stock', productId: show.slots[0]!.productId, delta: 5 }, a, T0 + 500);
    room.apply({ id: 'cue', type: 'cue.fire', kind: 'coupon', note: '券' }, a, T0 + 600);
    const before = state(room);
    const revBefore = room.rev;
    const ack = room.apply(make(room), a, T0 + 1000);
    expect(ack.ok).toBe(true);
    expect(state(room)).not.toBe(before);
    // Undone from another client: the undo is the room's, every client sees it.
    expect(room.apply({ id: 'u', type: 'live.undo', commandId: 'x' }, b, T0 + 4000).ok).toBe(true);
    const after = JSON.parse(state(room)) as { show: unknown };
    expect(state(room)).toBe(before);
    expect(after.show).toEqual(show);
    // A show edit is undone as a new revision (editors' revisions only go forward).
    if (room.rev !== revBefore) expect(room.rev).toBe(revBefore + 2);
    // Once only.
    expect(err(room.apply({ id: 'u2', type: 'live.undo', commandId: 'x' }, b, T0 + 4500))).toBe('not_found');
  });

  it('keeps the run start time and timer of the slot it puts back on air', () => {
    const room = fresh();
    room.apply({ id: 'e', type: 'slot.extend', slotId: show.slots[0]!.id, minutes: 3 }, a, T0 + 100);
    room.apply({ id: 'x', type: 'slot.takeNext' }, a, T0 + 60_000);
    room.apply({ id: 'u', type: 'live.undo', commandId: 'x' }, a, T0 + 62_000);
    expect(room.live.onAirSlotId).toBe(show.slots[0]!.id);
    expect(room.live.onAirSince).toBe(T0);
    expect(room.live.runs).toEqual([{ slotId: show.slots[0]!.id, productId: show.slots[0]!.productId, startedAt: T0, endedAt: null, outcome: null }]);
    expect(room.live.extraMinutes[show.slots[0]!.id]).toBe(3);
  });

  it('puts back the cues a take-next withdrew', () => {
    const room = fresh();
    room.apply({ id: 'cue', type: 'cue.fire', kind: 'lucky_bag', note: '福袋' }, a, T0 + 100);
    room.apply({ id: 'x', type: 'slot.takeNext' }, a, T0 + 1000);
    expect(room.snapshot(T0).cues[0]!.withdrawnAt).toBe(T0 + 1000);
    room.apply({ id: 'u', type: 'live.undo', commandId: 'x' }, a, T0 + 2000);
    expect(room.snapshot(T0).cues[0]!.withdrawnAt).toBeNull();
  });

  it('takes back only its own stock change when orders came in meanwhile', () => {
    const room = fresh();
    const pid = show.slots[0]!.productId;
    room.apply({ id: 'x', type: 'product.stock', productId: pid, delta: 20 }, a, T0 + 1000);
    const added = room.live.products[pid]!.stock;
    room.ingest([{ id: 'o1', platform: 'sim', roomId: 'main', ts: T0 + 1500, type: 'order.paid', userId: 'v1', orderId: 'o1', productId: pid, quantity: 2, amount: 100 }], T0 + 1500);
    room.apply({ id: 'u', type: 'live.undo', commandId: 'x' }, a, T0 + 3000);
    expect(room.live.products[pid]!.stock).toBe(added - 2 - 20);
  });

  it('refuses an undo the room has moved past, or one too late', () => {
    const room = fresh();
    room.apply({ id: 'x', type: 'slot.takeNext' }, a, T0 + 1000);
    room.apply({ id: 'y', type: 'slot.takeNext' }, a, T0 + 3000);
    expect(err(room.apply({ id: 'u', type: 'live.undo', commandId: 'x' }, a, T0 + 4000))).toBe('stale');
    expect(err(room.apply({ id: 'u2', type: 'live.undo', commandId: 'y' }, a, T0 + 3000 + 60_000))).toBe('state');
    expect(room.live.onAirSlotId).toBe(show.slots[2]!.id);
  });

  it('survives a crash: replaying the journaled inputs rebuilds the undo and its effect', () => {
    const room = fresh();
    const inputs: Parameters<Room['replay']>[0][] = [];
    room.onInput = (i) => inputs.push(structuredClone(i));
    room.apply({ id: 'x', type: 'slot.takeNext' }, a, T0 + 1000);
    const replayed = fresh();
    for (const i of inputs) expect(replayed.replay(i)).toBe(true);
    expect(replayed.apply({ id: 'u', type: 'live.undo', commandId: 'x' }, a, T0 + 2000).ok).toBe(true);
    expect(replayed.live.onAirSlotId).toBe(show.slots[0]!.id);
    room.apply({ id: 'u', type: 'live.undo', commandId: 'x' }, a, T0 + 2000);
    const again = fresh();
    for (const i of inputs) expect(again.replay(i)).toBe(true);
    expect(state(again)).toBe(state(room));
  });
});
