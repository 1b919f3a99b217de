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
   * exceeds the base rate by more than its sampling noise, noise ÷ √n (absent = 0).
   */
  earlyRefunds: { finalShare: number; prior: number; noise?: number };
  /** Complaint/refund comments per order y = n / (orders + prior): max · y / (y + half). */
  negativeComments: { max: number; half: number; prior: number };
  /** Unanswered size/colour questions per order z = q / (orders + prior): max · z / (z + half). */
  unansweredQuestions: { max: number; maxSensitive: number; half: number; prior: number };
  /**
   * Share p of orders sold under pressure, above the share a calm show has anyway (impulse buyers
   * who watched under a minute) and beyond its sampling noise, noise ÷ √n (n paid orders; absent = 0):
   * max · max(0, p − normalShare − noise ÷ √n) ÷ (1 − normalShare).
   */
  pressureSelling: { max: number; normalShare: number; noise?: number };
  /** Price-claim lint findings c: max · c / (c + half). */
  priceClaims: { max: number; half: number };
  /**
   * When refunds are requested before shipment: a log-normal delay after payment with this median
   * (minutes) and sigma. With earlyRefunds.finalShare it gives the share of an order's eventual
   * refund already requested by its age (refundDelay.ts), which conditions the orders not refunded yet.
   */
  refundDelay: { median: number; sigma: number };
}

/**
 * Refit 2026-12-05 on 12 simulated sessions (small 6 h ×3, medium ×3, medium pressure-selling ×3,
 * top 10 min ×3; `livedeck calibrate --refit … --hold negativeComments.max,unansweredQuestions.max,
 * priceClaims.max`, docs/refund-risk.md). How refunds are timed is measured on the same recordings,
 * not fitted: 34 % of the refund amount is requested within 30 minutes of payment, pre-shipment
 * requests after a median 5.4 minutes (sigma 0.84). The early-refund evidence gets little
 * credibility (prior 200 orders): in the simulator a product has no refund rate of its own beyond
 * its category, pressure and impulse buyers, so its early refunds are mostly noise. The noise
 * margins are not fitted: each is about one binomial standard error of its share on one order
 * (early refunds projected: √(s·b(1 − s·b)) ÷ s ≈ 1 at b = 0.5; pressured share: √(p₀(1 − p₀)) ≈ 0.4),
 * so a share counts only where it stands out of its own noise. The simulator's refunds do not depend
 * on comments, questions or price claims, so those are held at 0 (their half-saturations and priors
 * are the earlier judgement values); refit on real recordings.
 */
export const RISK_WEIGHTS: RiskWeights = {
  earlyRefunds: { finalShare: 0.34, prior: 200, noise: 1 },
  negativeComments: { max: 0, half: 0.15, prior: 20 },
  unansweredQuestions: { max: 0, maxSensitive: 0, half: 0.2, prior: 20 },
  pressureSelling: { max: 0.95, normalShare: 0.19, noise: 0.4 },
  priceClaims: { max: 0, half: 1 },
  refundDelay: { median: 5.41, sigma: 0.84 },
};
