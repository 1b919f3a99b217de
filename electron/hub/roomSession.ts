import { statSync } from 'node:fs';
import type { RunOfShow } from '../../shared/protocol/runOfShow';
import { journalPath, SessionJournal } from './journal/session';
import { restoreRoom } from './room/restore';
import { Room } from './room/room';

export interface RoomSessionOptions {
  dataDir: string;
  roomId: string;
  show: RunOfShow;
  now: () => number;
  /** Journal the session on disk. */
  journal: boolean;
  /** See HubOptions.resume. */
  resume?: boolean;
  resumeWindowMs?: number;
  /** A source feeds the room: put the first slot on air at start. */
  startOnAir: boolean;
  /** Put the explained product on air when the platform says so (replays). */
  followExplain: boolean;
}

function recentlyWritten(path: string, now: number, windowMs: number): boolean {
  try {
    return now - statSync(path).mtimeMs < windowMs;
  } catch {
    return true; // nothing on disk: nothing to resume either way
  }
}

/**
 * Open the hub's room: restored from its journal when one is resumed, new otherwise; then
 * journaled (every input the room reports is appended).
 */
export function openRoomSession(opts: RoomSessionOptions): { room: Room; journal: SessionJournal | null } {
  const { dataDir, roomId, now } = opts;
  const resume = opts.resume ?? recentlyWritten(journalPath(dataDir, roomId), now(), opts.resumeWindowMs ?? 6 * 3600_000);
  const journal = opts.journal ? new SessionJournal({ dataDir, roomId, resume, now }) : null;
  const room = (journal && restoreRoom(journal, opts.show)) ?? new Room({ roomId, show: opts.show, now: now(), startOnAir: opts.startOnAir });
  room.followExplain = opts.followExplain;
  if (journal) {
    journal.start(room, { show: opts.show, startOnAir: opts.startOnAir });
    room.onInput = (input) => journal.append(input);
  }
  return { room, journal };
}
