/** Reconnect backoff: doubling from `baseMs` up to `maxMs`, at most `maxAttempts` tries before giving up. */
export interface Backoff {
  baseMs: number;
  maxMs: number;
  maxAttempts: number;
}

/**
 * Delay before reconnect attempt `attempt` (1-based): full doubling capped at `maxMs`, then
 * "equal jitter" — half fixed, half random — so many feeds dropped at once do not return at once.
 * `random` is 0..1.
 */
export function backoffDelay(b: Backoff, attempt: number, random: number): number {
  const ceiling = Math.min(b.maxMs, b.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * Math.min(1, Math.max(0, random)));
}
