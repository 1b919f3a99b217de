import type { RefundRisk, RiskReason, RiskReasonCode } from '../../protocol/metrics';
import { RISK_WEIGHTS, type RiskWeights } from './weights';

/** What the model knows about one product (or any slice of sales). Money in fen. */
export interface RiskSignals {
  /** Category base refund rate, 0..1. */
  baseRate: number;
  /** Category key for the explanation, e.g. "apparel.women" (the renderer names it). */
  category: string;
  /** Size or colour decides whether the item fits (apparel, shoes…). */
  sizeColourSensitive: boolean;
  /** Paid GMV, fen. */
  gmv: number;
  paidOrders: number;
  /** Refund amount requested so far, fen. */
  refundRequested: number;
  /** Refund amount requested within 30 minutes of payment, fen. */
  earlyRefund: number;
  earlyRefundOrders: number;
  /** Complaint and refund comments about the product. */
  negativeComments: number;
  /** Size/colour questions nobody marked answered. */
  unansweredQuestions: number;
  /** Orders paid right after an urgency cue or by buyers who watched under a minute. */
  pressuredOrders: number;
  /** Price-claim lint findings for the product (list price, "lowest anywhere", subsidy claims). */
  priceClaimFindings: number;
}

export const emptySignals = (): RiskSignals => ({
  baseRate: 0, category: 'other', sizeColourSensitive: false, gmv: 0, paidOrders: 0,
  refundRequested: 0, earlyRefund: 0, earlyRefundOrders: 0, negativeComments: 0,
  unansweredQuestions: 0, pressuredOrders: 0, priceClaimFindings: 0,
});

const nonNeg = (x: number) => (x > 0 && Number.isFinite(x) ? x : 0);
const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);
const saturate = (x: number, half: number) => x / (x + half);

/** A share of GMV that is monotone in the amount: amount ÷ GMV (1 when there is no GMV but some amount). */
function shareOfGmv(amount: number, gmv: number): number {
  if (amount <= 0) return 0;
  return gmv > 0 ? Math.min(1, amount / gmv) : 1;
}

interface Uplift { code: RiskReasonCode; u: number; params: RiskReason['params'] }

/**
 * Predicted refund rate of one product: the category base rate raised by each risk signal,
 *   predicted = 1 − (1 − base) · Π (1 − uᵢ),   rate = max(predicted, refunds already requested ÷ GMV),
 * with every uᵢ ∈ [0, 1) non-decreasing in its signal, so the rate is monotone in every signal.
 * The early-refund uplift is the credible part of what early refunds project above the base,
 * beyond the share's sampling noise:
 *   base + u·(1 − base) = base + n/(n + prior) · max(0, min(1, early ÷ finalShare) − base − noise/√n),
 * non-decreasing in the base rate too. Reasons split the rate exactly: base + uplift shares (in
 * proportion to −ln(1 − uᵢ)) + the excess of refunds already requested over the prediction.
 * Model and weights: docs/refund-risk.md.
 */
