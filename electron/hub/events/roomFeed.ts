import type { RoomEvent } from '../../../shared/protocol/roomEvents';
import type { Delta } from '../../../shared/protocol/room';
import type { RoomInput } from '../room/input';
import type { Room } from '../room/room';
import { OutEvents } from './outEvents';

export type FeedListener = (events: readonly RoomEvent[]) => void;

export interface RoomFeed {
  /** Called with each delta the hub publishes. */
  delta(d: Delta): void;
  /** Listen to the room's events (the event stream, webhooks); returns the way to stop. */
  subscribe(listener: FeedListener): () => void;
  close(): void;
}

/**
 * The room's outgoing events, in one place: derived from the deltas the hub publishes and the
 * inputs the room accepts (hooked after whatever already listens: journal, recorder). A listener
 * that throws is logged and never reaches the hub; listeners must not block (they queue).
 */
export function createRoomFeed(room: Room, now: () => number): RoomFeed {
  const out = new OutEvents(room.roomId, room.snapshot(now()));
  const listeners = new Set<FeedListener>();
  const emit = (events: readonly RoomEvent[]) => {
    if (!events.length) return;
    for (const l of listeners) {
      try { l(events); } catch (err) { console.error('[hub] room event listener failed:', err); }
    }
  };
  const before = room.onInput;
  const hook = (input: RoomInput) => {
    before?.(input);
    try { emit(out.fromInput(input)); } catch (err) { console.error('[hub] room events failed:', err); }
  };
  room.onInput = hook;
  return {
    delta(d) {
      try { emit(out.fromDelta(d)); } catch (err) { console.error('[hub] room events failed:', err); }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
    close() {
      listeners.clear();
      if (room.onInput === hook) room.onInput = before;
    },
  };
}
