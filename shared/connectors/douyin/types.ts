import type { LiveEvent } from '../../protocol/events';

/** One network response as a browser saw it (CDP Network.* in Electron/Chromium, or one HAR entry). */
export interface CapturedResponse {
  url: string;
  method: string;
  status: number;
  mimeType?: string;
  /** Decoded body text; null when the body is unavailable (CDP error, HAR without content, truncated marker). */
  body: string | null;
  /** Epoch ms the response was received (HAR: startedDateTime + time). */
  ts: number;
}

/**
 * Endpoint families (one mapper file each): comments, online (viewer stats), interactions (entries, likes,
 * follows, fan-club joins), orders, cart (products / price / stock / 讲解 state).
 */
export const DOUYIN_FAMILIES = ['comments', 'online', 'interactions', 'orders', 'cart'] as const;
export type DouyinFamily = (typeof DOUYIN_FAMILIES)[number];

/** Why a response of a known endpoint gave no data. */
export const UNPARSED_REASONS = ['http_error', 'no_body', 'bad_json', 'unknown_shape', 'api_error'] as const;
export type UnparsedReason = (typeof UNPARSED_REASONS)[number];

export type MapOutcome =
  | { kind: 'mapped'; family: DouyinFamily; events: LiveEvent[] } // may be [] (a poll with nothing new is still 'mapped')
  | { kind: 'unparsed'; family: DouyinFamily; reason: UnparsedReason }
  | { kind: 'ignored' }; // not an endpoint we know (images, beacons, decoys)

export interface DouyinFamilyStats {
  mapped: number;
  unparsed: number;
  /** Unparsed responses by reason. */
  reasons: Record<UnparsedReason, number>;
}

export interface DouyinMapStats {
  /** Responses of known endpoints, per family. */
  families: Record<DouyinFamily, DouyinFamilyStats>;
  /** Responses of no known endpoint. */
  ignored: number;
  /** Events emitted (after de-duplication). */
  events: number;
  /** Items dropped because their platform id was already emitted (the same comment in several polls). */
  duplicates: number;
  /** Items of a well-formed response that could not be read (missing id, bad amount…): skipped, never thrown. */
  skippedItems: number;
}
