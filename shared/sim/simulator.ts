import type { LiveEvent } from '../protocol/events';
import type { RunOfShow } from '../protocol/runOfShow';
import { createRng } from '../domain/rng';
import { buildCatalog } from './catalog';
import { PRESET_PARAMS } from './presets';
import { RoomModel, TICK_MS } from './roomModel';
import { EventSink } from './sink';
import type { SimContext } from './context';

export const SIM_PRESETS = ['small', 'medium', 'top'] as const;
export type SimPreset = (typeof SIM_PRESETS)[number];

export type { SimContext } from './context';

export interface SimOptions {
  seed: number;
  preset: SimPreset;
  roomId: string;
  startAt: number;
  show: RunOfShow;
  /** Platform stamped on events (default 'sim'). */
  platform?: LiveEvent['platform'];
  /** Longest stretch of time one advance() simulates; a longer gap (sleep) is skipped. Default 10 min. */
  maxCatchUpMs?: number;
}

export interface Simulator {
  /** Advance the model to `now` and return the events that happened since the last call, in time order. */
  advance(now: number, ctx: SimContext): LiveEvent[];
  /**
   * After the stream ended at `endAt`: the refund requests that keep arriving for `days` days
   * (pre-shipment ones still due, then returns after delivery), in time order, stamped after `endAt`.
   */
  tail(endAt: number, days: number): LiveEvent[];
}

/**
 * A calibrated, seeded live room (DESIGN §4): viewers with log-normal watch times arrive and leave,
 * comment about the product on air, like, follow, click products, order, pay and sometimes ask
 * for refunds — reacting to the on-air role, cues, pressure and sold-out. Time advances in fixed
 * 100 ms ticks from `startAt`, so the same seed and the same advance() calls give the same events.
 */
export function createSimulator(opts: SimOptions): Simulator {
  const rng = createRng(opts.seed);
  const prefix = `sim-${(opts.seed >>> 0).toString(36)}-`;
  const sink = new EventSink(`${prefix}e`, opts.roomId, opts.platform ?? 'sim');
  const model = new RoomModel(rng, PRESET_PARAMS[opts.preset], buildCatalog(opts.show), sink, opts.startAt, opts.seed, prefix);
  const maxCatchUp = opts.maxCatchUpMs ?? 10 * 60_000;
  let show = opts.show;
  return {
    advance(now, ctx) {
      if (ctx.show && ctx.show !== show) {
        show = ctx.show;
        model.catalog = buildCatalog(show);
      }
      if (now - model.t > maxCatchUp) model.t += Math.floor((now - model.t - maxCatchUp) / TICK_MS) * TICK_MS;
      while (model.t + TICK_MS <= now) model.step(ctx);
      return sink.drain();
    },
    tail(endAt, days) {
      model.tail(endAt, days);
      return sink.drain();
    },
  };
}
