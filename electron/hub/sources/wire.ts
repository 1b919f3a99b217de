import type { EventSource } from '../../../shared/protocol/source';
import type { SimPreset } from '../../../shared/sim/simulator';
import type { Room } from '../room/room';
import { SourceManager } from './manager';
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

/**
 * The room's source manager: sources feed the room through it (events in, a delta soon), read the
 * room's view, and their health goes to every client as the `sources` delta section. Starts with
 * the hub's source, when there is one (its id is its kind).
 */
export function wireSource(
  source: EventSource | null, room: Room, now: () => number, flushSoon: () => void, opts: { stallMs?: number | undefined } = {},
): SourceManager {
  const manager = new SourceManager({
    now,
    ingest: (events, t) => room.ingest(events, t),
    view: (t) => room.view(t),
    afterIngest: flushSoon,
    onHealth: (list) => { room.sources.set(list); flushSoon(); },
    roomLive: () => room.live.onAirSlotId !== null && !room.live.ended,
    ...(opts.stallMs !== undefined ? { stallMs: opts.stallMs } : {}),
  });
  if (source) manager.add(source.kind, source);
  manager.run(1000);
  return manager;
}
