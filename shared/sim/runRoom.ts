import type { LiveEvent } from '../protocol/events';
import type { RunOfShow } from '../protocol/runOfShow';
import { createAutoRun } from './autoRun';
import { TICK_MS } from './roomModel';
import { createSimulator, type SimPreset } from './simulator';

export interface RunRoomOptions {
  show: RunOfShow;
  preset: SimPreset;
  seed: number;
  roomId: string;
  startAt: number;
  minutes: number;
}

/**
 * A whole simulated session without a hub: the auto producer runs the show, the simulator plays
 * the audience. Yields the merged stream one tick at a time (time order), ending with stream.end,
 * so callers can write hours of events without holding them.
 */
export function* runRoom(opts: RunRoomOptions): Generator<LiveEvent[]> {
  const tag = (opts.seed >>> 0).toString(36);
  const auto = createAutoRun({ show: opts.show, roomId: opts.roomId, startAt: opts.startAt, loop: true, idPrefix: `auto-${tag}-` });
  const sim = createSimulator({ seed: opts.seed, preset: opts.preset, roomId: opts.roomId, startAt: opts.startAt, show: opts.show });
  const endAt = opts.startAt + Math.round(opts.minutes * 60_000);
  for (let t = opts.startAt; t < endAt; t += TICK_MS) {
    const step = auto.step(t);
    const audience = sim.advance(Math.min(t + TICK_MS, endAt), step.ctx);
    const fed = auto.observe(audience);
    const batch = fed.length ? [...step.events, ...audience, ...fed].sort((a, b) => a.ts - b.ts) : step.events.length ? [...step.events, ...audience] : audience;
    if (batch.length) yield batch;
  }
  yield [{ id: `auto-${tag}-end`, platform: 'sim', roomId: opts.roomId, ts: endAt, type: 'stream.end' }];
}
