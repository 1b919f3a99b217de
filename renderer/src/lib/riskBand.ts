/**
 * Refund-risk banding for the UI. The band itself (excess over the category norm and money at
 * stake) has ONE copy, shared with the hub's alerts: shared/domain/refundRisk/band.ts.
 */
export { riskBand, riskExcess, EXCESS_ELEVATED, EXCESS_HIGH, MONEY_AT_STAKE_HIGH, type RiskBand } from '../../../shared/domain/refundRisk/band';

/**
 * Absolute colour scale of a refund rate (0..1) for the 复盘 only (after the show, against
 * realised refunds). Live figures band with riskBand above.
 */
export type RateBand = 'low' | 'mid' | 'high';
export const RISK_MID = 0.2;
export const RISK_HIGH = 0.35;

export function rateBand(rate: number): RateBand {
  if (rate >= RISK_HIGH) return 'high';
  if (rate >= RISK_MID) return 'mid';
  return 'low';
}
