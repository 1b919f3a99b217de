import { z } from 'zod';
import { Id } from './common';

/**
 * Metric snapshot the hub computes (shared/domain/metrics) and sends to clients.
 * Definitions: DESIGN §4 and docs/metrics.md. Ratios are 0..1, money is fen.
 */
export const RoomFigures = z.object({
  online: z.number(),
  avgOnline: z.number(),
  totalViewers: z.number(),
  enterPerMin: z.number(),
  leavePerMin: z.number(),
  avgWatchSec: z.number(),
  interactionRate: z.number(),
  followRate: z.number(),
  fanclubRate: z.number(),
  gmv: z.number(),
  buyers: z.number(),
  units: z.number(),
  avgOrderValue: z.number(),
  conversion: z.number(),
  clickRate: z.number(),
  clickToOrder: z.number(),
  gpm: z.number(),
  uvValue: z.number(),
  refundAmount: z.number(),
  refundRate: z.number(),
  createdOrders: z.number(),
  paidOrders: z.number(),
  payRate: z.number(),
  unpaidOrders: z.number(),
  comments: z.number(),
  likes: z.number(),
});
export type RoomFigures = z.infer<typeof RoomFigures>;
export type FigureKey = keyof RoomFigures;

export const MinutePoint = z.object({
  /** Start of the minute, epoch ms. */
  t: z.number(),
  online: z.number(),
  enters: z.number(),
  leaves: z.number(),
  comments: z.number(),
  clicks: z.number(),
  orders: z.number(),
  gmv: z.number(),
  refunds: z.number(),
  /** Product on air during most of this minute. */
  productId: z.string().nullable(),
});
export type MinutePoint = z.infer<typeof MinutePoint>;

export const RISK_REASON_CODES = [
  'base', 'early_refunds', 'negative_comments', 'unanswered_questions', 'pressure_selling', 'price_claims', 'refunds_requested',
  'early_refunds_low', 'no_refund_yet',
] as const;
export const RiskReasonCode = z.enum(RISK_REASON_CODES);
export type RiskReasonCode = z.infer<typeof RiskReasonCode>;

/**
 * One reason of a refund-risk figure, as a code and the figures behind it (the renderer words
 * both in the UI language). Param names per code: docs/refund-risk.md; a combined (room) reason
 * carries `products` and `weighted` (1 = by GMV, 0 = plain average) instead.
 */
export const RiskReason = z.object({
  code: RiskReasonCode,
  /** Contribution to the predicted refund rate, ratio points (0..1). */
  contribution: z.number(),
  /** Ratios 0..1, money in fen, counts, a category key; never words. */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type RiskReason = z.infer<typeof RiskReason>;

export const RefundRisk = z.object({
  /** Predicted share of GMV that will be refunded, 0..1. */
  rate: z.number().min(0).max(1),
  /** Money at risk, fen. */
  atRisk: z.number().min(0),
  /**
   * Category base refund rate, 0..1 (a room: GMV-weighted over its products, plain average before
   * any GMV). The excess rate − norm is what the band rates (shared/domain/refundRisk/band.ts).
   */
  norm: z.number().min(0).max(1).default(0),
  /** Expected refund beyond the norm, fen: max(0, rate − norm) · GMV (a room: summed over products). */
  excessAtRisk: z.number().min(0).default(0),
  reasons: z.array(RiskReason),
});
export type RefundRisk = z.infer<typeof RefundRisk>;

export const ProductFigures = z.object({
  productId: z.string(),
  clicks: z.number(),
  clicks5m: z.number(),
  clickUsers: z.number(),
  gmv: z.number(),
  gmv5m: z.number(),
  buyers: z.number(),
  units: z.number(),
  /** buyers ÷ click users (点击-成交转化率, per product). */
  conversion: z.number(),
  refundAmount: z.number(),
  refundRate: z.number(),
  stock: z.number(),
  soldOut: z.boolean(),
  explainCount: z.number(),
  explainMs: z.number(),
  bestMinuteGmv: z.number(),
  risk: RefundRisk,
  /** Orders created and paid for this product (the funnel's 下单 / 支付 steps; optional: older snapshots lack them). */
  createdOrders: z.number().optional(),
  paidOrders: z.number().optional(),
});
export type ProductFigures = z.infer<typeof ProductFigures>;

export const MetricsSnapshot = z.object({
  asOf: z.number(),
  now: RoomFigures,
  /** Same figures over the previous 5 minutes window (for arrows). */
  prev5: RoomFigures.nullable(),
  /** Per-minute series, oldest first, capped. */
  series: z.array(MinutePoint),
  products: z.record(Id, ProductFigures),
  risk: RefundRisk,
  /** Distinct users who clicked a product this session (the review funnel's 点击 step; optional: older snapshots lack it). */
  clickUsers: z.number().optional(),
});
export type MetricsSnapshot = z.infer<typeof MetricsSnapshot>;
