import { RISK_WEIGHTS, type RiskWeights } from '../../../shared/domain/refundRisk/weights';

/**
 * Weights with every signal switched on (the judgement values before the refit; early refunds
 * projecting strongly): for tests of how each signal reaches the model and becomes a reason,
 * independent of what the fit set to 0 on simulated data.
 */
export const EVERY_SIGNAL_WEIGHTS: RiskWeights = {
  earlyRefunds: { finalShare: 0.15, prior: 20 },
  negativeComments: { max: 0.35, half: 0.15, prior: 20 },
  unansweredQuestions: { max: 0.1, maxSensitive: 0.3, half: 0.2, prior: 20 },
  pressureSelling: { max: 0.3, normalShare: 0 },
  priceClaims: { max: 0.2, half: 1 },
  refundDelay: RISK_WEIGHTS.refundDelay,
};
