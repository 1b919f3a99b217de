import type { CommandInput, CommandType } from '../../../shared/protocol/commands';
import type { ControlAction, ControlErrorCode } from '../../../shared/protocol/control';
import type { RoomSnapshot } from '../../../shared/protocol/room';
import { findSlot, nextSlot } from '../../../shared/domain/live/queue';
import { nextPlannedCue } from '../../../shared/domain/live/cues';
import { prompterCues } from '../../../shared/domain/live/cueLifecycle';
import { ownEntry } from '../../../shared/domain/idTable';
import { questionToPush } from './controlState';

/** The room command each control action runs (its roles are the command's: COMMAND_ROLES). */
export const ACTION_COMMAND: Record<ControlAction, CommandType> = {
  'take-next': 'slot.takeNext',
  'skip': 'slot.skip',
  'undo': 'live.undo',
  'fire-next-cue': 'cue.fire',
  'push-question': 'comment.push',
  'ack': 'cue.ack',
  'sold-out': 'product.soldOut',
};

/** Actions a second press of within the room's repeat window is refused (`repeated`), as the console asks to confirm. */
export const GUARDED_ACTIONS: ReadonlySet<ControlAction> = new Set(['take-next', 'skip', 'fire-next-cue', 'push-question', 'ack']);

export type ControlPick =
  | { ok: true; input: CommandInput | null }
  | { ok: false; status: number; code: ControlErrorCode };

const refuse = (status: number, code: ControlErrorCode): ControlPick => ({ ok: false, status, code });

/**
 * What an action does in the room as it is now: the command to run, nothing (`input: null`, e.g.
 * sold-out of a product already sold out), or why there is nothing to act on. `lastUndoable`: the
 * id of the last undoable command this control credential ran (the one `undo` takes back).
 */
export function pickCommand(action: ControlAction, snap: RoomSnapshot, now: number, lastUndoable: string | null): ControlPick {
  const { show, live } = snap;
  const onAir = findSlot(show, live.onAirSlotId);
  switch (action) {
    case 'take-next':
      return { ok: true, input: { type: 'slot.takeNext', fromSlotId: live.onAirSlotId } };
    case 'skip': {
      const next = live.ended ? null : nextSlot(show, live);
      return next ? { ok: true, input: { type: 'slot.skip', slotId: next.id, fromSlotId: live.onAirSlotId } } : refuse(409, 'no_next_slot');
    }
    case 'undo':
      return lastUndoable ? { ok: true, input: { type: 'live.undo', commandId: lastUndoable } } : refuse(404, 'nothing_to_undo');
    case 'fire-next-cue': {
      if (!onAir) return refuse(409, 'nothing_on_air');
      const cue = nextPlannedCue(onAir, snap.cues);
      return cue ? { ok: true, input: { type: 'cue.fire', kind: cue.kind, note: cue.note, slotId: onAir.id, plannedCueId: cue.id } } : refuse(409, 'no_cue_to_fire');
    }
    case 'push-question': {
      const q = questionToPush(snap);
      return q ? { ok: true, input: { type: 'comment.push', commentId: q.id } } : refuse(404, 'no_question');
    }
    case 'ack': {
      const top = prompterCues(snap.cues, show, now)[0];
      return top ? { ok: true, input: { type: 'cue.ack', cueId: top.id } } : refuse(404, 'no_cue_to_ack');
    }
    case 'sold-out': {
      if (!onAir) return refuse(409, 'nothing_on_air');
      if (ownEntry(live.products, onAir.productId)?.soldOut) return { ok: true, input: null };
      return { ok: true, input: { type: 'product.soldOut', productId: onAir.productId, soldOut: true } };
    }
  }
}
