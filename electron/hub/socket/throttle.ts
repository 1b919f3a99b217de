/**
 * Refuses an address for a while after repeated wrong tokens or join codes, so a 6-digit join
 * code cannot be brute-forced from the LAN (10 tries per 10 minutes, then 60 s of refusals).
 */
export class FailureThrottle {
  private failures = new Map<string, number[]>();
  private blockedUntil = new Map<string, number>();

  constructor(
    private readonly limit = 10,
    private readonly windowMs = 10 * 60_000,
    private readonly blockMs = 60_000,
  ) {}

  blocked(address: string, now: number): boolean {
    const until = this.blockedUntil.get(address);
    if (until === undefined) return false;
    if (now < until) return true;
    this.blockedUntil.delete(address);
    return false;
  }

  fail(address: string, now: number): void {
    const recent = (this.failures.get(address) ?? []).filter((t) => now - t < this.windowMs);
    recent.push(now);
    if (recent.length >= this.limit) {
      this.blockedUntil.set(address, now + this.blockMs);
      this.failures.delete(address);
    } else this.failures.set(address, recent);
    if (this.failures.size > 10_000) this.failures.clear();
  }
}
