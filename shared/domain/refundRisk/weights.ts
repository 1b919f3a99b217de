/**
 * Weights of the refund-risk model (docs/refund-risk.md explains each one). Every uplift is a
 * share of the remaining headroom (1 − rate) and saturates below its `max`, so the predicted rate
 * stays below 1 and rises with every signal.
 */
export const RISK_WEIGHTS = {
  /** Refund requests within EARLY_REFUND_MS of payment, as a share x of GMV: max · x / (x + half). */
  earlyRefunds: { max: 0.5, half: 0.08 },
  /** Complaint/refund comments per order y = n / (orders + prior): max · y / (y + half). */
  negativeComments: { max: 0.35, half: 0.15, prior: 20 },
  /** Unanswered size/colour questions per order z = q / (orders + prior): max · z / (z + half). */
  unansweredQuestions: { max: 0.1, maxSensitive: 0.3, half: 0.2, prior: 20 },
  /** Share p of orders sold under pressure: max · p. */
  pressureSelling: { max: 0.3 },
  /** Price-claim lint findings c: max · c / (c + half). */
  priceClaims: { max: 0.2, half: 1 },
} as const;
