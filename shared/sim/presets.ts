import type { ProductRole } from '../protocol/runOfShow';

/**
 * Calibration of one room size (DESIGN §4 "Simulator calibration"). Rates are per online viewer
 * per minute unless named otherwise; the model multiplies them by the reactions in `REACTIONS`.
 *
 * Event volume — aggregated where the platform aggregates: likes are one event per viewer per
 * 100 ms tick carrying a tap count; viewer.stats (authoritative online / 场观) comes every
 * `statsEveryMs`; enter/leave events can be sampled per viewer with `enterSampleRate` (a viewer is
 * either announced on both enter and leave or not at all, so watch times stay unbiased, and
 * viewer.stats still counts everyone). Every preset ships with rate 1: even `top` stays at
 * ~1.1–1.6k events/s, so the identity online = entered − left holds exactly in the stream.
 */
export interface PresetParams {
  /** Online viewers the room settles at with a hero item on air and no cues (Little's law: arrivals × watch time). */
  baseOnline: number;
  /** Mean watch time per visit, minutes (log-normal, `watchSigma` in log space). */
  meanWatchMin: number;
  watchSigma: number;
  /** Share of `baseOnline` that is already waiting when the stream opens (预约), arriving over the first 20 s. */
  openingCrowd: number;
  /** Minutes for arrivals to ramp from `openingCrowd` to full rate. */
  rampMinutes: number;
  /** Share of arrivals who are returning viewers (not counted again in 场观). */
  returnShare: number;
  /** Comments per online viewer per minute, outside bursts. */
  commentRate: number;
  /** 福袋 口令 comments per online viewer per minute while a lucky bag runs. */
  luckyBagCommentRate: number;
  /** Like events per online viewer per minute; each carries a tap count (aggregated per user per tick). */
  likeRate: number;
  /** Mean taps per like event. */
  likeTapsMean: number;
  /** Product clicks per online viewer per minute, base. */
  clickRate: number;
  /** Multiplier on the click → order probability (big rooms convert a little less per click). */
  orderScale: number;
  followRate: number;
  shareRate: number;
  fanclubRate: number;
  /** Share of viewers whose enter/leave events are emitted; viewer.stats always counts everyone. */
  enterSampleRate: number;
  /** viewer.stats period, ms. */
  statsEveryMs: number;
}

export const PRESET_PARAMS = {
  small: {
    baseOnline: 28, meanWatchMin: 4.5, watchSigma: 1.1, openingCrowd: 0.35, rampMinutes: 6, returnShare: 0.18,
    commentRate: 0.04, luckyBagCommentRate: 0.17, likeRate: 0.9, likeTapsMean: 6, clickRate: 0.03, orderScale: 1,
    followRate: 0.006, shareRate: 0.002, fanclubRate: 0.0015, enterSampleRate: 1, statsEveryMs: 1000,
  },
  medium: {
    baseOnline: 550, meanWatchMin: 4, watchSigma: 1.15, openingCrowd: 0.3, rampMinutes: 5, returnShare: 0.15,
    commentRate: 0.034, luckyBagCommentRate: 0.15, likeRate: 0.8, likeTapsMean: 8, clickRate: 0.028, orderScale: 0.95,
    followRate: 0.004, shareRate: 0.0015, fanclubRate: 0.001, enterSampleRate: 1, statsEveryMs: 1000,
  },
  top: {
    // ~1.1–1.6k events/s at 3–5万 online: likes aggregated per user per tick, viewer.stats every 2 s.
    baseOnline: 40_000, meanWatchMin: 3, watchSigma: 1.2, openingCrowd: 0.25, rampMinutes: 5, returnShare: 0.12,
    commentRate: 0.026, luckyBagCommentRate: 0.11, likeRate: 0.9, likeTapsMean: 12, clickRate: 0.024, orderScale: 0.85,
    followRate: 0.003, shareRate: 0.001, fanclubRate: 0.0006, enterSampleRate: 1, statsEveryMs: 2000,
  },
} as const satisfies Record<string, PresetParams>;