export function assessRefundRisk(input: RiskSignals, W: RiskWeights = RISK_WEIGHTS): RefundRisk {
  const base = clamp01(nonNeg(input.baseRate));
  const gmv = nonNeg(input.gmv);
  const orders = nonNeg(input.paidOrders);
  const uplifts: Uplift[] = [];

  const early = shareOfGmv(nonNeg(input.earlyRefund), gmv);
  const projected = W.earlyRefunds.finalShare > 0 ? Math.min(1, early / W.earlyRefunds.finalShare) : 0;
  // An excess counts only beyond its sampling noise (noise ÷ √n): on a handful of orders one
  // refund moves the share by tens of points, and a one-sided max(0, ·) of a noisy share is biased
  // upwards (docs/refund-risk.md, "Small rooms").
  const earlyExcess = orders > 0 ? projected - base - nonNeg(W.earlyRefunds.noise ?? 0) / Math.sqrt(orders) : 0;
  if (early > 0 && earlyExcess > 0 && orders > 0) {
    const credibility = orders / (orders + nonNeg(W.earlyRefunds.prior));
    uplifts.push({
      code: 'early_refunds',
      u: (credibility * earlyExcess) / (1 - base),
      params: { orders: nonNeg(input.earlyRefundOrders), amount: nonNeg(input.earlyRefund), share: early },
    });
  }
  const neg = nonNeg(input.negativeComments);
  if (neg > 0) {
    const y = neg / (orders + W.negativeComments.prior);
    uplifts.push({
      code: 'negative_comments',
      u: W.negativeComments.max * saturate(y, W.negativeComments.half),
      params: { count: neg },
    });
  }
  const q = nonNeg(input.unansweredQuestions);
  if (q > 0) {
    const z = q / (orders + W.unansweredQuestions.prior);
    const max = input.sizeColourSensitive ? W.unansweredQuestions.maxSensitive : W.unansweredQuestions.max;
    uplifts.push({
      code: 'unanswered_questions',
      u: max * saturate(z, W.unansweredQuestions.half),
      params: { count: q, sensitive: input.sizeColourSensitive ? 1 : 0 },
    });
  }
  const pressured = nonNeg(input.pressuredOrders);
  if (pressured > 0 && orders > 0) {
    const p = Math.min(1, pressured / orders);
    const normal = W.pressureSelling.normalShare;
    const excess = p - normal - nonNeg(W.pressureSelling.noise ?? 0) / Math.sqrt(orders);
    if (excess > 0) {
      uplifts.push({
        code: 'pressure_selling',
        u: (W.pressureSelling.max * excess) / (1 - normal),
        params: { share: p },
      });
    }
  }
  const claims = nonNeg(input.priceClaimFindings);
  if (claims > 0) {
    uplifts.push({
      code: 'price_claims',
      u: W.priceClaims.max * saturate(claims, W.priceClaims.half),
      params: { count: claims },
    });
  }

  let keep = 1 - base;
  let logSum = 0;
  // A signal whose weight is 0 (fitted away) explains nothing: no reason line for it.
  for (let k = uplifts.length - 1; k >= 0; k--) if (!(uplifts[k]!.u > 0)) uplifts.splice(k, 1);
  for (const x of uplifts) {
    keep *= 1 - x.u;
    logSum += -Math.log1p(-x.u);
  }
  const predicted = clamp01(1 - keep);
  const requested = shareOfGmv(nonNeg(input.refundRequested), gmv);
  const rate = Math.max(predicted, requested);

  const reasons: RiskReason[] = [{
    code: 'base', contribution: base,
    params: { category: input.category, rate: base },
  }];
  const upliftTotal = predicted - base;
  for (const x of uplifts) {
    const share = logSum > 0 ? -Math.log1p(-x.u) / logSum : 0;
    reasons.push({ code: x.code, contribution: upliftTotal * share, params: x.params });
  }
  if (requested > predicted) {
    reasons.push({
      code: 'refunds_requested',
      contribution: requested - predicted,
      params: { amount: nonNeg(input.refundRequested), share: requested },
    });
  }
  reasons.sort((a, b) => b.contribution - a.contribution);
  return { rate, atRisk: Math.round(rate * gmv), norm: base, excessAtRisk: Math.round(Math.max(0, rate - base) * gmv), reasons };
}

/**
 * Room (or any group) risk from its products' risks: GMV-weighted (equal weights when nothing
 * has sold yet). Reason contributions are combined with the same weights, so they still add up
 * to the rate; the norm is weighted the same way; money at risk (and beyond the norm) is the sum
 * over products.
 */
export function combineRefundRisk(parts: ReadonlyArray<{ gmv: number; risk: RefundRisk }>): RefundRisk {
  if (parts.length === 0) return { rate: 0, atRisk: 0, norm: 0, excessAtRisk: 0, reasons: [] };
  let total = 0;
  for (const p of parts) total += nonNeg(p.gmv);
  let rate = 0;
  let atRisk = 0;
  let norm = 0;
  let excessAtRisk = 0;
  const byCode = new Map<RiskReasonCode, { code: RiskReasonCode; contribution: number; products: number }>();
  for (const p of parts) {
    const w = total > 0 ? nonNeg(p.gmv) / total : 1 / parts.length;
    rate += w * p.risk.rate;
    atRisk += p.risk.atRisk;
    norm += w * p.risk.norm;
    excessAtRisk += p.risk.excessAtRisk;
    if (w === 0) continue;
    for (const r of p.risk.reasons) {
      const acc = byCode.get(r.code);
      if (acc) { acc.contribution += w * r.contribution; acc.products++; }
      else byCode.set(r.code, { code: r.code, contribution: w * r.contribution, products: 1 });
    }
  }
  const weighted = total > 0 ? 1 : 0;
  const reasons: RiskReason[] = [...byCode.values()]
    .map(({ products, ...r }) => ({ ...r, params: { products, weighted } }))
    .sort((a, b) => b.contribution - a.contribution);
  return { rate: clamp01(rate), atRisk, norm: clamp01(norm), excessAtRisk, reasons };
}
