import { describe, expect, it } from 'vitest';
import { loadSampleShow } from '../../../../electron/hub/sampleShow';
import { applyLiveCommand } from '../../../../shared/domain/live/applyLive';
import type { LiveRoom } from '../../../../shared/domain/live/commands';
import { emptyLiveState } from '../../../../shared/domain/live/queue';
import { showDiff } from '../../../../shared/domain/live/showDiff';
import type { LiveState } from '../../../../shared/protocol/room';
import type { RunOfShow } from '../../../../shared/protocol/runOfShow';
import { DEFAULT_THRESHOLDS } from '../../../../shared/domain/alerts/thresholds';

const T0 = 1_750_000_000_000;
const show = loadSampleShow();
const onAir = (slotIdx: number): LiveState => {
  const s = show.slots[slotIdx]!;
  return { ...emptyLiveState(), onAirSlotId: s.id, onAirSince: T0, runs: [{ slotId: s.id, productId: s.productId, startedAt: T0, endedAt: null, outcome: null }], extraMinutes: { [s.id]: 2 } };
};
const names = (list: { name: string }[]) => list.map((p) => p.name);
const nameOf = (slotIdx: number) => show.products.find((p) => p.id === show.slots[slotIdx]!.productId)!.name;
/** The same products under new slot ids (a document edited apart from the room). */
const renumbered = (s: RunOfShow): RunOfShow => ({ ...s, slots: s.slots.map((x) => ({ ...x, id: `${x.id}-new` })) });

describe('showDiff', () => {
  it('reports nothing for the same show', () => {
    expect(showDiff(show, show, onAir(0))).toMatchObject({ added: [], removed: [], reordered: [], same: true, onAir: { kind: 'kept', slotId: show.slots[0]!.id } });
  });

  it('names the products added, removed and reordered', () => {
    const [s0, s1, s2, ...rest] = show.slots;
    const next: RunOfShow = { ...show, slots: [s0!, s2!, s1!, ...rest.slice(1)] };
    const removedSlot = rest[0]!;
    const d = showDiff(show, next, null);
    expect(names(d.removed)).toEqual([show.products.find((p) => p.id === removedSlot.productId)!.name]);
    expect(names(d.reordered)).toEqual([nameOf(2), nameOf(1)]);
    expect(d.added).toEqual([]);
    expect(d.onAir).toEqual({ kind: 'none' });
    const back = showDiff(next, show, null);
    expect(names(back.added)).toEqual(names(d.removed));
    expect(back.same).toBe(false);
  });

  it('keeps the on-air product when the new show has it under another slot, and names it when it does not', () => {
    expect(showDiff(show, renumbered(show), onAir(1)).onAir).toEqual({ kind: 'kept', product: { productId: show.slots[1]!.productId, name: nameOf(1) }, slotId: `${show.slots[1]!.id}-new` });
    const without: RunOfShow = { ...show, slots: show.slots.filter((s) => s.productId !== show.slots[1]!.productId) };
    expect(showDiff(show, without, onAir(1)).onAir).toEqual({ kind: 'dropped', product: { productId: show.slots[1]!.productId, name: nameOf(1) } });
  });
});

describe('show.replace mid-show', () => {
  const room = (live: LiveState): LiveRoom => ({ show, rev: 3, live, cues: [], qa: { pushed: [], answered: [] }, settings: { alertThresholds: DEFAULT_THRESHOLDS } });
  const ctx = { now: T0 + 120_000, by: 'p', callerId: 'p', findComment: () => null, newId: () => 'n' };

  it('keeps the on-air run (start time, added minutes) when its product is in the new show', () => {
    const r = applyLiveCommand(room(onAir(1)), { id: 'r', type: 'show.replace', rev: 3, show: renumbered(show) }, ctx);
    if (!r.ok) throw new Error(r.error.message);
    const newId = `${show.slots[1]!.id}-new`;
    expect(r.room.live.onAirSlotId).toBe(newId);
    expect(r.room.live.onAirSince).toBe(T0);
    expect(r.room.live.runs).toEqual([{ slotId: newId, productId: show.slots[1]!.productId, startedAt: T0, endedAt: null, outcome: null }]);
    expect(r.room.live.extraMinutes).toEqual({ [newId]: 2 });
  });

  it('takes the product off air when the new show no longer has it', () => {
    const without: RunOfShow = { ...show, slots: show.slots.filter((s) => s.productId !== show.slots[1]!.productId) };
    const r = applyLiveCommand(room(onAir(1)), { id: 'r', type: 'show.replace', rev: 3, show: without }, ctx);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.room.live.onAirSlotId).toBeNull();
    expect(r.room.live.runs[0]!.endedAt).toBe(T0 + 120_000);
  });
});
