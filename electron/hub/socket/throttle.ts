/**
 * Refuses an address after repeated wrong tokens or join codes, so a join code cannot be
 * brute-forced, from the LAN or through a local proxy. `limit` wrong tries are free; the one that
 * reaches it blocks the address for `blockMs`, and every further wrong try doubles the block
 * (up to `maxBlockMs`). Failures are forgotten only after `windowMs` without one — a block ending
 * does not hand out `limit` fresh tries (the old ~10-per-minute leak).
 */
export class FailureThrottle {
  private state = new Map<string, { failures: number; last: number; blockedUntil: number }>();

  constructor(
    private readonly limit = 10,
    private readonly windowMs = 10 * 60_000,
    private readonly blockMs = 60_000,
    private readonly maxBlockMs = 60 * 60_000,
  ) {}

  blocked(address: string, now: number): boolean {
    const s = this.state.get(address);
    return s !== undefined && now < s.blockedUntil;
  }

  /** How long `address` stays refused, ms (0 when it is not). */
  retryAfterMs(address: string, now: number): number {
    const s = this.state.get(address);
    return s !== undefined && now < s.blockedUntil ? s.blockedUntil - now : 0;
  }

  fail(address: string, now: number): void {
    let s = this.state.get(address);
    if (!s || now - s.last >= this.windowMs + s.blockedUntil - Math.min(s.blockedUntil, s.last)) s = { failures: 0, last: now, blockedUntil: 0 };
    s.failures++;
    s.last = now;
    if (s.failures >= this.limit) {
      const block = Math.min(this.maxBlockMs, this.blockMs * 2 ** (s.failures - this.limit));
      s.blockedUntil = Math.max(s.blockedUntil, now + block);
    }
    this.state.delete(address);
    this.state.set(address, s);
    // Bounded: the oldest addresses go first (Map keeps insertion order; a failing address moves to the end).
    while (this.state.size > 10_000) this.state.delete(this.state.keys().next().value!);
  }
}
