import { performance } from 'node:perf_hooks';
import { median } from './stats';

/** Calls per second of `fn(i)` over at least `minMs` (after a short warm-up), single thread. */
export function opsPerSecond(fn: (i: number) => unknown, minMs: number, warmupMs = Math.min(300, minMs)): number {
  let sink = 0;
  const run = (ms: number) => {
    let n = 0;
    const t0 = performance.now();
    let t = t0;
    while (t - t0 < ms) {
      for (let k = 0; k < 256; k++, n++) if (fn(n)) sink++;
      t = performance.now();
    }
    return { n, ms: t - t0 };
  };
  run(warmupMs);
  const { n, ms } = run(minMs);
  if (sink < 0) console.log(sink);
  return (n * 1000) / ms;
}

/** Median wall time of `fn()` over `runs` runs (after `warmup` unmeasured ones), and the first (cold) run. */
export function timeRuns(fn: () => unknown, runs: number, warmup = 2): { coldMs: number; medianMs: number } {
  const t0 = performance.now();
  fn();
  const coldMs = performance.now() - t0;
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return { coldMs, medianMs: median(times) };
}
