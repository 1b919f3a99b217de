import type { SourceActionKind } from '../../../shared/protocol/source';
import { EXPLAIN_MIN_GAP_MS, REPLY_MIN_GAP_MS } from '../../../shared/protocol/platformActions';

export const DEFAULT_ACTION_GAPS: Readonly<Record<SourceActionKind, number>> = { explain: EXPLAIN_MIN_GAP_MS, reply: REPLY_MIN_GAP_MS };

/**
 * At most one action of a kind per its gap (讲解 every 2 s, reply every 3 s): never faster than a
 * person at the platform's own console. Pure (the caller gives the clock).
 */
export class ActionRate {
  private readonly last = new Map<SourceActionKind, number>();

  constructor(private readonly gaps: Readonly<Record<SourceActionKind, number>> = DEFAULT_ACTION_GAPS) {}

  /** 0 and the slot taken when one may go now; otherwise how many ms until one may. */
  take(kind: SourceActionKind, now: number): number {
    const prev = this.last.get(kind);
    const wait = prev === undefined ? 0 : prev + this.gaps[kind] - now;
    if (wait > 0) return wait;
    this.last.set(kind, now);
    return 0;
  }
}
