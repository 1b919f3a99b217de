import type { LiveEvent } from '../protocol/events';
import type { RunOfShow } from '../protocol/runOfShow';
import { createAutoRun } from './autoRun';
import { TICK_MS } from './roomModel';
import { createSimulator, type SimPreset } from './simulator';

/** In a pressure-selling show: a flash_sale cue starts this often and runs this long. */
const PRESSURE_CUE = { everyMs: 4 * 60_000, forMs: 2 * 60_000 };

export interface RunRoomOptions {
  show: RunOfShow;
  preset: SimPreset;
  seed: number;
  roomId: string;
  startAt: number;
  minutes: number;
  /** A pressure-selling show (逼单 all the time; see AutoRunOptions.pressure). */
  pressure?: boolean;
  /** Days of refund tail after stream.end (default 0: none). */
  tailDays?: number;
}

/**
 * A whole simulated session without a hub: the auto producer runs the show, the simulator plays
 * the audience. Yields the merged stream one tick at a time (time order), ending with stream.end,
 * so callers can write hours of events without holding them. With `tailDays`, the refund requests
 * of the following days come after stream.end (one batch, time order).
 */
export function* runRoom(opts: RunRoomOptions): Generator<LiveEvent[]> {
  const tag = (opts.seed >>> 0).toString(36);
  const auto = createAutoRun({ show: opts.show, roomId: opts.roomId, startAt: opts.startAt, loop: true, idPrefix: `auto-${tag}-`, pressure: opts.pressure === true });
  const sim = createSimulator({ seed: opts.seed, preset: opts.preset, roomId: opts.roomId, startAt: opts.startAt, show: opts.show });
  const endAt = opts.startAt + Math.round(opts.minutes * 60_000);
  let pressureCues = 0;
  for (let t = opts.startAt; t < endAt; t += TICK_MS) {
    const step = auto.step(t);
    // A pressure-selling show also runs 秒杀 countdowns: a flash_sale cue every few minutes, as the control room sees it.
    const since = (t - opts.startAt) % PRESSURE_CUE.everyMs;
    const onAir = step.ctx.onAirProductId;
    if (opts.pressure && onAir && (since === 0 || since === PRESSURE_CUE.forMs)) {
      step.events.push({
        id: `auto-${tag}-p${(++pressureCues).toString(36)}`, platform: 'sim', roomId: opts.roomId, ts: t,
        type: 'cue.state', kind: 'flash_sale', state: since === 0 ? 'start' : 'end', productId: onAir,
      });
    }
    const audience = sim.advance(Math.min(t + TICK_MS, endAt), step.ctx);
    const fed = auto.observe(audience);
    const batch = fed.length ? [...step.events, ...audience, ...fed].sort((a, b) => a.ts - b.ts) : step.events.length ? [...step.events, ...audience] : audience;
    if (batch.length) yield batch;
  }
  yield [{ id: `auto-${tag}-end`, platform: 'sim', roomId: opts.roomId, ts: endAt, type: 'stream.end' }];
  if (opts.tailDays && opts.tailDays > 0) {
    const tail = sim.tail(endAt, opts.tailDays);
    if (tail.length) yield tail;
  }
}
