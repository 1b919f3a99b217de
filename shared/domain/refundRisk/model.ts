import type { RefundRisk, RiskReason, RiskReasonCode } from '../../protocol/metrics';
import { EARLY_REFUND_MS } from '../metrics/constants';
import { remainingRefundProbability, requestedShareByAge } from './refundDelay';
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
  /** Paid GMV (fen) and orders whose 30-minute early-refund window has closed. */
  closedGmv: number;
  closedOrders: number;
  /** Early refunds on that money, fen: the evidence the early-refund term reads, both ways. */
  closedEarlyRefund: number;
  /** Paid amount of the orders that have a refund request, fen: their outcome is known. */
  resolvedGmv: number;
  /**
   * Paid money of orders without a refund request, by age: [age ms, fen]. Money of the product's
   * GMV that is neither resolved nor listed here counts as just paid (age 0).
   */
  unrefunded: ReadonlyArray<readonly [number, number]>;
}

export const emptySignals = (): RiskSignals => ({
  baseRate: 0, category: 'other', sizeColourSensitive: false, gmv: 0, paidOrders: 0,
  refundRequested: 0, earlyRefund: 0, earlyRefundOrders: 0, negativeComments: 0,
  unansweredQuestions: 0, pressuredOrders: 0, priceClaimFindings: 0,
  closedGmv: 0, closedOrders: 0, closedEarlyRefund: 0, resolvedGmv: 0, unrefunded: [],
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
 * The early-refund evidence: early refunds on the money whose early window has closed project the
 * final rate early ÷ finalShare; its difference from the base rate counts beyond the sampling noise
 * (noise ÷ √n), with credibility n ÷ (n + prior), n = closed orders — upwards and downwards:
 *   start = base + n/(n + prior) · shrink(min(1, early ÷ finalShare) − base, noise/√n),
 * shrink(z, m) = sign(z)·max(0, |z| − m). Non-decreasing in the base rate and in the early refunds.
 */
function earlyEvidence(input: RiskSignals, base: number, W: RiskWeights): { shift: number; closedShare: number; orders: number } {
  const orders = nonNeg(input.closedOrders);
  const closedShare = shareOfGmv(nonNeg(input.closedEarlyRefund), nonNeg(input.closedGmv));
  if (!(orders > 0) || !(nonNeg(input.closedGmv) > 0) || !(W.earlyRefunds.finalShare > 0)) return { shift: 0, closedShare, orders };
  const projected = Math.min(1, closedShare / W.earlyRefunds.finalShare);
  const margin = nonNeg(W.earlyRefunds.noise ?? 0) / Math.sqrt(orders);
  const z = projected - base;
  const shrunk = z > margin ? z - margin : z < -margin ? z + margin : 0;
  return { shift: (orders / (orders + nonNeg(W.earlyRefunds.prior))) * shrunk, closedShare, orders };
}

/**
 * Expected refund of a product's GMV, fen, given what has been requested so far: the refunds
 * requested (a fact), plus each order without a request times the chance it still comes back at
 * its age, p·(1 − G(age)) ÷ (1 − p·G(age)) (refundDelay.ts). Non-decreasing in p and in the
 * amount requested. `aged`: the money without a request that is past its early window.
 */
function expectedRefund(input: RiskSignals, gmv: number, p: number, W: RiskWeights): { amount: number; aged: number } {
  const requested = Math.min(gmv, nonNeg(input.refundRequested));
  let pending = gmv - Math.min(gmv, Math.max(nonNeg(input.resolvedGmv), requested));
  let amount = requested;
  let aged = 0;
  for (const [age, money] of input.unrefunded) {
    const m = Math.min(pending, nonNeg(money));
    if (!(m > 0)) continue;
    pending -= m;
    amount += m * remainingRefundProbability(p, requestedShareByAge(nonNeg(age), W));
    if (age >= EARLY_REFUND_MS) aged += m;
  }
  return { amount: amount + pending * p, aged };
}

/**
 * Refund rate of one product. The model's rate p is the category base rate, moved by the
 * early-refund evidence (earlyEvidence), and raised by each risk signal:
 *   p = 1 − (1 − start) · Π (1 − uᵢ),
 * with every uᵢ ∈ [0, 1) non-decreasing in its signal. The rate is then the expected refund of
 * the product's GMV given the refunds requested so far and the age of the orders without one
 * (expectedRefund) ÷ GMV — p itself before any GMV. Reasons split the rate exactly: base, the
 * early-refund shift (`early_refunds` up, `early_refunds_low` down), the uplifts (in proportion
 * to −ln(1 − uᵢ)), and what the refunds so far change (`refunds_requested` up, `no_refund_yet` down).
 * Model and weights: docs/refund-risk.md.
 */
export function assessRefundRisk(input: RiskSignals, W: RiskWeights = RISK_WEIGHTS): RefundRisk {
  const base = clamp01(nonNeg(input.baseRate));
  const gmv = nonNeg(input.gmv);
  const orders = nonNeg(input.paidOrders);
  const uplifts: Uplift[] = [];

  const early = earlyEvidence(input, base, W);
  const earlyParams = { orders: nonNeg(input.earlyRefundOrders), amount: nonNeg(input.earlyRefund), share: shareOfGmv(nonNeg(input.earlyRefund), gmv) };
  // Above the base the shift is an uplift like the others (a share of the headroom); below it
  // lowers the starting point.
  if (early.shift > 0 && base < 1) uplifts.push({ code: 'early_refunds', u: early.shift / (1 - base), params: earlyParams });
  const start = early.shift < 0 ? base + early.shift : base;
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

  let keep = 1 - start;
  let logSum = 0;
  // A signal whose weight is 0 (fitted away) explains nothing: no reason line for it.
  for (let k = uplifts.length - 1; k >= 0; k--) if (!(uplifts[k]!.u > 0)) uplifts.splice(k, 1);
  for (const x of uplifts) {
    keep *= 1 - x.u;
    logSum += -Math.log1p(-x.u);
  }
  const predicted = clamp01(1 - keep);
  const requested = shareOfGmv(nonNeg(input.refundRequested), gmv);
  let rate: number;
  let aged = 0;
  if (gmv > 0) {
    const expected = expectedRefund(input, gmv, predicted, W);
    rate = clamp01(expected.amount / gmv);
    aged = expected.aged;
  } else rate = Math.max(predicted, requested);

  const reasons: RiskReason[] = [{
    code: 'base', contribution: base,
    params: { category: input.category, rate: base },
  }];
  if (start < base) {
    reasons.push({
      code: 'early_refunds_low', contribution: start - base,
      params: { orders: early.orders, amount: nonNeg(input.closedEarlyRefund), share: early.closedShare },
    });
  }
  const upliftTotal = predicted - start;
  for (const x of uplifts) {
    const share = logSum > 0 ? -Math.log1p(-x.u) / logSum : 0;
    reasons.push({ code: x.code, contribution: upliftTotal * share, params: x.params });
  }
  // What the refunds so far say beyond p: more requested than orders of this age usually ask for, or
  // orders past their early window with no request (these refund less than p from now on).
  const soFar = rate - predicted;
  if (soFar > 1e-12) {
    reasons.push({
      code: 'refunds_requested',
      contribution: soFar,
      params: { amount: nonNeg(input.refundRequested), share: requested },
    });
  } else if (soFar < -1e-12) {
    reasons.push({
      code: 'no_refund_yet',
      contribution: soFar,
      params: { amount: aged, share: gmv > 0 ? aged / gmv : 0 },
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