/** How the room reacts to the role of the on-air product. */
export interface RoleReaction {
  /** Arrival-rate multiplier (引流/福利 pull viewers in from the feed). */
  arrivals: number;
  /** Click-rate multiplier. */
  clicks: number;
  /** Click → order probability before the price factor. */
  order: number;
  /** Payment rate of created orders (the rest stay unpaid: 压单). */
  pay: number;
}

export const ROLE_REACTIONS: Record<ProductRole | 'none', RoleReaction> = {
  traffic: { arrivals: 1.55, clicks: 1.35, order: 0.085, pay: 0.94 },
  welfare: { arrivals: 1.45, clicks: 1.25, order: 0.08, pay: 0.93 },
  hero: { arrivals: 1.05, clicks: 1.2, order: 0.14, pay: 0.88 },
  profit: { arrivals: 0.85, clicks: 0.9, order: 0.1, pay: 0.86 },
  image: { arrivals: 0.8, clicks: 0.75, order: 0.07, pay: 0.82 },
  none: { arrivals: 0.7, clicks: 0, order: 0, pay: 0.9 },
};

/** Reactions to cues and moments, as multipliers on the base rates. */
export const REACTIONS = {
  /** 福袋: arrivals up a little, leaving viewers stay with this probability (re-checked every 30–90 s). */
  luckyBag: { arrivals: 1.25, stayProbability: 0.5, clicks: 0.8 },
  /** Price reveal: the first minute of a slot, a price change, a coupon or a flash sale starting. */
  reveal: { windowMs: 60_000, comments: 3, clicks: 1.8, order: 1.15 },
  coupon: { clicks: 1.2, order: 1.2 },
  link: { clicks: 1.4 },
  /** Pressure lines / flash sale: more orders now, faster, and more refunds later. */
  pressure: { clicks: 1.4, order: 1.6, refund: 1.7, comments: 1.3 },
  /** Sold out: clicks fall (people still check), comments turn to 补货/怎么没了. */
  soldOut: { clicks: 0.4, comments: 1.4 },
  /** Share of clicks that go to a product aired earlier (browsing the cart), with this order factor. */
  browse: { share: 0.1, order: 0.5 },
  /** Impulse buyers: watched less than this before ordering → refund multiplier. */
  impulse: { watchMs: 60_000, refund: 1.3 },
} as const;

/**
 * Share of a category's base return rate that is requested before shipment, within the session
 * (极速退款 minutes after an impulse buy). The rest comes back after delivery, outside the stream
 * (the refund tail, `REFUND_TAIL`).
 */
export const PRE_SHIPMENT_REFUND_SHARE = 0.35;
/**
 * A category's base rate is its norm over a typical show, whose orders already include impulse
 * buys and some pressure selling: a calm order refunds at base ÷ this, so that a typical show of
 * the sample realises about its norm (measured with `livedeck calibrate`, docs/refund-risk.md).
 */
export const TYPICAL_REFUND_LIFT = 1.2;
/** Highest refund probability of one order (pre-shipment and after delivery together). */
export const MAX_REFUND_PROBABILITY = 0.95;
/**
 * The refund tail (docs/refund-risk.md, "The simulator's refund process"): a paid order without a
 * pre-shipment refund is returned after delivery with the probability that brings its total to
 * base × pressure × impulse; the request comes a log-normal time after payment (shipping 1–3 days,
 * delivery 1–3 days, then the 7-day no-reason window), clamped to [minMs, maxMs].
 */
export const REFUND_TAIL = { meanMs: 5 * 86_400_000, sigma: 0.35, minMs: 1.5 * 86_400_000, maxMs: 12 * 86_400_000 } as const;
/** Share of pre-shipment refund requests the shop approves during the stream. */
export const REFUND_APPROVAL_RATE = 0.75;
/** Price (fen) at which the price factor on conversion is 1; cheaper converts more, dearer less. */
export const REFERENCE_PRICE = 10_000;
