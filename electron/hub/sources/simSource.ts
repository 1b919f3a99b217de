import type { LiveEvent } from '../../../shared/protocol/events';
import type { RunOfShow } from '../../../shared/protocol/runOfShow';
import type { SimPreset } from '../../../shared/sim/simulator';
import { createSimulator } from '../../../shared/sim/simulator';
import type { EmitEvents, EventSource, ViewRoom } from '../../../shared/protocol/source';

export interface SimSourceOptions {
  seed: number;
  preset: SimPreset;
  roomId: string;
  show: RunOfShow;
  now: () => number;
  /** Step of the simulation clock, ms. */
  tickMs?: number;
  /**
   * Prefix for message, order and user ids. A hub resumed from its journal starts a new
   * simulation run; the prefix keeps its ids apart from the pre-restart ones, which the room's
   * de-duplication would otherwise drop (and its orders from merging with older ones).
   */
  idPrefix?: string;
}

/** The same event with its run-specific ids prefixed. */
export function prefixIds(e: LiveEvent, prefix: string): LiveEvent {
  const out = { ...e, id: `${prefix}${e.id}` } as LiveEvent & { orderId?: string; userId?: string };
  if (out.orderId !== undefined) out.orderId = `${prefix}${out.orderId}`;
  if (out.userId !== undefined) out.userId = `${prefix}${out.userId}`;
  return out;
}

/** The default source: a seeded simulated audience reacting to the room in real time. */
export function createSimSource(opts: SimSourceOptions): EventSource {
  let timer: ReturnType<typeof setInterval> | null = null;
  return {
    kind: 'sim',
    start(emit: EmitEvents, view: ViewRoom) {
      const sim = createSimulator({ seed: opts.seed, preset: opts.preset, roomId: opts.roomId, startAt: opts.now(), show: opts.show });
      timer = setInterval(() => {
        const now = opts.now();
        const events = sim.advance(now, view(now));
        if (events.length) emit(opts.idPrefix ? events.map((e) => prefixIds(e, opts.idPrefix!)) : events);
      }, opts.tickMs ?? 100);
      timer.unref?.();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
