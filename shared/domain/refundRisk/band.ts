import type { RefundRisk } from '../../protocol/metrics';

/**
 * How a refund-risk figure reads on air: against the category's norm, not in absolute terms.
 * A women's-apparel room refunding 50 % is normal; what a producer can act on is the EXCESS over
 * the norm and the money that excess puts at stake. One copy: the hub's alerts and the renderer's
 * tile and queue column all band with this function.
 */
export type RiskBand = 'normal' | 'elevated' | 'high';
export const RISK_BANDS: readonly RiskBand[] = ['normal', 'elevated', 'high'];

/** Excess over the norm (ratio points) from which a figure is "elevated". */
export const EXCESS_ELEVATED = 0.05;
/** Excess over the norm (ratio points) that "high" needs… */
export const EXCESS_HIGH = 0.1;
/** …together with at least this much expected refund beyond the norm, fen (¥500). */
export const MONEY_AT_STAKE_HIGH = 50_000;

/** Predicted rate − category norm, ratio (negative when the room does better than its categories). */
export const riskExcess = (r: Pick<RefundRisk, 'rate' | 'norm'>): number => r.rate - r.norm;

/**
 * Band of a refund-risk figure. Without paid GMV there is no money beyond the norm, so the figure
 * is the category's prior and always "normal"; "elevated" needs a smaller excess with some money
 * behind it, "high" a real excess AND real money at stake.
 */
export function riskBand(r: Pick<RefundRisk, 'rate' | 'norm' | 'excessAtRisk'>): RiskBand {
  // Rounded to 1e-9 so that 0.6 − 0.5 (0.0999…98 in floating point) counts as 10 points.
  const excess = Math.round(riskExcess(r) * 1e9) / 1e9;
  if (!(r.excessAtRisk > 0)) return 'normal';
  if (excess >= EXCESS_HIGH && r.excessAtRisk >= MONEY_AT_STAKE_HIGH) return 'high';
  if (excess >= EXCESS_ELEVATED) return 'elevated';
  return 'normal';
}
