import type { MinutePoint } from '../../protocol/metrics';
import { SERIES_CAP } from './constants';

/**
 * Deltas carry only the newest minutes of the per-minute series (`Delta.seriesTail`); the client
 * merges them into the series it holds: points from the tail's first minute on are replaced,
 * older ones kept, at most SERIES_CAP in all.
 */
export function mergeSeries(held: readonly MinutePoint[], tail: readonly MinutePoint[], cap = SERIES_CAP): MinutePoint[] {
  if (!tail.length) return held.slice(-cap);
  const from = tail[0]!.t;
  let keep = held.length;
  while (keep > 0 && held[keep - 1]!.t >= from) keep--;
  const out = held.slice(0, keep).concat(tail);
  return out.length > cap ? out.slice(out.length - cap) : out;
}

/** How many of the newest minutes a delta carries (the open minute and the one just closed). */
export const SERIES_TAIL_POINTS = 2;
