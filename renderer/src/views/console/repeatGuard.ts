/**
 * The guard on take-next and skip (issue 14): a second press within the repeat window does not
 * act, it asks for a confirmation ("再按一次确认"); a press while that question stands acts.
 */
export interface RepeatGuardState {
  /** When the guarded action last acted (client clock, ms). */
  lastActAt: number | null;
  /** Until when a press counts as the confirmation. */
  armedUntil: number | null;
}

export const INITIAL_GUARD: RepeatGuardState = { lastActAt: null, armedUntil: null };

/** How long the confirmation question stands, at least. */
const MIN_ARMED_MS = 2500;

export function pressGuard(state: RepeatGuardState, now: number, windowMs: number): { act: boolean; state: RepeatGuardState } {
  if (state.armedUntil !== null && now < state.armedUntil) return { act: true, state: { lastActAt: now, armedUntil: null } };
  if (state.lastActAt !== null && now - state.lastActAt < windowMs) {
    return { act: false, state: { lastActAt: state.lastActAt, armedUntil: now + Math.max(windowMs, MIN_ARMED_MS) } };
  }
  return { act: true, state: { lastActAt: now, armedUntil: null } };
}
