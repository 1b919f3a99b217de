import type { Command } from '../../protocol/commands';
import { applyCommand, type CommandContext, type CommandResult, type LiveRoom, type Section } from './commands';
import { withdrawCues } from './cueLifecycle';
import { applyUndo, recordUndo } from './undo';

export interface LiveCommandContext extends CommandContext {
  /** Who sent the command; undo entries are recorded only for commands with a caller. */
  callerId?: string;
}

/**
 * A command as the room applies it (issue 14) around the reducer (./commands.ts):
 *  - take-next / skip made against an on-air slot that is no longer on air are refused (`stale`);
 *  - `live.undo` restores what an earlier queue action changed (./undo.ts);
 *  - cues of a slot that left the air, and every open cue when the show is replaced, are withdrawn;
 *  - undoable queue actions leave an undo entry in the room.
 */
export function applyLiveCommand(room: LiveRoom, cmd: Command, ctx: LiveCommandContext): CommandResult {
  if (cmd.type === 'live.undo') {
    if (room.live.ended) return { ok: false, error: { code: 'state', reason: 'show_ended' } };
    return applyUndo(room, cmd, ctx.callerId ?? '', ctx.now);
  }
  if ((cmd.type === 'slot.takeNext' || cmd.type === 'slot.skip') && cmd.fromSlotId !== undefined && cmd.fromSlotId !== room.live.onAirSlotId) {
    return { ok: false, error: { code: 'stale', reason: 'on_air_moved' } };
  }
  const result = applyCommand(room, cmd, ctx);
  if (!result.ok || !result.changed.length) return result;
  let next = result.room;
  const changed = new Set<Section>(result.changed);
  let withdrew: string[] = [];
  const left = room.live.onAirSlotId;
  const reason = cmd.type === 'show.replace' ? { kind: 'showReplaced' as const }
    : left && next.live.onAirSlotId !== left ? { kind: 'offAir' as const, slotId: left } : null;
  if (reason) {
    const w = withdrawCues(next.cues, reason, ctx.now);
    if (w.withdrawn.length) {
      next = { ...next, cues: w.cues };
      withdrew = w.withdrawn;
      changed.add('cues');
    }
  }
  if (ctx.callerId !== undefined) next = recordUndo(room, next, cmd, ctx.callerId, ctx.now, withdrew);
  return { ok: true, room: next, changed: [...changed] };
}
