/**
 * Weights of the refund-risk model (docs/refund-risk.md explains each one). Every uplift is a
 * share of the remaining headroom (1 − rate) and stays below 1, so the predicted rate stays below
 * 1 and rises with every signal. The built-ins below were fitted with `livedeck calibrate --refit`
 * on simulated sessions of every preset (docs/refund-risk.md, "Calibration"); the hub uses a
 * fitted file instead when it loads one (weightsFile.ts).
 */
export interface RiskWeights {
  /**
   * Refunds requested within EARLY_REFUND_MS of payment, as a share x of GMV, project the final
   * rate x ÷ finalShare; it counts with credibility n ÷ (n + prior) (n paid orders) where it
   * exceeds the base rate.
   */
  earlyRefunds: { finalShare: number; prior: number };
  /** Complaint/refund comments per order y = n / (orders + prior): max · y / (y + half). */
  negativeComments: { max: number; half: number; prior: number };
  /** Unanswered size/colour questions per order z = q / (orders + prior): max · z / (z + half). */
  unansweredQuestions: { max: number; maxSensitive: number; half: number; prior: number };
  /**
   * Share p of orders sold under pressure, above the share a calm show has anyway (impulse buyers
   * who watched under a minute): max · max(0, p − normalShare) ÷ (1 − normalShare).
   */
  pressureSelling: { max: number; normalShare: number };
  /** Price-claim lint findings c: max · c / (c + half). */
  priceClaims: { max: number; half: number };
}

/**
 * Fitted 2026-12-04 on 12 simulated sessions (small ×3, medium ×3, medium pressure-selling ×3,
 * top ×3; `livedeck calibrate --refit`, docs/refund-risk.md). The simulator's refunds do not depend
 * on comments, questions or price claims, so their maxima fitted to 0 (their half-saturations and
 * priors are the earlier judgement values); refit on real recordings to give them weight.
 */
export const RISK_WEIGHTS: RiskWeights = {
  earlyRefunds: { finalShare: 0.46, prior: 10 },
  negativeComments: { max: 0, half: 0.15, prior: 20 },
  unansweredQuestions: { max: 0, maxSensitive: 0, half: 0.2, prior: 20 },
  pressureSelling: { max: 0.72, normalShare: 0.22 },
  priceClaims: { max: 0, half: 1 },
};
