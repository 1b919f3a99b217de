import type { EventSource } from '../../../shared/protocol/source';
import type { SimPreset } from '../../../shared/sim/simulator';
import type { Room } from '../room/room';
import { createSimSource } from './simSource';

/** The hub's source: the one given, or (undefined) the seeded simulated audience; null for none. */
export function chooseSource(
  given: EventSource | null | undefined,
  sim: { seed: number; preset: SimPreset; roomId: string; room: Room; now: () => number; run: number },
): EventSource | null {
  if (given !== undefined) return given;
  return createSimSource({
    seed: sim.seed, preset: sim.preset, roomId: sim.roomId, show: sim.room.show, now: sim.now,
    idPrefix: sim.run > 1 ? `r${sim.run}.` : '',
  });
}

/** Feed the room from its source: events in, a delta soon; the source reads the room's view. */
export function wireSource(source: EventSource | null, room: Room, now: () => number, flushSoon: () => void): void {
  source?.start((events) => {
    room.ingest(events, now());
    flushSoon();
  }, (t) => room.view(t));
}
