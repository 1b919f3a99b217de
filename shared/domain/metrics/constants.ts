/** Window and cap constants of the metric engine (docs/metrics.md). */
export const SECOND_MS = 1_000;
export const MINUTE_MS = 60_000;
/** Rolling windows, seconds. */
export const WINDOW_1M = 60;
export const WINDOW_5M = 300;
export const WINDOW_15M = 900;
/** prev5 looks this far back. */
export const PREV_OFFSET_S = 300;
/** Per-second checkpoints kept: enough for a 15-minute window ending 5 minutes ago, plus slack. */
export const CHECKPOINT_SECONDS = WINDOW_15M + PREV_OFFSET_S + 60;
/** Per-minute series points kept (6 hours). */
export const SERIES_CAP = 360;
/** A refund requested this soon after payment is an early (pre-shipment, impulse) refund. */
export const EARLY_REFUND_MS = 30 * MINUTE_MS;
/**
 * Paid money is kept by minute of payment this long for the refund-risk model (refundExposure.ts);
 * older money is one total whose age reads as this (pre-shipment refunds come within ~90 min of
 * payment in the simulator, 99.7 % within an hour: docs/refund-risk.md).
 */
export const REFUND_EXPOSURE_MS = 60 * MINUTE_MS;
/** Orders paid this soon after an urgency cue (flash sale, restock) count as pressure-sold. */
export const URGENCY_WINDOW_MS = 2 * MINUTE_MS;
/** Buyers who paid this soon after entering count as pressure-sold (very short watch time). */
export const SHORT_WATCH_MS = 60 * SECOND_MS;
/** Cue kinds that create urgency. */
export const URGENCY_CUES: ReadonlySet<string> = new Set(['flash_sale', 'restock']);
/** Open size/colour questions remembered per product (beyond that they are only counted). */
export const PENDING_QUESTIONS_CAP = 500;
