import type { UndoableCommandType } from '../../protocol/commands';
import type { LiveState } from '../../protocol/room';
import type { RunOfShow } from '../../protocol/runOfShow';

/**
 * One undoable queue action as the room journals it: the command's id and who sent it, and the
 * sections it changed as they were before and after. Rebuilt on replay (the commands are in the
 * journal), kept in the room's state so a checkpoint carries it.
 */
export interface UndoEntry {
  commandId: string;
  callerId: string;
  type: UndoableCommandType;
  at: number;
  before: { live: LiveState; show: RunOfShow; rev: number };
  after: { live: LiveState; rev: number };
  /** Product the action was about (sold-out, stock). */
  productId: string | null;
  /** Cues the action withdrew (put back by its undo). */
  withdrewCues: string[];
}
