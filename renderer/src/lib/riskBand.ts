/** Colour band of a predicted refund rate (0..1): the same thresholds everywhere in the UI. */
export type RiskBand = 'low' | 'mid' | 'high';
export const RISK_MID = 0.2;
export const RISK_HIGH = 0.35;

export function riskBand(rate: number): RiskBand {
  if (rate >= RISK_HIGH) return 'high';
  if (rate >= RISK_MID) return 'mid';
  return 'low';
}
