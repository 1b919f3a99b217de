/**
 * Refund-risk banding for the UI. The band itself (excess over the category norm and money at
 * stake) has ONE copy, shared with the hub's alerts: shared/domain/refundRisk/band.ts.
 */
export { riskBand, riskExcess, EXCESS_ELEVATED, EXCESS_HIGH, MONEY_AT_STAKE_HIGH, type RiskBand } from '../../../shared/domain/refundRisk/band';

