import type { LiveEvent } from '../../../shared/protocol/events';
import type { RunOfShow } from '../../../shared/protocol/runOfShow';
import type { SimContext, SimPreset } from '../../../shared/sim/simulator';
import { createSimulator } from '../../../shared/sim/simulator';
import type { EventSource } from './source';

export interface SimSourceOptions {
  seed: number;
  preset: SimPreset;
  roomId: string;
  show: RunOfShow;
  now: () => number;
  /** Step of the simulation clock, ms. */
  tickMs?: number;
}

/** The default source: a seeded simulated audience reacting to the room in real time. */
export function createSimSource(opts: SimSourceOptions): EventSource {
  let timer: ReturnType<typeof setInterval> | null = null;
  return {
    kind: 'sim',
    start(emit: (events: LiveEvent[]) => void, context: (now: number) => SimContext) {
      const sim = createSimulator({ seed: opts.seed, preset: opts.preset, roomId: opts.roomId, startAt: opts.now(), show: opts.show });
      timer = setInterval(() => {
        const now = opts.now();
        const events = sim.advance(now, context(now));
        if (events.length) emit(events);
      }, opts.tickMs ?? 100);
      timer.unref?.();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
