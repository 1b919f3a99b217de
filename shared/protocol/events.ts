import { z } from 'zod';
import { EpochMs, Fen, Id } from './common';

/**
 * Normalised live events (DESIGN §4). Every source — platform connector, simulator, replay —
 * produces these; the hub ingests nothing else.
 */
export const PLATFORMS = ['sim', 'replay', 'douyin', 'tiktok'] as const;

const base = {
  /** Platform message id, used to de-duplicate across reconnects. */
  id: Id,
  platform: z.enum(PLATFORMS),
  roomId: Id,
  ts: EpochMs,
};
const user = { userId: Id };

export const CUE_KINDS = ['lucky_bag', 'coupon', 'flash_sale', 'link', 'restock'] as const;
export const CueKind = z.enum(CUE_KINDS);
export type CueKind = z.infer<typeof CueKind>;

export const LiveEvent = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('viewer.stats'), online: z.number().int().min(0), totalViewers: z.number().int().min(0) }),
  z.object({ ...base, ...user, type: z.literal('viewer.enter'), nickname: z.string().max(200).optional() }),
  z.object({ ...base, ...user, type: z.literal('viewer.leave') }),
  z.object({ ...base, ...user, type: z.literal('comment'), nickname: z.string().max(200), text: z.string().max(100_000) }),
  z.object({ ...base, ...user, type: z.literal('like'), count: z.number().int().min(1).max(100_000) }),
  z.object({ ...base, ...user, type: z.literal('follow') }),
  z.object({ ...base, ...user, type: z.literal('share') }),
  z.object({ ...base, ...user, type: z.literal('fanclub.join') }),
  z.object({ ...base, ...user, type: z.literal('product.click'), productId: Id }),
  z.object({
    ...base, ...user,
    type: z.literal('order.created'),
    orderId: Id, productId: Id, sku: z.string().max(128).optional(),
    quantity: z.number().int().min(1).max(10_000), amount: Fen,
  }),
  z.object({
    ...base, ...user,
    type: z.literal('order.paid'),
    orderId: Id, productId: Id, sku: z.string().max(128).optional(),
    quantity: z.number().int().min(1).max(10_000), amount: Fen,
  }),
  /**
   * An unpaid order closed without payment (超时未支付, or cancelled by the buyer): it never counts as paid.
   * A payment after it is ignored (the platform closes the order; paying again makes a new one).
   */
  z.object({
    ...base,
    type: z.literal('order.cancelled'),
    orderId: Id, productId: Id, reason: z.enum(['unpaid_timeout', 'cancelled']).optional(),
  }),
  z.object({ ...base, type: z.literal('refund.requested'), orderId: Id, productId: Id, amount: Fen, reason: z.string().max(200).optional() }),
  z.object({ ...base, type: z.literal('refund.approved'), orderId: Id, productId: Id, amount: Fen }),
  z.object({
    ...base,
    type: z.literal('product.state'),
    productId: Id,
    price: Fen.optional(), stock: z.number().int().min(0).optional(),
    soldOut: z.boolean().optional(), onShelf: z.boolean().optional(),
  }),
  z.object({ ...base, type: z.literal('explain'), productId: Id, state: z.enum(['start', 'stop']) }),
  z.object({
    ...base,
    type: z.literal('cue.state'),
    kind: CueKind, state: z.enum(['start', 'end']),
    productId: Id.optional(), phrase: z.string().max(200).optional(),
  }),
  z.object({ ...base, type: z.literal('platform.warning'), code: z.string().max(64).optional(), message: z.string().max(500) }),
  z.object({ ...base, type: z.literal('stream.end') }),
]);
export type LiveEvent = z.infer<typeof LiveEvent>;
export type LiveEventType = LiveEvent['type'];
export type EventOf<T extends LiveEventType> = Extract<LiveEvent, { type: T }>;

/** A batch of events pushed into the hub by a source (simulator, replay, connector). */
export const EventBatch = z.array(LiveEvent).max(10_000);

/**
 * The JSON Schema of one LiveEvent, generated from the zod schema above: what the ingest door
 * (POST /api/ingest, one event per NDJSON line) accepts. Served at /api/ingest/schema and written
 * to docs/ingest-events.schema.json (a test keeps that file current).
 */
export function liveEventJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(LiveEvent, { target: 'draft-2020-12' }), title: 'LiveDeck LiveEvent', description: 'One normalised live event (one line of the NDJSON ingest stream).' };
}
