import type { LiveEvent } from '../../../shared/protocol/events';
import type { ReviewReport } from '../../../shared/protocol/review';
import type { RunOfShow } from '../../../shared/protocol/runOfShow';
import { Room } from '../room/room';

export interface OfflineRoom {
  /** Events in the order the source delivered them (as a live source would). */
  ingest(events: readonly LiveEvent[]): void;
  /** Events the room dropped as already seen (same message id). */
  readonly duplicates: number;
  /** The GET /api/review report of the room at the time of its last event. */
  review(): ReviewReport;
}

/**
 * The hub's own room, fed from a file instead of a live source: the same intake, de-duplication,
 * metrics and buildReview as a live session, on the events' own clock. Started like `livedeck
 * replay` starts its room (the first slot on air when asked; 讲解 puts the explained product on air).
 */
export function createOfflineRoom(opts: { show: RunOfShow; roomId: string; startOnAir: boolean }): OfflineRoom {
  let room: Room | null = null;
  let clock = 0;
  let flushedSec = -1;
  const open = (t: number) => {
    const r = new Room({ roomId: opts.roomId, show: opts.show, now: t, startOnAir: opts.startOnAir, logSize: 16 });
    r.followExplain = true;
    return r;
  };
  return {
    ingest(events) {
      if (!events.length) return;
      room ??= open(events[0]!.ts);
      const last = events.reduce((m, e) => Math.max(m, e.ts), clock);
      clock = last;
      room.ingest(events, last);
      // Close a batch once per second of event time, as the hub's broadcaster would (and so the
      // room's pending comments never pile up).
      const sec = Math.floor(last / 1000);
      if (sec !== flushedSec) {
        flushedSec = sec;
        room.flush(last);
      }
    },
    get duplicates() { return room?.stats.duplicates ?? 0; },
    review() {
      room ??= open(clock);
      return room.review(Math.max(clock, room.startedAt));
    },
  };
}
