import sample from '../../../assets/sample-show.json';
import type { LiveEvent } from '../../../shared/protocol/events';
import { RunOfShow } from '../../../shared/protocol/runOfShow';
import { runRoom } from '../../../shared/sim/runRoom';
import { createSimulator, type SimContext, type SimPreset } from '../../../shared/sim/simulator';

export const SHOW = RunOfShow.parse(sample);
export const START = Date.UTC(2024, 10, 8, 12);
export const MIN = 60_000;

/** A whole auto-run session (show + audience), collected. */
export function session(preset: SimPreset, seed: number, minutes: number): LiveEvent[] {
  const out: LiveEvent[] = [];
  for (const batch of runRoom({ show: SHOW, preset, seed, roomId: 'room', startAt: START, minutes })) for (const e of batch) out.push(e);
  return out;
}

export const ctxFor = (productId: string, over: Partial<SimContext> = {}): SimContext => {
  const slot = SHOW.slots.find((s) => s.productId === productId)!;
  const product = SHOW.products.find((p) => p.id === productId)!;
  return { onAirProductId: productId, onAirRole: slot.role, livePrice: slot.livePrice ?? product.price, soldOut: false, activeCues: [], ...over };
};

/**
 * Drive the simulator directly with a context chosen per minute (no auto producer), the way the
 * hub does: advance() every 100 ms of simulated time.
 */
export function drive(preset: SimPreset, seed: number, minutes: number, ctxAt: (minute: number) => SimContext): LiveEvent[] {
  const sim = createSimulator({ seed, preset, roomId: 'room', startAt: START, show: SHOW });
  const out: LiveEvent[] = [];
  for (let t = START + 100; t <= START + minutes * MIN; t += 100) {
    for (const e of sim.advance(t, ctxAt(Math.floor((t - 1 - START) / MIN)))) out.push(e);
  }
  return out;
}

export const inWindow = (events: readonly LiveEvent[], fromMin: number, toMin: number) =>
  events.filter((e) => e.ts >= START + fromMin * MIN && e.ts < START + toMin * MIN);

export const ofType = <T extends LiveEvent['type']>(events: readonly LiveEvent[], type: T) =>
  events.filter((e): e is Extract<LiveEvent, { type: T }> => e.type === type);

/** Mean online over viewer.stats in a window. */
export function meanOnline(events: readonly LiveEvent[]): number {
  const s = ofType(events, 'viewer.stats');
  return s.reduce((a, e) => a + e.online, 0) / Math.max(1, s.length);
}
