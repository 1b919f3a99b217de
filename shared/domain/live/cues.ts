import type { CueKind } from '../../protocol/events';
import type { FiredCue } from '../../protocol/room';

/** How long a fired cue stays in effect in the room (福袋 countdown, coupon window…), ms. */
export const CUE_ACTIVE_MS: Record<CueKind, number> = {
  lucky_bag: 5 * 60_000,
  coupon: 10 * 60_000,
  flash_sale: 3 * 60_000,
  link: 2 * 60_000,
  restock: 60_000,
};

export function activeCueKinds(cues: readonly FiredCue[], now: number): CueKind[] {
  const kinds = new Set<CueKind>();
  for (const c of cues) if (now - c.firedAt < CUE_ACTIVE_MS[c.kind]) kinds.add(c.kind);
  return [...kinds];
}
