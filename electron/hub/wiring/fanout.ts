import type { HubOptions } from '../hubContract';
import { createBroadcaster, type Broadcaster } from '../broadcaster';
import type { RoomFeed } from '../events/roomFeed';
import type { SessionJournal } from '../journal/session';
import type { Room } from '../room/room';
import type { HubServer } from '../socket/connection';
import type { OverlayFeed } from '../socket/overlayFeed';

/** Every delta of the room, batched, journaled first, then sent to the app's sockets, the overlays and the event feed. */
export function roomFanout(
  opts: Pick<HubOptions, 'flushMs'>,
  deps: { room: Room; roomId: string; journal: SessionJournal | null; io: HubServer; overlays: OverlayFeed; feed: RoomFeed; now: () => number },
): Broadcaster {
  const { room, roomId, journal, io, overlays, feed } = deps;
  return createBroadcaster({
    flush: (t) => room.flush(t), currentSeq: () => room.currentSeq, send: (delta) => { io.to(roomId).emit('delta', delta); overlays.publish(delta); feed.delta(delta); },
    beforeFlush: journal ? (seq) => journal.beforeDelta(seq) : undefined, flushMs: Math.max(100, opts.flushMs ?? 100), now: deps.now,
  });
}
