/** Events per second over the last `seconds` whole seconds (per-second buckets, clock-driven). */
export class RateWindow {
  private readonly counts: number[];
  private readonly stamps: number[];

  constructor(private readonly seconds: number) {
    this.counts = new Array<number>(seconds).fill(0);
    this.stamps = new Array<number>(seconds).fill(-1);
  }

  add(now: number, n: number): void {
    const sec = Math.floor(now / 1000);
    const i = sec % this.seconds;
    if (this.stamps[i] !== sec) {
      this.stamps[i] = sec;
      this.counts[i] = 0;
    }
    this.counts[i]! += n;
  }

  /** Mean rate over the window ending at `now`'s second, rounded to 0.1. */
  perSecond(now: number): number {
    const sec = Math.floor(now / 1000);
    let sum = 0;
    for (let i = 0; i < this.seconds; i++) {
      const s = this.stamps[i]!;
      if (s > sec - this.seconds && s <= sec) sum += this.counts[i]!;
    }
    return Math.round((sum / this.seconds) * 10) / 10;
  }
}
