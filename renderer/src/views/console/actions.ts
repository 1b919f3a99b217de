import type { CueKind, TalkSection } from '../../../../shared/protocol';
import { nextSlot } from '../../../../shared/domain/live/queue';
import { runCommand, currentRev } from '../../services/hubClient';
import { useRoomStore } from '../../store/room.slice';
import { useCuesStore } from '../../store/cues.slice';
import { useCommentViewStore } from '../../store/commentView.slice';
import { useMetricsStore } from '../../store/metrics.slice';
import { nextPlannedCue } from './cueState';
import { insertIndex } from './queueState';
import { onAirSoldOutToggle } from './stock';

/** The console's operations, each one hub command (shared by buttons and hotkeys). */
const room = () => useRoomStore.getState();

export const takeNext = () => runCommand({ type: 'slot.takeNext' });

export function skipNext() {
  const { show, live } = room();
  const next = show && live ? nextSlot(show, live) : null;
  return next ? runCommand({ type: 'slot.skip', slotId: next.id }) : Promise.resolve(false);
}

export const skipSlot = (slotId: string) => runCommand({ type: 'slot.skip', slotId });
export const goToSlot = (slotId: string) => runCommand({ type: 'slot.goTo', slotId });
export const extendSlot = (slotId: string, minutes: number) => runCommand({ type: 'slot.extend', slotId, minutes });
export const moveSlot = (slotId: string, toIndex: number) => runCommand({ type: 'queue.move', rev: currentRev(), slotId, toIndex });

/** Inserts an unplanned product just before the next slot (or at the end). */
export function insertProduct(productId: string) {
  const { show, live } = room();
  if (!show || !live) return Promise.resolve(false);
  return runCommand({ type: 'queue.insert', rev: currentRev(), productId, atIndex: insertIndex(show, live) });
}

export const setSoldOut = (productId: string, soldOut: boolean) => runCommand({ type: 'product.soldOut', productId, soldOut });
export const changeStock = (productId: string, delta: number) => runCommand({ type: 'product.stock', productId, delta });

/** Marks the on-air product sold out (hotkey O); toggles back when it already is. */
export function toggleOnAirSoldOut() {
  const { show, live } = room();
  const toggle = onAirSoldOutToggle(show, live, useMetricsStore.getState().metrics);
  return toggle ? setSoldOut(toggle.productId, toggle.soldOut) : Promise.resolve(false);
}

export const fireCue = (kind: CueKind, note: string, slotId?: string, plannedCueId?: string) =>
  runCommand({ type: 'cue.fire', kind, note, ...(slotId ? { slotId } : {}), ...(plannedCueId ? { plannedCueId } : {}) });

export const ackCue = (cueId: string) => runCommand({ type: 'cue.ack', cueId });

/** Fires the first planned cue of the on-air slot that has not been fired yet (hotkey C). */
export function fireNextPlannedCue() {
  const { show, live } = room();
  const slot = show?.slots.find((s) => s.id === live?.onAirSlotId);
  if (!slot) return Promise.resolve(false);
  const cue = nextPlannedCue(slot, useCuesStore.getState().fired);
  return cue ? fireCue(cue.kind, cue.note, slot.id, cue.id) : Promise.resolve(false);
}

export const pushComment = (commentId: string) => runCommand({ type: 'comment.push', commentId });
export const answerComment = (commentId: string) => runCommand({ type: 'comment.answer', commentId });

export function pushSelected() {
  const id = useCommentViewStore.getState().selectedId;
  return id ? pushComment(id) : Promise.resolve(false);
}

export function answerSelected() {
  const id = useCommentViewStore.getState().selectedId;
  return id ? answerComment(id) : Promise.resolve(false);
}

export const markSection = (section: TalkSection | null) => runCommand({ type: 'prompter.section', section });
