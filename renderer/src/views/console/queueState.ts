import type { LiveState, RunOfShow, Slot, SlotRun } from '../../../../shared/protocol';
import { nextSlot, type SlotState } from '../../../../shared/domain/live/queue';

/** Stable hook: queue rows expose done|onair|next|queued (skipped shows as done). */
export function displayState(s: SlotState | undefined): 'done' | 'onair' | 'next' | 'queued' {
  if (s === 'skipped' || s === 'done') return 'done';
  return s ?? 'queued';
}

/** Where an unplanned product goes: just before the next slot, or at the end when nothing is next. */
export function insertIndex(show: RunOfShow, live: LiveState): number {
  const next = nextSlot(show, live);
  const onAirIdx = show.slots.findIndex((s) => s.id === live.onAirSlotId);
  return next ? show.slots.indexOf(next) : Math.max(onAirIdx + 1, show.slots.length);
}

export interface PlanActual {
  /** Planned minutes including minutes added live. */
  planned: number;
  /** Minutes the slot actually ran (its last finished run). */
  actualMin: number;
  run: SlotRun & { endedAt: number };
  /** Ran more than half a minute past the plan. */
  over: boolean;
  /** 7.5 under ten minutes, whole minutes above. */
  display: string;
}

/** Planned-against-actual for a slot that aired; null while it has not finished a run. */
export function planVsActual(slot: Slot, extra: number, runs: readonly SlotRun[]): PlanActual | null {
  const planned = slot.plannedMinutes + extra;
  let run: SlotRun | undefined;
  for (const r of runs) if (r.slotId === slot.id && r.endedAt !== null) run = r;
  if (!run || run.endedAt === null) return null;
  const actualMin = (run.endedAt - run.startedAt) / 60_000;
  return {
    planned,
    actualMin,
    run: { ...run, endedAt: run.endedAt },
    over: actualMin > planned + 0.5,
    display: actualMin < 10 ? actualMin.toFixed(1) : String(Math.round(actualMin)),
  };
}
