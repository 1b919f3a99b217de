import type { RoomView } from '../protocol/source';

/**
 * What the simulated room sees of the control room at each step: the room view every source
 * reads, plus a 口令 an auto-run producer can hand over directly (defaults to the one parsed from
 * the running 福袋's note, then to the one planned for the on-air slot).
 */
export interface SimContext extends RoomView {
  readonly luckyBagPhrase?: string;
}
