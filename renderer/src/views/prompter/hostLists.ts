import type { Alert } from '../../../../shared/protocol';

/** Pushed questions not yet answered, newest push first (one copy, shared with the overlays). */
export { openQuestions } from '../../../../shared/domain/live/questions';

/** Critical alerts are mirrored to the host for a few minutes. */
export const CRITICAL_SHOW_MS = 3 * 60_000;

/** The (at most two) newest critical alerts raised in the last three minutes. */
export function criticalForHost(alerts: readonly Alert[], now: number): Alert[] {
  return alerts.filter((a) => a.severity === 'critical' && now - a.at < CRITICAL_SHOW_MS).sort((a, b) => b.at - a.at).slice(0, 2);
}
