import type { RefundRisk, RiskReason } from '../../protocol/metrics';
import { RISK_WEIGHTS as W } from './weights';

/** What the model knows about one product (or any slice of sales). Money in fen. */
export interface RiskSignals {
  /** Category base refund rate, 0..1. */
  baseRate: number;
  /** Category name for the explanation, e.g. "女装". */
  categoryName: string;
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
  /** Price-claim lint findings for the product (原价 / 全网最低 / 补贴 problems). */
  priceClaimFindings: number;
}

export const emptySignals = (): RiskSignals => ({
  baseRate: 0, categoryName: '其他', sizeColourSensitive: false, gmv: 0, paidOrders: 0,
  refundRequested: 0, earlyRefund: 0, earlyRefundOrders: 0, negativeComments: 0,
  unansweredQuestions: 0, pressuredOrders: 0, priceClaimFindings: 0,
});

const nonNeg = (x: number) => (x > 0 && Number.isFinite(x) ? x : 0);
const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);
const saturate = (x: number, half: number) => x / (x + half);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;

/** A share of GMV that is monotone in the amount: amount ÷ GMV (1 when there is no GMV but some amount). */
function shareOfGmv(amount: number, gmv: number): number {
  if (amount <= 0) return 0;
  return gmv > 0 ? Math.min(1, amount / gmv) : 1;
}

interface Uplift { code: string; label: string; u: number; detail: string }

/**
 * Predicted refund rate of one product: the category base rate raised by each risk signal,
 *   predicted = 1 − (1 − base) · Π (1 − uᵢ),   rate = max(predicted, refunds already requested ÷ GMV),
 * with every uᵢ ∈ [0, 1) non-decreasing in its signal, so the rate is monotone in every signal.
 * Reasons split the rate exactly: base + uplift shares (in proportion to −ln(1 − uᵢ)) + the excess
 * of refunds already requested over the prediction. Model and weights: docs/refund-risk.md.
 */
export function assessRefundRisk(input: RiskSignals): RefundRisk {
  const base = clamp01(nonNeg(input.baseRate));
  const gmv = nonNeg(input.gmv);
  const orders = nonNeg(input.paidOrders);
  const uplifts: Uplift[] = [];

  const early = shareOfGmv(nonNeg(input.earlyRefund), gmv);
  if (early > 0) {
    uplifts.push({
      code: 'early_refunds', label: '支付后短时间内退款',
      u: W.earlyRefunds.max * saturate(early, W.earlyRefunds.half),
      detail: `${nonNeg(input.earlyRefundOrders)} 笔订单在支付后 30 分钟内申请退款，共 ${yuan(nonNeg(input.earlyRefund))}，占成交 ${pct(early)}（冲动下单的信号）`,
    });
  }
  const neg = nonNeg(input.negativeComments);
  if (neg > 0) {
    const y = neg / (orders + W.negativeComments.prior);
    uplifts.push({
      code: 'negative_comments', label: '差评/退货类评论',
      u: W.negativeComments.max * saturate(y, W.negativeComments.half),
      detail: `${neg} 条质量、假货、尺码、色差或退货类评论`,
    });
  }
  const q = nonNeg(input.unansweredQuestions);
  if (q > 0) {
    const z = q / (orders + W.unansweredQuestions.prior);
    const max = input.sizeColourSensitive ? W.unansweredQuestions.maxSensitive : W.unansweredQuestions.max;
    uplifts.push({
      code: 'unanswered_questions', label: '尺码/颜色问题未回复',
      u: max * saturate(z, W.unansweredQuestions.half),
      detail: `${q} 个尺码/颜色问题未标记为已回复${input.sizeColourSensitive ? '（该类目尺码/颜色敏感）' : ''}`,
    });
  }
  const pressured = nonNeg(input.pressuredOrders);
  if (pressured > 0 && orders > 0) {
    const p = Math.min(1, pressured / orders);
    uplifts.push({
      code: 'pressure_selling', label: '逼单式成交',
      u: W.pressureSelling.max * p,
      detail: `${pct(p)} 的订单在限时/补货提示后 2 分钟内或进入直播间不足 1 分钟即支付`,
    });
  }
  const claims = nonNeg(input.priceClaimFindings);
  if (claims > 0) {
    uplifts.push({
      code: 'price_claims', label: '价格宣称问题',
      u: W.priceClaims.max * saturate(claims, W.priceClaims.half),
      detail: `${claims} 处价格宣称不合规（原价、全网最低、补贴等）`,
    });
  }

  let keep = 1 - base;
  let logSum = 0;
  for (const x of uplifts) {
    keep *= 1 - x.u;
    logSum += -Math.log1p(-x.u);
  }
  const predicted = clamp01(1 - keep);
  const requested = shareOfGmv(nonNeg(input.refundRequested), gmv);
  const rate = Math.max(predicted, requested);

  const reasons: RiskReason[] = [{
    code: 'base', label: '类目基础退货率', contribution: base,
    detail: `${input.categoryName}类目直播成交的基础退货率约 ${pct(base)}`,
  }];
  const upliftTotal = predicted - base;
  for (const x of uplifts) {
    const share = logSum > 0 ? -Math.log1p(-x.u) / logSum : 0;
    reasons.push({ code: x.code, label: x.label, contribution: upliftTotal * share, detail: x.detail });
  }
  if (requested > predicted) {
    reasons.push({
      code: 'refunds_requested', label: '已申请退款',
      contribution: requested - predicted,
      detail: `已申请退款 ${yuan(nonNeg(input.refundRequested))}，占成交 ${pct(requested)}，高于模型预测`,
    });
  }
  reasons.sort((a, b) => b.contribution - a.contribution);
  return { rate, atRisk: Math.round(rate * gmv), reasons };
}

/**
 * Room (or any group) risk from its products' risks: GMV-weighted (equal weights when nothing
 * has sold yet). Reason contributions are combined with the same weights, so they still add up
 * to the rate; money at risk is the sum over products.
 */
export function combineRefundRisk(parts: ReadonlyArray<{ gmv: number; risk: RefundRisk }>): RefundRisk {
  if (parts.length === 0) return { rate: 0, atRisk: 0, reasons: [] };
  let total = 0;
  for (const p of parts) total += nonNeg(p.gmv);
  let rate = 0;
  let atRisk = 0;
  const byCode = new Map<string, RiskReason & { products: number }>();
  for (const p of parts) {
    const w = total > 0 ? nonNeg(p.gmv) / total : 1 / parts.length;
    rate += w * p.risk.rate;
    atRisk += p.risk.atRisk;
    if (w === 0) continue;
    for (const r of p.risk.reasons) {
      const acc = byCode.get(r.code);
      if (acc) { acc.contribution += w * r.contribution; acc.products++; }
      else byCode.set(r.code, { code: r.code, label: r.label, contribution: w * r.contribution, products: 1 });
    }
  }
  const basis = total > 0 ? '按成交额加权' : '尚无成交，按商品平均';
  const reasons: RiskReason[] = [...byCode.values()]
    .map(({ products, ...r }) => ({ ...r, detail: `${products} 个商品，${basis}` }))
    .sort((a, b) => b.contribution - a.contribution);
  return { rate: clamp01(rate), atRisk, reasons };
}
