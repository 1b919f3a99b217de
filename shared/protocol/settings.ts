import { z } from 'zod';

/** Alert thresholds; the team can change them live (command `settings.alerts`). */
export const AlertThresholds = z.object({
  /** Viewer drop within one minute that raises an alert, ratio 0..1. */
  viewerDrop: z.number().min(0.01).max(1),
  // `refundRisk` (an absolute predicted rate) is gone: refund-risk alerts follow the band against
  // the category norm (shared/domain/refundRisk/band.ts). Stored settings and journals that still
  // carry it parse as before; zod drops the unknown key (test/unit/refundRisk/settingsMigration.test.ts).
  /** Stock (incl. activity stock) below which stock is low (库存告急). */
  stockLow: z.number().int().min(0).max(100_000),
  /** Minutes a slot may be on air before a conversion shortfall counts. */
  conversionGraceMin: z.number().min(0).max(120),
  /** Seconds of overtime after which the overtime alert turns critical. */
  overtimeCriticalSec: z.number().int().min(0).max(3600),
});
export type AlertThresholds = z.infer<typeof AlertThresholds>;

/** Timings of the live actions' guards and of cues; the team can change them live (command `settings.live`). */
export const LiveTimings = z.object({
  /** A second take-next / skip within this window asks for a confirmation instead of acting, ms. */
  repeatWindowMs: z.number().int().min(0).max(10_000),
  /** How long a queue action can be undone, ms. */
  undoWindowMs: z.number().int().min(1000).max(120_000),
  /** A fired cue leaves the prompter after this many minutes even when nobody acknowledged it. */
  cueExpiryMin: z.number().min(0.5).max(120),
});
export type LiveTimings = z.infer<typeof LiveTimings>;

export const DEFAULT_LIVE_TIMINGS: LiveTimings = { repeatWindowMs: 1500, undoWindowMs: 10_000, cueExpiryMin: 5 };

/** Room settings the team changes live. */
export const RoomSettings = z.object({
  alertThresholds: AlertThresholds,
  /** Optional for rooms and journals made before issue 14; read through `liveTimings()`. */
  liveTimings: LiveTimings.optional(),
});
export type RoomSettings = z.infer<typeof RoomSettings>;

/** The room's live timings, the defaults filling what it does not set. */
export function liveTimings(settings: RoomSettings | null | undefined): LiveTimings {
  return { ...DEFAULT_LIVE_TIMINGS, ...settings?.liveTimings };
}
