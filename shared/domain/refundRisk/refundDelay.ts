import { EARLY_REFUND_MS, MINUTE_MS } from '../metrics/constants';
import type { RiskWeights } from './weights';

/** erf, Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7). */
function erf(x: number): number {
  const s = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-a * a);
  return s * y;
}

/** Log-normal CDF of a delay in ms, with its median in minutes. */
function delayCdf(ageMs: number, medianMin: number, sigma: number): number {
  if (!(ageMs > 0)) return 0;
  return 0.5 * (1 + erf(Math.log(ageMs / (medianMin * MINUTE_MS)) / (sigma * Math.SQRT2)));
}

/**
 * G(age): the share of an order's eventual refund already requested by the time the order is
 * `ageMs` old. Refunds requested in the stream (before shipment) follow a log-normal delay F
 * (weights `refundDelay`); early refunds — the first EARLY_REFUND_MS — are `finalShare` of the
 * eventual refunds, so G(age) = min(1, finalShare · F(age) ÷ F(EARLY_REFUND_MS)). The rest comes
 * back after delivery, days later (docs/refund-risk.md, "The simulator's refund process").
 */
export function requestedShareByAge(ageMs: number, W: RiskWeights): number {
  const { median, sigma } = W.refundDelay;
  const atEarly = delayCdf(EARLY_REFUND_MS, median, sigma);
  if (!(atEarly > 0)) return 0;
  return Math.min(1, (W.earlyRefunds.finalShare * delayCdf(ageMs, median, sigma)) / atEarly);
}

/**
 * P(refunded eventually | no request by an age where the share G has been requested), for an
 * order that refunds with probability p: p·(1 − G) ÷ (1 − p·G). Non-decreasing in p; p at G = 0.
 */
export function remainingRefundProbability(p: number, g: number): number {
  const denominator = 1 - p * g;
  return denominator > 1e-12 ? (p * (1 - g)) / denominator : p >= 1 ? 1 : 0;
}
