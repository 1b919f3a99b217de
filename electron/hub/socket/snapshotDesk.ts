import type { RoomSnapshot } from '../../../shared/protocol/room';
import type { Room } from '../room/room';
import type { HubServer, HubSocket } from './hubSocket';

/**
 * Full snapshots, served in batches: every socket that connects and every (paced) resync asked
 * within one batching interval is answered right after the next delta, when the room is settled
 * at that seq — from one snapshot the room builds once (Room.snapshot caches per seq), and the
 * first snapshots of all sockets joining together go out as one broadcast (encoded once, not once
 * per socket). A storm of connections therefore costs one delta per interval, not one per socket.
 * A socket joins the room just before its first snapshot, so it gets every delta after that seq.
 * Resync answers are encoded one by one (socket.io acks), so they go out a few per tick: a burst
 * of them never holds the event loop (/healthz, deltas) for long; any still waiting when the next
 * delta is made wait for the snapshot after it (a client never gets a snapshot older than a delta it has).
 * First snapshots go the same way, a group of sockets per tick (each group one broadcast): 300
 * sockets joining at once are ~27 MB of socket writes, which in one tick held /healthz ~200 ms.
 */
const ANSWERS_PER_TICK = 4;
const JOINS_PER_TICK = 25;

export interface SnapshotDesk {
  /** Join the room and send the first snapshot, after the next flush. */
  admit(socket: HubSocket): void;
  /** Answer a resync with the snapshot after the next flush. */
  resync(socket: HubSocket, reply: (snapshot: RoomSnapshot) => void): void;
}

export interface SnapshotDeskDeps {
  room: Room;
  now: () => number;
  /** The broadcaster's afterFlush: run `then` right after the next flush. */
  afterFlush: (then: () => void) => void;
  /**
   * Internal (the bench's baseline, as before issue 15): serve each request at once with its own
   * flush and its own encoding. Not a user option.
   */
  unbatched?: { flushNow: () => void };
}

export function createSnapshotDesk(io: HubServer, deps: SnapshotDeskDeps): SnapshotDesk {
  const { room, now } = deps;
  let joining: HubSocket[] = [];
  let replies: { socket: HubSocket; reply: (s: RoomSnapshot) => void }[] = [];
  let asked = false;

  const serve = () => {
    asked = false;
    const sockets = joining.filter((s) => s.connected);
    const answers = replies.filter((r) => r.socket.connected);
    joining = [];
    replies = [];
    if (!sockets.length && !answers.length) return;
    const snapshot = room.snapshot(now());
    admitIn(snapshot, sockets);
    answer(snapshot, answers);
  };
  // A socket joins the room together with its snapshot, so it gets every delta after that seq;
  // groups still waiting when the next delta is made wait for the snapshot after it.
  const admitIn = (snapshot: RoomSnapshot, queue: HubSocket[]) => {
    const group = queue.splice(0, deps.unbatched ? queue.length : JOINS_PER_TICK).filter((s) => s.connected);
    for (const s of group) void s.join(room.roomId);
    if (group.length === 1) group[0]!.emit('snapshot', snapshot);
    else if (group.length) io.to(group.map((s) => s.id)).emit('snapshot', snapshot);
    if (!queue.length) return;
    setImmediate(() => {
      if (room.currentSeq === snapshot.seq) return admitIn(snapshot, queue);
      joining.push(...queue);
      ask();
    });
  };
  const answer = (snapshot: RoomSnapshot, queue: typeof replies) => {
    for (const a of queue.splice(0, deps.unbatched ? queue.length : ANSWERS_PER_TICK)) if (a.socket.connected) a.reply(snapshot);
    if (!queue.length) return;
    setImmediate(() => {
      if (room.currentSeq === snapshot.seq) return answer(snapshot, queue);
      replies.push(...queue);
      ask();
    });
  };
  const ask = () => {
    if (deps.unbatched) {
      deps.unbatched.flushNow();
      serve();
    } else if (!asked) {
      asked = true;
      deps.afterFlush(serve);
    }
  };

  return {
    admit(socket) {
      joining.push(socket);
      ask();
    },
    resync(socket, reply) {
      replies.push({ socket, reply });
      ask();
    },
  };
}
