import { z } from 'zod';
import { CueKind } from './events';
import { Fen, Id } from './common';
import { UserLexicon } from './lexicon';
import { TEXT_LIMITS } from './limits';

/** Product roles in a run-of-show (DESIGN §4). */
export const PRODUCT_ROLES = ['traffic', 'welfare', 'hero', 'profit', 'image'] as const;
export const ProductRole = z.enum(PRODUCT_ROLES);
export type ProductRole = z.infer<typeof ProductRole>;

export const Sku = z.object({
  id: Id,
  name: z.string().max(200),
  price: Fen.optional(),
  stock: z.number().int().min(0).optional(),
});
export type Sku = z.infer<typeof Sku>;

export const Product = z.object({
  id: Id,
  name: z.string().min(1).max(300),
  /** Category key from assets/categories.json, e.g. "apparel.women", "beauty.skincare". */
  category: z.string().max(64),
  /** Shop price (售价), fen. */
  price: Fen,
  /** Strike-through / list price (划线价 / 原价), fen. */
  listPrice: Fen.optional(),
  /** Lowest price in the last 30 days if known (for price-claim checks), fen. */
  lowestPrice30d: Fen.optional(),
  stock: z.number().int().min(0),
  /** Stock reserved for live activities (活动库存). */
  activityStock: z.number().int().min(0).optional(),
  skus: z.array(Sku).max(500).optional(),
  brand: z.string().max(100).optional(),
});
export type Product = z.infer<typeof Product>;

export const TALK_SECTIONS = ['opening', 'sellingPoints', 'priceMechanism', 'closing', 'afterSales'] as const;
export const TalkSection = z.enum(TALK_SECTIONS);
export type TalkSection = z.infer<typeof TalkSection>;

export const TalkingPoints = z.object({
  opening: z.string().max(TEXT_LIMITS.talkingPoint),
  sellingPoints: z.string().max(TEXT_LIMITS.talkingPoint),
  priceMechanism: z.string().max(TEXT_LIMITS.talkingPoint),
  closing: z.string().max(TEXT_LIMITS.talkingPoint),
  afterSales: z.string().max(TEXT_LIMITS.talkingPoint),
});
export type TalkingPoints = z.infer<typeof TalkingPoints>;

export const PlannedCue = z.object({
  id: Id,
  kind: CueKind,
  /** Seconds after the slot goes on air. */
  offsetSec: z.number().int().min(0).max(24 * 3600),
  note: z.string().max(TEXT_LIMITS.cueNote),
});
export type PlannedCue = z.infer<typeof PlannedCue>;

export const SlotTargets = z.object({
  gmv: Fen.optional(),
  /** 点击-成交转化率 target for the product while the slot is on air (buyers ÷ click users), 0..1. */
  conversion: z.number().min(0).max(1).optional(),
});

export const Slot = z.object({
  id: Id,
  productId: Id,
  role: ProductRole,
  plannedMinutes: z.number().min(0.5).max(600),
  /** Live price for the slot (直播间价), fen; defaults to the product's price. */
  livePrice: Fen.optional(),
  /** Price mechanism in one line, e.g. "拍一发三 + 满199减20". */
  mechanism: z.string().max(TEXT_LIMITS.mechanism).default(''),
  talkingPoints: TalkingPoints,
  cues: z.array(PlannedCue).max(50).default([]),
  targets: SlotTargets.default({}),
});
export type Slot = z.infer<typeof Slot>;

export const RunOfShow = z.object({
  id: Id,
  title: z.string().min(1).max(TEXT_LIMITS.showTitle),
  /** Planned start, epoch ms (optional while drafting). */
  plannedStart: z.number().int().min(0).optional(),
  /** Planned show length in minutes (for the running total in the editor). */
  plannedMinutes: z.number().min(1).max(24 * 60).optional(),
  products: z.array(Product).max(20_000),
  slots: z.array(Slot).max(500),
  /**
   * The producer's lexicon (extra terms, allowed words) the show went live with. Every lint of
   * this show (editor, hub, prompter) reads it through lintShow. Absent = the built-in lexicon.
   */
  lexicon: UserLexicon.optional(),
});
export type RunOfShow = z.infer<typeof RunOfShow>;

export const emptyTalkingPoints = (): TalkingPoints => ({
  opening: '', sellingPoints: '', priceMechanism: '', closing: '', afterSales: '',
});

/** The slot's effective live price in fen. */
export function slotPrice(show: RunOfShow, slot: Slot): number {
  if (slot.livePrice !== undefined) return slot.livePrice;
  return show.products.find((p) => p.id === slot.productId)?.price ?? 0;
}
