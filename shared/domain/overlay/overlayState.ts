import type { OverlayActivity, OverlayCueKind, OverlayProduct, OverlayState } from '../../protocol/overlay';
import { OVERLAY_CUE_KINDS } from '../../protocol/overlay';
import type { FiredCue, LiveState, QaState } from '../../protocol/room';
import { slotPrice, type RunOfShow } from '../../protocol/runOfShow';
import { DEFAULT_LIVE_TIMINGS } from '../../protocol/settings';
import { ownEntry } from '../idTable';
import { findSlot } from '../live/queue';
import { openQuestions } from '../live/questions';

/** The room sections an overlay is made from. */
export interface OverlaySource {
  show: RunOfShow;
  live: LiveState;
  cues: readonly FiredCue[];
  qa: QaState;
}

/** Questions an overlay page gets (it shows the newest; a few more let it follow an answer at once). */
export const OVERLAY_QUESTIONS = 3;

const isOverlayKind = (k: string): k is OverlayCueKind => (OVERLAY_CUE_KINDS as readonly string[]).includes(k);

function onAirProduct(show: RunOfShow, live: LiveState): OverlayProduct | null {
  const slot = findSlot(show, live.onAirSlotId);
  const product = slot ? show.products.find((p) => p.id === slot.productId) : undefined;
  if (!slot || !product) return null;
  return {
    productId: product.id, name: product.name, price: slotPrice(show, slot),
    ...(product.listPrice !== undefined ? { listPrice: product.listPrice } : {}),
    soldOut: ownEntry(live.products, product.id)?.soldOut ?? false,
  };
}

/**
 * 福袋 / 秒杀 cues running for the on-air slot: not withdrawn (an acknowledged cue keeps running —
 * the host having seen it does not end the viewers' countdown), until the countdown ends, or for a
 * cue without one, until it expires. Newest first.
 */
function activities(cues: readonly FiredCue[], onAirSlotId: string | null, now: number): OverlayActivity[] {
  const out: OverlayActivity[] = [];
  for (const c of cues) {
    if (!isOverlayKind(c.kind) || c.withdrawnAt) continue;
    if (c.slotId !== null && c.slotId !== onAirSlotId) continue;
    const countdownEndsAt = c.countdownSec ? c.firedAt + c.countdownSec * 1000 : null;
    const until = countdownEndsAt ?? c.expiresAt ?? c.firedAt + DEFAULT_LIVE_TIMINGS.cueExpiryMin * 60_000;
    if (now >= until) continue;
    out.push({ id: c.id, kind: c.kind, firedAt: c.firedAt, countdownEndsAt, until, ...(c.code ? { code: c.code } : {}) });
  }
  return out.reverse();
}

/** What the overlay pages see of the room at `now` (shared/protocol/overlay.ts). */
export function overlayState(room: OverlaySource, now: number): OverlayState {
  const ended = room.live.ended;
  return {
    serverTime: now,
    ended,
    onAir: ended ? null : onAirProduct(room.show, room.live),
    activities: ended ? [] : activities(room.cues, room.live.onAirSlotId, now),
    questions: ended ? [] : openQuestions(room.qa.pushed).slice(0, OVERLAY_QUESTIONS).map((q) => ({
      commentId: q.commentId, text: q.text, nickname: q.nickname, topic: q.topic, pushedAt: q.pushedAt,
    })),
  };
}
