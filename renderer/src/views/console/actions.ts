import { liveTimings, type CommandInput, type CueKind, type TalkSection } from '../../../../shared/protocol';
import { nextSlot } from '../../../../shared/domain/live/queue';
import { uuid } from '../../lib/id';
import { runCommand, currentRev } from '../../services/hubClient';
import { useRoomStore } from '../../store/room.slice';
import { useSettingsStore } from '../../store/settings.slice';
import { useCuesStore } from '../../store/cues.slice';
import { useCommentViewStore } from '../../store/commentView.slice';
import { useMetricsStore } from '../../store/metrics.slice';
import { nextPlannedCue } from './cueState';
import { insertIndex } from './queueState';
import { liveGuardActions, useLiveGuardStore, type UndoKind } from './liveGuard.slice';
import { onAirSoldOutToggle } from './stock';
import { followOnAir } from '../../services/platformActions';

/** The console's operations, each one hub command (shared by buttons and hotkeys). */
const room = () => useRoomStore.getState();

const timings = () => liveTimings(useSettingsStore.getState().settings);

/** Runs a queue action and, once the hub applied it, offers its undo for the room's undo window. */
async function undoable(kind: UndoKind, input: CommandInput): Promise<boolean> {
  const commandId = uuid();
  const ok = await runCommand(input, commandId);
  if (ok) liveGuardActions.offerUndo({ commandId, kind, until: Date.now() + timings().undoWindowMs });
  return ok;
}

/** Take-next / skip-next: a repeat within the repeat window asks for a confirmation instead of acting. */
const guarded = (action: 'take' | 'skip', run: () => Promise<boolean>) =>
  liveGuardActions.press(action, Date.now(), timings().repeatWindowMs) ? run() : Promise.resolve(false);

/** Made against the slot on air now: the hub refuses it (`stale`) once another slot is on air. */
export const takeNext = () => guarded('take', async () => {
  const from = room().live?.onAirSlotId ?? null;
  const ok = await undoable('take', { type: 'slot.takeNext', fromSlotId: from });
  if (ok) followOnAir(from); // 讲解 follows the queue on the platform (issue 13)
  return ok;
});

export function skipNext() {
  return guarded('skip', () => {
    const { show, live } = room();
    const next = show && live ? nextSlot(show, live) : null;
    return next ? undoable('skip', { type: 'slot.skip', slotId: next.id, fromSlotId: live?.onAirSlotId ?? null }) : Promise.resolve(false);
  });
}

/** The confirmation of a repeated take-next / skip (the "再按一次确认" button, or the key again). */
export function confirmRepeat() {
  const c = useLiveGuardStore.getState().confirm;
  if (!c) return Promise.resolve(false);
  return c.action === 'take' ? takeNext() : skipNext();
}

/** Undoes this client's last queue action while its offer stands (on every client: the hub restores it). */
export function undoLast() {
  const offer = useLiveGuardStore.getState().undo;
  if (!offer || Date.now() > offer.until) return Promise.resolve(false);
  liveGuardActions.clearUndo(offer.commandId);
  const from = room().live?.onAirSlotId ?? null;
  return runCommand({ type: 'live.undo', commandId: offer.commandId }).then((ok) => {
    if (ok && offer.kind === 'take') followOnAir(from);
    return ok;
  });
}

export const skipSlot = (slotId: string) => undoable('skip', { type: 'slot.skip', slotId });
export const goToSlot = (slotId: string) => undoable('goto', { type: 'slot.goTo', slotId });
export const extendSlot = (slotId: string, minutes: number) => runCommand({ type: 'slot.extend', slotId, minutes });
export const moveSlot = (slotId: string, toIndex: number) => undoable('move', { type: 'queue.move', rev: currentRev(), slotId, toIndex });

/** Inserts an unplanned product just before the next slot (or at the end). */
export function insertProduct(productId: string) {
  const { show, live } = room();
  if (!show || !live) return Promise.resolve(false);
  return runCommand({ type: 'queue.insert', rev: currentRev(), productId, atIndex: insertIndex(show, live) });
}

export const setSoldOut = (productId: string, soldOut: boolean) => undoable('soldout', { type: 'product.soldOut', productId, soldOut });
export const changeStock = (productId: string, delta: number) => undoable('stock', { type: 'product.stock', productId, delta });

/** Marks the on-air product sold out (hotkey O); toggles back when it already is. */
export function toggleOnAirSoldOut() {
  const { show, live } = room();
  const toggle = onAirSoldOutToggle(show, live, useMetricsStore.getState().metrics);
  return toggle ? setSoldOut(toggle.productId, toggle.soldOut) : Promise.resolve(false);
}

/** 口令 and countdown of an ad-hoc 福袋 / 秒杀 cue. */
export interface CueExtras { code?: string; countdownSec?: number }

export const fireCue = (kind: CueKind, note: string, slotId?: string, plannedCueId?: string, extras: CueExtras = {}) =>
  runCommand({
    type: 'cue.fire', kind, note, ...(slotId ? { slotId } : {}), ...(plannedCueId ? { plannedCueId } : {}),
    ...(extras.code ? { code: extras.code } : {}), ...(extras.countdownSec ? { countdownSec: extras.countdownSec } : {}),
  });

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
