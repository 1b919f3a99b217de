import type { ControlState } from '../../../shared/protocol/control';
import type { CommentItem, RoomSnapshot } from '../../../shared/protocol/room';
import type { RunOfShow, Slot } from '../../../shared/protocol/runOfShow';
import { slotPrice } from '../../../shared/protocol/runOfShow';
import { findSlot, nextSlot, onAirEndsAt } from '../../../shared/domain/live/queue';
import { plannedCueTiming } from '../../../shared/domain/live/cues';
import { prompterCues } from '../../../shared/domain/live/cueLifecycle';
import { ownEntry } from '../../../shared/domain/idTable';

const brief = (show: RunOfShow, slot: Slot) => ({
  slotId: slot.id, productId: slot.productId,
  name: show.products.find((p) => p.id === slot.productId)?.name ?? slot.productId,
  price: slotPrice(show, slot),
});

/**
 * The question `push-question` pushes: the newest viewer question (intent `question`) among the
 * hub's recent comments that is neither pushed nor answered yet. The hub does not know which
 * comment a console has selected (that is the console's own view), so this is its "selected".
 */
export function questionToPush(snap: Pick<RoomSnapshot, 'comments' | 'qa'>): CommentItem | null {
  const done = new Set([...snap.qa.pushed.map((q) => q.commentId), ...snap.qa.answered]);
  for (let i = snap.comments.length - 1; i >= 0; i--) {
    const c = snap.comments[i]!;
    if (c.intent === 'question' && !done.has(c.id)) return c;
  }
  return null;
}

/** What `GET /api/control/state` answers: on air, next, slot time left, cue states, the question to push. */
export function controlState(snap: RoomSnapshot, now: number): ControlState {
  const { show, live } = snap;
  const onAir = findSlot(show, live.onAirSlotId);
  const next = live.ended ? null : nextSlot(show, live);
  const endsAt = onAirEndsAt(show, live);
  const product = onAir ? show.products.find((p) => p.id === onAir.productId) : undefined;
  const productLive = onAir ? ownEntry(live.products, onAir.productId) : undefined;
  const firedByPlan = new Map(snap.cues.filter((c) => c.plannedCueId && c.slotId === onAir?.id).map((c) => [c.plannedCueId!, c]));
  const planned = onAir ? [...onAir.cues].sort((a, b) => a.offsetSec - b.offsetSec).map((cue) => {
    const fired = firedByPlan.get(cue.id);
    const state = fired ? (fired.ackedAt !== null ? 'acked' as const : 'fired' as const)
      : plannedCueTiming(cue, live.onAirSince, undefined, now).due ? 'due' as const : 'waiting' as const;
    return { id: cue.id, kind: cue.kind, note: cue.note, offsetSec: cue.offsetSec, state };
  }) : [];
  const open = prompterCues(snap.cues, show, now).map((c) => ({
    id: c.id, kind: c.kind, note: c.note, firedAt: c.firedAt,
    countdownLeftSec: c.countdownSec ? Math.max(0, Math.ceil((c.firedAt + c.countdownSec * 1000 - now) / 1000)) : null,
  }));
  const q = questionToPush(snap);
  const last = snap.qa.pushed.at(-1);
  return {
    ok: true, roomId: snap.roomId, seq: snap.seq, serverTime: now, ended: live.ended,
    onAir: onAir && live.onAirSince !== null ? {
      ...brief(show, onAir), since: live.onAirSince, endsAt,
      timeLeftSec: endsAt === null ? null : Math.round((endsAt - now) / 1000),
      stock: productLive?.stock ?? product?.stock ?? null,
      soldOut: productLive?.soldOut ?? false,
    } : null,
    next: next ? brief(show, next) : null,
    cues: { planned, open },
    question: q ? { commentId: q.id, nickname: q.nickname, text: q.text } : null,
    pushed: last ? { commentId: last.commentId, nickname: last.nickname, text: last.text, pushedAt: last.pushedAt, answered: last.answeredAt !== null } : null,
  };
}
