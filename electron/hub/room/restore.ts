import type { SessionStart } from '../journal/format';
import type { RunOfShow } from '../../../shared/protocol/runOfShow';
import type { RestoreHooks, RestoreReport } from '../journal/session';
import { Room } from './room';
import type { RoomState } from './roomState';

/** A journal that can be read back into a room. */
export interface Restorable {
  restore(hooks: RestoreHooks): RestoreReport | null;
}

/**
 * Rebuild a room from its journal (crash recovery): from the newest valid checkpoint's state
 * when there is one, then the journal's inputs after it (all of them without one), re-applied
 * through the room's usual code paths. Null when there was nothing to resume. `standInShow`:
 * the show to reopen with when the journal's header is damaged (its body is still recovered).
 */
export function restoreRoom(journal: Restorable, standInShow?: RunOfShow): Room | null {
  let room: Room | null = null;
  const report = journal.restore({
    open: (s: SessionStart) => {
      room = new Room({ roomId: s.roomId, show: s.show, now: s.startedAt, startOnAir: s.startOnAir });
      room.followExplain = s.followExplain;
      return room;
    },
    resume: (state) => (room = Room.fromState(state as RoomState)),
    standInShow,
  });
  return report ? room : null;
}
