import { z } from 'zod';
import { EpochMs, Fen, Id } from './common';
import { Topic } from './room';

/**
 * What an overlay page (OBS / 直播伴侣 browser source, issue 17) receives: only what the three
 * overlays show — the on-air product's public face, the running 福袋 / 秒杀 countdowns and the
 * open viewer questions the assistant pushed. No talking points, figures, team or documents.
 * The hub sends the whole (small) state on connect and again whenever it changes.
 */
export const OverlayProduct = z.object({
  productId: Id,
  name: z.string(),
  /** Live price (直播间价), fen. */
  price: Fen,
  /** Strike-through price (划线价), fen. */
  listPrice: Fen.optional(),
  soldOut: z.boolean(),
});
export type OverlayProduct = z.infer<typeof OverlayProduct>;

/** Cue kinds an overlay shows as a running activity. */
export const OVERLAY_CUE_KINDS = ['lucky_bag', 'flash_sale'] as const;
export const OverlayCueKind = z.enum(OVERLAY_CUE_KINDS);
export type OverlayCueKind = z.infer<typeof OverlayCueKind>;

export const OverlayActivity = z.object({
  id: Id,
  kind: OverlayCueKind,
  /** 福袋 口令 viewers type to join (public by design). */
  code: z.string().optional(),
  firedAt: EpochMs,
  /** End of the countdown (hub clock); null when the cue was fired without one. */
  countdownEndsAt: EpochMs.nullable(),
  /** Hub time after which the overlay no longer shows it. */
  until: EpochMs,
});
export type OverlayActivity = z.infer<typeof OverlayActivity>;

export const OverlayQuestion = z.object({
  commentId: Id,
  text: z.string(),
  nickname: z.string(),
  topic: Topic.nullable(),
  pushedAt: EpochMs,
});
export type OverlayQuestion = z.infer<typeof OverlayQuestion>;

export const OverlayState = z.object({
  serverTime: EpochMs,
  /** The show was ended (下播): overlays show nothing. */
  ended: z.boolean(),
  onAir: OverlayProduct.nullable(),
  /** Running 福袋 / 秒杀 of the on-air slot, newest first. */
  activities: z.array(OverlayActivity),
  /** Pushed questions not yet answered, newest push first (a few). */
  questions: z.array(OverlayQuestion),
});
export type OverlayState = z.infer<typeof OverlayState>;

/** The overlay pages (hash routes `#/overlay/<kind>`). */
export const OVERLAY_KINDS = ['question', 'product', 'lower-third'] as const;
export type OverlayKind = (typeof OVERLAY_KINDS)[number];
export const OVERLAY_THEMES = ['dark', 'light'] as const;
export type OverlayTheme = (typeof OVERLAY_THEMES)[number];
