import type { LiveEvent } from '../../protocol/events';
import type { ReviewMarker } from '../../protocol/review';

/** Most platform markers kept for a session (a 6-hour show has a few hundred). */
const MAX_MARKERS = 2000;

/** MarkerLog in a checkpoint. */
export type MarkerLogState = ReviewMarker[];

/**
 * What the platform said about cues (cue.state) and 讲解 (explain) during the session, as chart
 * markers: a start opens one, the matching end (same kind and product) closes it. Bounded.
 */
export class MarkerLog {
  private list: ReviewMarker[] = [];

  observe(e: LiveEvent): void {
    if (e.type === 'cue.state') this.startOrEnd(e.kind, e.productId ?? null, e.state === 'start', e.ts, e.phrase);
    else if (e.type === 'explain') this.startOrEnd('explain', e.productId, e.state === 'start', e.ts);
  }

  private startOrEnd(kind: ReviewMarker['kind'], productId: string | null, start: boolean, at: number, note?: string): void {
    if (!start) {
      for (let i = this.list.length - 1; i >= 0; i--) {
        const m = this.list[i]!;
        if (m.kind === kind && m.endAt === null && (productId === null || m.productId === productId)) {
          m.endAt = Math.max(at, m.at);
          return;
        }
      }
      return;
    }
    // A second start of the same open marker (a repeated platform message) changes nothing.
    if (this.list.some((m) => m.kind === kind && m.endAt === null && m.productId === productId)) return;
    if (this.list.length >= MAX_MARKERS) return;
    this.list.push({ kind, at, endAt: null, productId, origin: 'platform', ...(note ? { note } : {}) });
  }

  all(): ReviewMarker[] {
    return this.list.map((m) => ({ ...m }));
  }

  serialise(): MarkerLogState {
    return this.all();
  }

  load(s: MarkerLogState | undefined): void {
    this.list = (s ?? []).map((m) => ({ ...m }));
  }
}
