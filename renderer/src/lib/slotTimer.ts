import { fmtTimer } from './format';

/** Timer state: plenty of time (green), the last two minutes (amber), or over time (red, counting up). */
export type TimerPhase = 'ok' | 'warn' | 'over';
export const WARN_MS = 2 * 60_000;

export function timerPhase(remainingMs: number): TimerPhase {
  if (remainingMs < 0) return 'over';
  if (remainingMs <= WARN_MS) return 'warn';
  return 'ok';
}

export interface SlotTimerView {
  phase: TimerPhase;
  /** ms left; negative when over time. */
  remainingMs: number;
  /** Whole seconds left (negative when over), as exposed in data-remaining. */
  remainingSec: number;
  /** Share of the slot elapsed, 0..1. */
  progress: number;
  /** 04:37 counting down, then +00:12 counting up once over time. */
  text: string;
}

/** The on-air slot's timer from hub timestamps (start, planned end) and hub time now. */
export function slotTimerView(endsAt: number, since: number, now: number): SlotTimerView {
  const remainingMs = endsAt - now;
  const phase = timerPhase(remainingMs);
  const span = Math.max(1, endsAt - since);
  const progress = Math.min(1, Math.max(0, (now - since) / span));
  return {
    phase,
    remainingMs,
    remainingSec: Math.round(remainingMs / 1000),
    progress,
    text: `${phase === 'over' ? '+' : ''}${fmtTimer(remainingMs)}`,
  };
}
