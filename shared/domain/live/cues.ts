import type { CueKind } from '../../protocol/events';
import type { FiredCue } from '../../protocol/room';
import type { PlannedCue, Slot } from '../../protocol/runOfShow';

/** How long a fired cue stays in effect in the room (福袋 countdown, coupon window…), ms. */
export const CUE_ACTIVE_MS: Record<CueKind, number> = {
  lucky_bag: 5 * 60_000,
  coupon: 10 * 60_000,
  flash_sale: 3 * 60_000,
  link: 2 * 60_000,
  restock: 60_000,
};

export function activeCueKinds(cues: readonly FiredCue[], now: number): CueKind[] {
  const kinds = new Set<CueKind>();
  for (const c of cues) if (now - c.firedAt < CUE_ACTIVE_MS[c.kind]) kinds.add(c.kind);
  return [...kinds];
}

/** The first planned cue of the slot (by offset) that has not been fired yet (the console's hotkey C, the control API's fire-next-cue). */
export function nextPlannedCue(slot: Slot, fired: readonly FiredCue[]): PlannedCue | null {
  const done = new Set(fired.map((c) => c.plannedCueId).filter(Boolean));
  return [...slot.cues].sort((a, b) => a.offsetSec - b.offsetSec).find((c) => !done.has(c.id)) ?? null;
}

/** When a planned cue falls due (on-air start + offset; null while nothing is on air), and whether it is due now and unfired. */
export function plannedCueTiming(cue: PlannedCue, since: number | null, fired: FiredCue | undefined, now: number): { dueAt: number | null; due: boolean } {
  const dueAt = since !== null ? since + cue.offsetSec * 1000 : null;
  return { dueAt, due: dueAt !== null && now >= dueAt && !fired };
}
