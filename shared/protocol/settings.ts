import { z } from 'zod';

/** Alert thresholds; the team can change them live (command `settings.alerts`). */
export const AlertThresholds = z.object({
  /** Viewer drop within one minute that raises an alert, ratio 0..1. */
  viewerDrop: z.number().min(0.01).max(1),
  /** Predicted refund rate (room or on-air product) that raises an alert, 0..1. */
  refundRisk: z.number().min(0.01).max(1),
  /** Stock (incl. activity stock) below which stock is low (库存告急). */
  stockLow: z.number().int().min(0).max(100_000),
  /** Minutes a slot may be on air before a conversion shortfall counts. */
  conversionGraceMin: z.number().min(0).max(120),
  /** Seconds of overtime after which the overtime alert turns critical. */
  overtimeCriticalSec: z.number().int().min(0).max(3600),
});
export type AlertThresholds = z.infer<typeof AlertThresholds>;

/** Room settings the team changes live. */
export const RoomSettings = z.object({
  alertThresholds: AlertThresholds,
});
export type RoomSettings = z.infer<typeof RoomSettings>;
