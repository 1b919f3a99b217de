import type { FiredCue, SlotRun } from '../../protocol/room';
import type { ReviewMarker } from '../../protocol/review';

/** How long a fired cue stays on the chart when nothing ended it (no countdown, never withdrawn). */
const DEFAULT_CUE_MS = 60_000;

export interface MarkerInput {
  runs: readonly SlotRun[];
  /** Cues fired from the console (FiredCue log of the room). */
  cues: readonly FiredCue[];
  /** Cue and 讲解 markers the platform sent (MarkerLog). */
  platform: readonly ReviewMarker[];
  /** End of the report (now for a live one): open markers are not cut, an expiry after it is. */
  now: number;
}

/** End of a cue fired in the console: withdrawn, else its countdown or expiry, else a minute. */
function cueEnd(c: FiredCue, now: number): number {
  const ends = [c.withdrawnAt ?? Infinity, c.expiresAt ?? Infinity, c.countdownSec ? c.firedAt + c.countdownSec * 1000 : Infinity];
  const end = Math.min(...ends);
  return Math.min(Number.isFinite(end) ? end : c.firedAt + DEFAULT_CUE_MS, Math.max(now, c.firedAt));
}

/**
 * The chart's markers, oldest first: every slot change (the product that went on air), every cue
 * fired in the console and every cue or 讲解 the platform reported. A platform cue that repeats a
 * console cue of the same kind within 10 s is the same cue (kept once, as the console's).
 */
export function buildMarkers({ runs, cues, platform, now }: MarkerInput): ReviewMarker[] {
  const out: ReviewMarker[] = runs.map((r) => ({ kind: 'slot', at: r.startedAt, endAt: null, productId: r.productId, origin: 'slot' }));
  const fired: ReviewMarker[] = cues.map((c) => ({
    kind: c.kind, at: c.firedAt, endAt: cueEnd(c, now), productId: c.productId ?? null, origin: 'console',
    ...(c.code || c.note ? { note: c.code || c.note } : {}),
  }));
  out.push(...fired);
  for (const m of platform) {
    const twin = m.kind !== 'explain' && fired.some((f) => f.kind === m.kind && Math.abs(f.at - m.at) <= 10_000);
    if (!twin) out.push({ ...m });
  }
  return out.sort((a, b) => a.at - b.at);
}
