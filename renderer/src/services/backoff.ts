/**
 * Reconnect delays with jitter that survives the cap: socket.io-client's own backoff clamps to
 * its maximum, so after a few attempts every cut-off client would retry in lockstep. Here the
 * capped delay keeps a random spread of ±`jitter`, so a hub that comes back is not hit by all
 * clients at once.
 */
export interface BackoffOptions {
  minMs: number;
  maxMs: number;
  /** 0..1: share of the delay that is random. */
  jitter: number;
}

export function reconnectDelay(attempt: number, o: BackoffOptions, random: () => number = Math.random): number {
  const base = Math.min(o.maxMs, o.minMs * 2 ** Math.min(attempt, 30));
  return Math.round(base * (1 - o.jitter + 2 * o.jitter * random()));
}

export const RECONNECT: BackoffOptions = { minMs: 500, maxMs: 4000, jitter: 0.3 };

interface ManagerBackoff {
  attempts: number;
  duration(): number;
}

/** Swap the manager's delay function for `reconnectDelay` (the manager keeps counting attempts). */
export function installJitteredBackoff(manager: unknown, o: BackoffOptions = RECONNECT): void {
  const backoff = (manager as { backoff?: ManagerBackoff } | undefined)?.backoff;
  if (!backoff || typeof backoff.duration !== 'function') return;
  backoff.duration = function duration(this: ManagerBackoff) {
    return reconnectDelay(this.attempts++, o);
  };
}
