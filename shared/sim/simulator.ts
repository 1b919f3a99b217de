import type { CueKind, LiveEvent } from '../protocol/events';
import type { ProductRole, RunOfShow } from '../protocol/runOfShow';
import { createRng } from '../domain/rng';

export const SIM_PRESETS = ['small', 'medium', 'top'] as const;
export type SimPreset = (typeof SIM_PRESETS)[number];

/** What the simulated room can see of the control room at each step. */
export interface SimContext {
  onAirProductId: string | null;
  onAirRole: ProductRole | null;
  /** Live price of the on-air product, fen. */
  livePrice: number;
  soldOut: boolean;
  /** Cues running now (福袋, coupon, flash sale…). */
  activeCues: readonly CueKind[];
}

export interface SimOptions {
  seed: number;
  preset: SimPreset;
  roomId: string;
  startAt: number;
  show: RunOfShow;
}

export interface Simulator {
  /** Advance the model to `now` and return the events that happened since the last call, in time order. */
  advance(now: number, ctx: SimContext): LiveEvent[];
}

/**
 * PLACEHOLDER (foundation): a plausible small stream. The issue-3 simulator replaces the body and
 * keeps this interface.
 */
export function createSimulator(opts: SimOptions): Simulator {
  const rng = createRng(opts.seed);
  let t = opts.startAt;
  let n = 0;
  let online = 0;
  let total = 0;
  const present: string[] = [];
  const lines = ['多少钱', '有没有S码', '拍了', '几天发货', '好看', '1', '质量怎么样', '主播好美'];
  const mk = (extra: Record<string, unknown>): LiveEvent =>
    ({ id: `sim-${opts.seed}-${++n}`, platform: 'sim', roomId: opts.roomId, ts: t, ...extra }) as LiveEvent;
  return {
    advance(now, ctx) {
      const out: LiveEvent[] = [];
      while (t + 100 <= now) {
        t += 100;
        const target = 60;
        if (rng.chance(online < target ? 0.6 : 0.2)) {
          const u = `u${++total}`; present.push(u); online++;
          out.push(mk({ type: 'viewer.enter', userId: u, nickname: `观众${total}` }));
        }
        if (online > 0 && rng.chance(0.25)) {
          const u = present.splice(rng.int(0, present.length - 1), 1)[0]!; online--;
          out.push(mk({ type: 'viewer.leave', userId: u }));
        }
        if (online > 0 && rng.chance(0.15)) {
          out.push(mk({ type: 'comment', userId: rng.pick(present), nickname: '观众', text: rng.pick(lines) }));
        }
        if (ctx.onAirProductId && online > 0 && rng.chance(0.05)) {
          const u = rng.pick(present);
          out.push(mk({ type: 'product.click', userId: u, productId: ctx.onAirProductId }));
          if (!ctx.soldOut && rng.chance(0.3)) {
            const orderId = `o${n}`;
            out.push(mk({ type: 'order.created', userId: u, orderId, productId: ctx.onAirProductId, quantity: 1, amount: ctx.livePrice }));
            out.push(mk({ type: 'order.paid', userId: u, orderId, productId: ctx.onAirProductId, quantity: 1, amount: ctx.livePrice }));
          }
        }
        if (t % 1000 === 0) out.push(mk({ type: 'viewer.stats', online, totalViewers: total }));
      }
      return out;
    },
  };
}
