import type { SessionStart } from '../journal/format';
import type { RestoreReport, ReplayTarget } from '../journal/session';
import { Room } from './room';

/** A journal that can be read back into a room. */
export interface Restorable {
  restore(open: (session: SessionStart) => ReplayTarget): RestoreReport | null;
}

/**
 * Rebuild a room from its journal (crash recovery): the journal reads its inputs back, the room
 * re-applies them through its usual code paths. Null when there was nothing to resume.
 */
export function restoreRoom(journal: Restorable): Room | null {
  let room: Room | null = null;
  const report = journal.restore((s) => {
    room = new Room({ roomId: s.roomId, show: s.show, now: s.startedAt, startOnAir: s.startOnAir });
    room.followExplain = s.followExplain;
    return room;
  });
  return report ? room : null;
}
