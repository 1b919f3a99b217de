import { z } from 'zod';
import { EpochMs, Fen, Id } from './common';
import { CueKind, PLATFORMS } from './events';
import { ALERT_CODES, ALERT_KINDS, AlertParams, Intent, Topic } from './room';

/**
 * Room events going OUT of the hub (issue 17): the read-only event stream (`GET /api/events`,
 * Server-Sent Events) and outgoing webhooks carry these, one JSON object per event. The hub
 * derives them from what it publishes (deltas) and from the events it accepted (orders).
 */
export const ROOM_EVENT_TYPES = ['on_air', 'comment', 'order', 'alert', 'cue', 'question'] as const;
export const RoomEventType = z.enum(ROOM_EVENT_TYPES);
export type RoomEventType = z.infer<typeof RoomEventType>;

const head = {
  /** Unique in this hub's run (`<seq>.<n>`): a receiver may drop repeats by it. */
  id: z.string(),
  at: EpochMs,
  roomId: Id,
};

export const RoomEvent = z.discriminatedUnion('type', [
  /** Another slot went on air (or none: `slotId` null, the show ended or an undo emptied the air). */
  z.object({
    ...head, type: z.literal('on_air'),
    data: z.object({ slotId: Id.nullable(), productId: Id.nullable(), name: z.string().nullable(), previousSlotId: Id.nullable() }),
  }),
  z.object({
    ...head, type: z.literal('comment'),
    data: z.object({ commentId: Id, nickname: z.string(), text: z.string(), intent: Intent, topic: Topic.nullable(), productId: z.string().nullable() }),
  }),
  /** A paid order (`order.paid` accepted by the hub). */
  z.object({
    ...head, type: z.literal('order'),
    data: z.object({ orderId: Id, productId: Id, quantity: z.number().int(), amount: Fen, platform: z.enum(PLATFORMS) }),
  }),
  /** An alert raised (a new alert id); `code` + `params` as the console words them. */
  z.object({
    ...head, type: z.literal('alert'),
    data: z.object({
      alertId: Id, kind: z.enum(ALERT_KINDS), code: z.enum(ALERT_CODES), severity: z.enum(['info', 'warning', 'critical']),
      productId: z.string().nullable(), params: AlertParams,
    }),
  }),
  z.object({
    ...head, type: z.literal('cue'),
    data: z.object({
      cueId: Id, kind: CueKind, note: z.string(), state: z.enum(['fired', 'acked', 'withdrawn']), slotId: z.string().nullable(),
      code: z.string().optional(), countdownSec: z.number().int().optional(),
    }),
  }),
  /** A viewer question pushed to the prompter (and the question overlay). */
  z.object({
    ...head, type: z.literal('question'),
    data: z.object({ commentId: Id, nickname: z.string(), text: z.string(), pushedBy: z.string() }),
  }),
]);
export type RoomEvent = z.infer<typeof RoomEvent>;
export type RoomEventOf<T extends RoomEventType> = Extract<RoomEvent, { type: T }>;

/**
 * One webhook delivery's body (JSON, signed): the events queued for the webhook since the last
 * delivery (at most WEBHOOK_BATCH), oldest first. `test: true` on a test delivery (no events).
 */
export const WEBHOOK_BATCH = 50;
export const WebhookDelivery = z.object({
  deliveryId: z.string(),
  webhookId: z.string(),
  sentAt: EpochMs,
  events: z.array(RoomEvent),
  test: z.boolean().optional(),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

/** Headers of every webhook delivery. The signature is `sha256=<hex HMAC-SHA256(secret, raw body)>`. */
export const WEBHOOK_HEADERS = {
  signature: 'x-livedeck-signature',
  delivery: 'x-livedeck-delivery',
  timestamp: 'x-livedeck-timestamp',
} as const;
