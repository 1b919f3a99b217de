import type { ProductFigures } from '../../protocol/metrics';
import type { LiveState } from '../../protocol/room';
import type { Product } from '../../protocol/runOfShow';
import { categoryInfo } from '../refundRisk/categories';
import { assessRefundRisk, type RiskSignals } from '../refundRisk/model';
import type { RiskWeights } from '../refundRisk/weights';
import type { ProductState } from './productState';
import { div } from './ratio';
import { ownEntry } from '../idTable';

/** Explain count and time of a product from the slot runs (used when no explain events came). */
export interface RunTotals { count: number; ms: number }

export function runTotalsByProduct(live: LiveState, now: number): Map<string, RunTotals> {
  const out = new Map<string, RunTotals>();
  for (const r of live.runs) {
    const t = out.get(r.productId) ?? { count: 0, ms: 0 };
    t.count++;
    t.ms += Math.max(0, (r.endedAt ?? now) - r.startedAt);
    out.set(r.productId, t);
  }
  return out;
}

export interface ProductFigureInput {
  productId: string;
  state: ProductState | undefined;
  product: Product | undefined;
  live: LiveState;
  runs: RunTotals | undefined;
  unanswered: number;
  priceClaimFindings: number;
  now: number;
  nowSec: number;
  /** Weights of the refund-risk model (the built-ins when absent). */
  riskWeights?: RiskWeights;
}

/** What the refund-risk model reads of one product (calibration records these to refit the weights). */
export function productRiskSignals(i: ProductFigureInput): RiskSignals {
  const s = i.state;
  const cat = categoryInfo(i.product?.category);
  const x = s?.exposure.figures(i.now);
  return {
    baseRate: cat.baseRefundRate,
    category: cat.key,
    sizeColourSensitive: cat.sizeSensitive || cat.colorSensitive,
    gmv: s?.gmv ?? 0,
    paidOrders: s?.paidOrders ?? 0,
    refundRequested: s?.refundAmount ?? 0,
    earlyRefund: s?.earlyRefund ?? 0,
    earlyRefundOrders: s?.earlyRefundOrders ?? 0,
    negativeComments: s?.negativeComments ?? 0,
    unansweredQuestions: i.unanswered,
    pressuredOrders: s?.pressuredOrders ?? 0,
    priceClaimFindings: i.priceClaimFindings,
    closedGmv: x?.closedGmv ?? 0,
    closedOrders: x?.closedOrders ?? 0,
    closedEarlyRefund: x?.closedEarlyRefund ?? 0,
    resolvedGmv: x?.resolvedGmv ?? 0,
    unrefunded: x?.unrefunded ?? [],
  };
}

/** ProductFigures of one product (docs/metrics.md, "Per product"). */
export function productFigures(i: ProductFigureInput): ProductFigures {
  const s = i.state;
  const gmv = s?.gmv ?? 0;
  const units = s?.units ?? 0;
  const clickUsers = s?.clickUsers.size ?? 0;
  const buyers = s?.buyers.size ?? 0;
  const refundAmount = s?.refundAmount ?? 0;
  const liveP = ownEntry(i.live.products, i.productId);
  const fallbackStock = i.product ? Math.max(0, i.product.stock - units) : 0;
  const stock = liveP?.stock ?? s?.stateStock ?? fallbackStock;
  const soldOut = liveP?.soldOut ?? s?.stateSoldOut ?? (i.product !== undefined && stock <= 0);
  let explainCount: number;
  let explainMs: number;
  if (s && s.explainEvents > 0) {
    explainCount = s.explainEvents;
    explainMs = s.explainMs + (s.explainOpenSince >= 0 ? Math.max(0, i.now - s.explainOpenSince) : 0);
  } else {
    explainCount = i.runs?.count ?? 0;
    explainMs = i.runs?.ms ?? 0;
  }
  const risk = assessRefundRisk(productRiskSignals(i), i.riskWeights);
  return {
    productId: i.productId,
    clicks: s?.clicks ?? 0,
    clicks5m: s ? s.clicks5m.sum(i.nowSec) : 0,
    clickUsers,
    gmv,
    gmv5m: s ? s.gmv5m.sum(i.nowSec) : 0,
    buyers,
    units,
    conversion: div(buyers, clickUsers),
    refundAmount,
    refundRate: div(refundAmount, gmv),
    stock,
    soldOut,
    explainCount,
    explainMs,
    bestMinuteGmv: s?.bestMinuteGmv ?? 0,
    risk,
    createdOrders: Math.max(s?.createdOrders ?? 0, s?.paidOrders ?? 0),
    paidOrders: s?.paidOrders ?? 0,
  };
}
