import { z } from 'zod';
import { EpochMs } from './common';
import { RoomEventType } from './roomEvents';

/** Outgoing webhooks (issue 17): the producer's list, each with its delivery status. */
export const MAX_WEBHOOKS = 20;

/** Why a delivery attempt failed, as a code the renderer words (with `status` for http_status). */
export const WEBHOOK_ERROR_CODES = ['http_status', 'timeout', 'unreachable', 'network'] as const;
export const WebhookErrorCode = z.enum(WEBHOOK_ERROR_CODES);
export type WebhookErrorCode = z.infer<typeof WebhookErrorCode>;

export const WebhookError = z.object({ code: WebhookErrorCode, status: z.number().int().optional(), at: EpochMs });
export type WebhookError = z.infer<typeof WebhookError>;

/** http(s)://host[:port][/path…], no user:password@ (shared/ has no URL parser: checked by shape; the hub parses it again). */
const URL_SHAPE = /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i;
export const WebhookUrl = z.string().max(2000).refine((s) => URL_SHAPE.test(s), { message: 'an http:// or https:// URL (no user:password@)' });

export const AddWebhookBody = z.object({
  url: WebhookUrl,
  events: z.array(RoomEventType).min(1).max(10),
  /** The HMAC key; the hub makes one when absent (shown once, in the reply). */
  secret: z.string().min(8).max(200).optional(),
});

export const WebhookStatus = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(RoomEventType),
  createdAt: EpochMs,
  /** The secret's last 4 characters (the secret itself is shown once, when added). */
  secretHint: z.string(),
  /**
   * idle: nothing sent yet; ok: the last delivery arrived; retrying: the current delivery failed and
   * waits for its next attempt; failed: the last delivery was given up after its attempts.
   */
  state: z.enum(['idle', 'ok', 'retrying', 'failed']),
  delivered: z.number().int().min(0),
  /** Deliveries given up. */
  failures: z.number().int().min(0),
  /** Events waiting to be sent. */
  queued: z.number().int().min(0),
  /** Events dropped because the queue was full (a receiver down for long). */
  dropped: z.number().int().min(0),
  lastDeliveryAt: EpochMs.nullable(),
  lastError: WebhookError.nullable(),
});
export type WebhookStatus = z.infer<typeof WebhookStatus>;
