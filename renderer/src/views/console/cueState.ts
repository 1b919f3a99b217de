import type { FiredCue, PlannedCue, Slot } from '../../../../shared/protocol';

/** Hotkey C: the first planned cue of the slot (by offset) that has not been fired yet. */
export function nextPlannedCue(slot: Slot, fired: readonly FiredCue[]): PlannedCue | null {
  const done = new Set(fired.map((c) => c.plannedCueId).filter(Boolean));
  return [...slot.cues].sort((a, b) => a.offsetSec - b.offsetSec).find((c) => !done.has(c.id)) ?? null;
}

/** When a planned cue falls due (on-air start + offset; null while nothing is on air), and whether it is due now and unfired. */
export function plannedCueTiming(cue: PlannedCue, since: number | null, fired: FiredCue | undefined, now: number): { dueAt: number | null; due: boolean } {
  const dueAt = since !== null ? since + cue.offsetSec * 1000 : null;
  return { dueAt, due: dueAt !== null && now >= dueAt && !fired };
}
