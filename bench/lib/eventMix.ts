import type { LiveEvent } from '../../shared/protocol/events';
import { commentTexts } from './corpus';

/** Seeded PRNG (mulberry32): the same seed gives the same event stream. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Share of each event type in a busy room's stream (likes aggregated per user, as the simulator
 * does): mostly likes, comments and enters/leaves, a few clicks and orders. `viewer.stats` comes
 * once a second on top.
 */
export const FANOUT_MIX: readonly [LiveEvent['type'], number][] = [
  ['like', 0.34], ['comment', 0.3], ['viewer.enter', 0.15], ['viewer.leave', 0.13], ['product.click', 0.04],
  ['order.created', 0.012], ['order.paid', 0.01], ['follow', 0.006], ['share', 0.003], ['fanclub.join', 0.002], ['refund.requested', 0.001],
];
/**
 * A top room's stream (shared/sim/presets.ts `top` at 40,000 online: 0.9 like events per viewer
 * per minute, arrivals = online / 3 min watch time, 0.026 comments, 0.024 clicks): likes dominate,
 * then enters and leaves; comments are under 2 %.
 */
export const TOP_ROOM_MIX: readonly [LiveEvent['type'], number][] = [
  ['like', 0.555], ['viewer.enter', 0.205], ['viewer.leave', 0.205], ['comment', 0.016], ['product.click', 0.015],
  ['order.created', 0.0012], ['order.paid', 0.0011], ['follow', 0.0019], ['share', 0.0006], ['fanclub.join', 0.0004], ['refund.requested', 0.0001],
];
export const COMMENTS_ONLY: readonly [LiveEvent['type'], number][] = [['comment', 1]];

export interface MixOptions {
  seed: number;
  roomId: string;
  productIds: readonly string[];
  mix?: readonly [LiveEvent['type'], number][];
  /** Online viewers reported by viewer.stats. */
  online?: number;
}

/** A synthetic source of realistic live events: `next(ts)` makes one, `stats(ts)` the once-a-second figures. */
export function createEventMix(opts: MixOptions) {
  const r = rng(opts.seed);
  const texts = commentTexts();
  const mix = opts.mix ?? FANOUT_MIX;
  const total = mix.reduce((s, [, w]) => s + w, 0);
  const cumulative = mix.map(([type], i) => [type, mix.slice(0, i + 1).reduce((s, [, w]) => s + w, 0) / total] as const);
  const online = opts.online ?? 30_000;
  let n = 0;
  let orders = 0;
  let totalViewers = online * 20;
  const user = () => `u${Math.floor(r() * online * 3)}`;
  const product = () => opts.productIds[Math.floor(r() * opts.productIds.length)] ?? 'p';
  const base = (ts: number) => ({ id: `b${opts.seed}-${++n}`, platform: 'sim' as const, roomId: opts.roomId, ts });

  function next(ts: number): LiveEvent {
    const x = r();
    const type = cumulative.find(([, c]) => x < c)?.[0] ?? 'comment';
    const b = base(ts);
    switch (type) {
      case 'comment': return { ...b, type, userId: user(), nickname: `观众${n % 997}`, text: texts[Math.floor(r() * texts.length)]! };
      case 'like': return { ...b, type, userId: user(), count: 1 + Math.floor(r() * 20) };
      case 'viewer.enter': totalViewers++; return { ...b, type, userId: user(), nickname: `观众${n % 997}` };
      case 'product.click': return { ...b, type, userId: user(), productId: product() };
      case 'order.created':
      case 'order.paid': return { ...b, type, userId: user(), orderId: `o${type === 'order.created' ? ++orders : orders}`, productId: product(), quantity: 1, amount: 3990 };
      case 'refund.requested': return { ...b, type, orderId: `o${Math.max(1, orders)}`, productId: product(), amount: 3990, reason: '尺码不合适' };
      case 'viewer.leave': case 'follow': case 'share': case 'fanclub.join': return { ...b, type, userId: user() };
      default: return { ...b, type: 'like', userId: user(), count: 1 };
    }
  }

  function stats(ts: number): LiveEvent {
    return { ...base(ts), type: 'viewer.stats', online: Math.round(online * (0.95 + r() * 0.1)), totalViewers };
  }

  return { next, stats };
}

/**
 * Paces events at `rate` per second in small frames (like a platform connector): calls `emit`
 * with each frame every `frameMs`, catching up when the event loop was late; `perSecond` adds
 * events once a second (viewer.stats). Returns a stop function.
 */
export function pace(opts: {
  rate: number;
  frameMs: number;
  make: (ts: number) => LiveEvent;
  perSecond?: (ts: number) => LiveEvent;
  emit: (events: LiveEvent[], at: number) => void;
}): () => void {
  const t0 = Date.now();
  let sent = 0;
  let lastSecond = t0;
  const timer = setInterval(() => {
    const now = Date.now();
    const due = Math.floor(((now - t0) * opts.rate) / 1000) - sent;
    if (due <= 0) return;
    const frame: LiveEvent[] = [];
    if (opts.perSecond && now - lastSecond >= 1000) {
      lastSecond = now;
      frame.push(opts.perSecond(now));
    }
    for (let i = 0; i < due; i++) frame.push(opts.make(now));
    sent += due;
    opts.emit(frame, now);
  }, opts.frameMs);
  return () => clearInterval(timer);
}
