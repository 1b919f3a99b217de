import { describe, expect, it } from 'vitest';
import { Room } from '../../../../electron/hub/room/room';
import { loadSampleShow } from '../../../../electron/hub/sampleShow';
import { prompterCues } from '../../../../shared/domain/live/cueLifecycle';
import type { RunOfShow } from '../../../../shared/protocol/runOfShow';

const T0 = 1_750_000_000_000;
const show = loadSampleShow();
const a = { id: 'a', name: '场控', role: 'assistant' as const };
const p = { id: 'p', name: '导播', role: 'producer' as const };
const fresh = () => new Room({ roomId: 'main', show, now: T0, startOnAir: true });
const onPrompter = (room: Room, now: number) => prompterCues(room.snapshot(now).cues, room.show, now).map((c) => c.note);

describe('cues belong to their moment', () => {
  it('carry their slot, product and show revision, 口令 and countdown', () => {
    const room = fresh();
    room.apply({ id: 'c', type: 'cue.fire', kind: 'lucky_bag', note: '福袋', code: '周五见', countdownSec: 600 }, a, T0 + 1000);
    const cue = room.snapshot(T0).cues[0]!;
    expect(cue).toMatchObject({ slotId: show.slots[0]!.id, productId: show.slots[0]!.productId, rev: 0, code: '周五见', countdownSec: 600, withdrawnAt: null });
    // The countdown outlasts the default expiry (5 min), so the cue lives as long as it.
    expect(cue.expiresAt).toBe(T0 + 1000 + 600_000);
    expect(room.view(T0 + 2000).luckyBagNote).toBe('福袋 口令：周五见');
  });

  it('expire after the configured time', () => {
    const room = fresh();
    room.apply({ id: 's', type: 'settings.live', timings: { cueExpiryMin: 2 } }, a, T0);
    room.apply({ id: 'c', type: 'cue.fire', kind: 'coupon', note: '券' }, a, T0 + 1000);
    expect(onPrompter(room, T0 + 1000 + 119_000)).toEqual(['券']);
    expect(onPrompter(room, T0 + 1000 + 120_000)).toEqual([]);
  });

  it('are withdrawn when their product leaves the air, not before', () => {
    const room = fresh();
    room.apply({ id: 'c', type: 'cue.fire', kind: 'link', note: '上链接' }, a, T0 + 1000);
    room.apply({ id: 'x', type: 'slot.extend', slotId: show.slots[0]!.id, minutes: 1 }, a, T0 + 2000);
    expect(onPrompter(room, T0 + 3000)).toEqual(['上链接']);
    room.apply({ id: 'n', type: 'slot.takeNext' }, a, T0 + 4000);
    expect(room.snapshot(T0).cues[0]!.withdrawnAt).toBe(T0 + 4000);
    expect(onPrompter(room, T0 + 5000)).toEqual([]);
  });

  it('are withdrawn when their show is replaced', () => {
    const room = fresh();
    room.apply({ id: 'c', type: 'cue.fire', kind: 'coupon', note: '旧券' }, a, T0 + 1000);
    room.apply({ id: 'r', type: 'show.replace', rev: 0, show: { ...show, title: '新节目' } }, p, T0 + 2000);
    expect(room.live.onAirSlotId).toBe(show.slots[0]!.id);
    expect(onPrompter(room, T0 + 3000)).toEqual([]);
  });

  it('expire by default when fired before cues carried an expiry (old journals)', () => {
    const old = { id: 'o', kind: 'coupon' as const, note: '旧', slotId: null, plannedCueId: null, firedAt: T0, firedBy: 'a', ackedAt: null, ackedBy: null };
    expect(prompterCues([old], show, T0 + 5 * 60_000 - 1)).toHaveLength(1);
    expect(prompterCues([old], show, T0 + 5 * 60_000)).toHaveLength(0);
  });

  it('never reach the prompter for a product the live show does not have', () => {
    const room = fresh();
    room.apply({ id: 'c', type: 'cue.fire', kind: 'coupon', note: '别的商品', slotId: show.slots[3]!.id }, a, T0 + 1000);
    const cues = room.snapshot(T0).cues;
    const gone: RunOfShow = { ...show, slots: show.slots.filter((s) => s.productId !== show.slots[3]!.productId) };
    expect(prompterCues(cues, show, T0 + 2000).map((c) => c.note)).toEqual(['别的商品']);
    expect(prompterCues(cues, gone, T0 + 2000)).toEqual([]);
    // Acknowledged cues leave too.
    room.apply({ id: 'k', type: 'cue.ack', cueId: cues[0]!.id }, a, T0 + 3000);
    expect(onPrompter(room, T0 + 3000)).toEqual([]);
  });
});
