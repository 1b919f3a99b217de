/** Comments per minute as received (from the store's monotonic total, not limited by the buffer). */
export interface RateSample {
  t: number;
  total: number;
}

/** Below this much history the rate is not shown. */
export const MIN_RATE_SPAN_MS = 5000;
const WINDOW_MS = 60_000;

/**
 * Adds the sample for `now` to `samples` (once per distinct `now`, so rendering twice is harmless),
 * drops samples older than a minute (keeping at least two), and returns comments per minute over
 * the kept span, or null while there is less than 5 s of history.
 */
export function commentRate(samples: RateSample[], now: number, total: number): number | null {
  if (samples.length === 0 || samples[samples.length - 1]!.t !== now) samples.push({ t: now, total });
  while (samples.length > 2 && now - samples[1]!.t >= WINDOW_MS) samples.shift();
  const first = samples[0]!;
  const span = now - first.t;
  return span >= MIN_RATE_SPAN_MS ? ((total - first.total) / span) * 60_000 : null;
}
