import type { LiveState } from '../../protocol/room';
import type { RunOfShow, Slot } from '../../protocol/runOfShow';
import { idTable, ownEntry } from '../idTable';

export type SlotState = 'done' | 'onair' | 'next' | 'queued' | 'skipped';

/** Slots that have ended (aired or skipped) — the on-air slot excluded. */
function finishedIds(live: LiveState): Set<string> {
  const ids = new Set(live.skipped);
  for (const run of live.runs) if (run.endedAt !== null) ids.add(run.slotId);
  return ids;
}

/** The slot that "take next" would put on air: the first slot after the on-air one that is not finished. */
export function nextSlot(show: RunOfShow, live: LiveState): Slot | null {
  const finished = finishedIds(live);
  const onAirIdx = live.onAirSlotId ? show.slots.findIndex((s) => s.id === live.onAirSlotId) : -1;
  for (let i = onAirIdx + 1; i < show.slots.length; i++) {
    const s = show.slots[i]!;
    if (!finished.has(s.id) && s.id !== live.onAirSlotId) return s;
  }
  // Wrap to earlier slots that never aired (e.g. after a goTo jumped forward).
  for (let i = 0; i < Math.max(onAirIdx, 0); i++) {
    const s = show.slots[i]!;
    if (!finished.has(s.id)) return s;
  }
  return null;
}

/** Upcoming slots after the on-air one, in order, at most `n`. */
export function upcomingSlots(show: RunOfShow, live: LiveState, n: number): Slot[] {
  const finished = finishedIds(live);
  const out: Slot[] = [];
  const first = nextSlot(show, live);
  if (!first) return out;
  const start = show.slots.indexOf(first);
  for (let i = start; i < show.slots.length && out.length < n; i++) {
    const s = show.slots[i]!;
    if (!finished.has(s.id) && s.id !== live.onAirSlotId) out.push(s);
  }
  return out;
}

/** State of every slot for the queue display. */
export function slotStates(show: RunOfShow, live: LiveState): Record<string, SlotState> {
  const out = idTable<SlotState>();
  const skipped = new Set(live.skipped);
  const aired = new Set(live.runs.filter((r) => r.endedAt !== null).map((r) => r.slotId));
  const next = nextSlot(show, live);
  for (const s of show.slots) {
    if (s.id === live.onAirSlotId) out[s.id] = 'onair';
    else if (skipped.has(s.id)) out[s.id] = 'skipped';
    else if (aired.has(s.id)) out[s.id] = 'done';
    else if (next && s.id === next.id) out[s.id] = 'next';
    else out[s.id] = 'queued';
  }
  return out;
}

/** Planned end of the on-air slot (epoch ms), from the hub's timestamps — clients never count ticks. */
export function onAirEndsAt(show: RunOfShow, live: LiveState): number | null {
  if (!live.onAirSlotId || live.onAirSince === null) return null;
  const slot = show.slots.find((s) => s.id === live.onAirSlotId);
  if (!slot) return null;
  const minutes = slot.plannedMinutes + (ownEntry(live.extraMinutes, slot.id) ?? 0);
  return live.onAirSince + minutes * 60_000;
}

export function findSlot(show: RunOfShow, slotId: string | null): Slot | null {
  if (!slotId) return null;
  return show.slots.find((s) => s.id === slotId) ?? null;
}

export function productOf(show: RunOfShow, slot: Slot | null) {
  if (!slot) return null;
  return show.products.find((p) => p.id === slot.productId) ?? null;
}

export function emptyLiveState(): LiveState {
  return {
    onAirSlotId: null, onAirSince: null, skipped: [], runs: [], extraMinutes: {},
    products: {}, prompterSection: null, ended: false,
  };
}
