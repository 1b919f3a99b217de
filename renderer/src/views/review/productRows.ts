import type { RiskReason } from '../../../../shared/protocol/metrics';
import type { ReviewProduct } from '../../../../shared/protocol/review';

/** One row of the per-product table, derived from the report (pure). */
export interface ProductRow {
  id: string;
  name: string;
  category: string;
  roles: readonly string[];
  rank: number;
  plannedMin: number;
  actualMin: number;
  time: 'over' | 'under' | 'ok' | 'none';
  gmv: number;
  targetGmv: number | null;
  /** GMV ÷ target, null without a target. */
  gmvOfTarget: number | null;
  buyers: number;
  units: number;
  clickUsers: number;
  conversion: number;
  targetConversion: number | null;
  refundRate: number;
  refundAmount: number;
  riskRate: number;
  atRisk: number;
  /** The product's refund-risk figure (banded against its category norm). */
  risk: ReviewProduct['risk'];
  /** The reason to act on: the largest one beyond the category's base rate (else the base rate). */
  topReason: RiskReason | null;
  /** All reasons, largest first. */
  reasons: RiskReason[];
  bestMinute: number;
  questions: number;
  complaints: number;
  soldOut: boolean;
}

export const SORT_KEYS = ['rank', 'name', 'role', 'time', 'gmv', 'buyers', 'conv', 'refund', 'risk', 'best', 'questions', 'complaints'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}
export const DEFAULT_SORT: Sort = { key: 'gmv', dir: 'desc' };

/** A slot that runs this much (and 10 %) past or short of its plan is over or under. */
const SLACK_MIN = 0.5;

export function timeState(plannedMin: number, actualMin: number): ProductRow['time'] {
  if (actualMin <= 0) return 'none';
  const slack = Math.max(SLACK_MIN, plannedMin * 0.1);
  if (actualMin - plannedMin > slack) return 'over';
  if (plannedMin - actualMin > slack) return 'under';
  return 'ok';
}

export function toRows(products: readonly ReviewProduct[]): ProductRow[] {
  // Ties (e.g. no sales yet) keep the report's order, which is the run-of-show order.
  const byGmv = products.map((p, i) => ({ p, i })).sort((a, b) => b.p.gmv - a.p.gmv || a.i - b.i).map((x) => x.p);
  return byGmv.map((p, i) => {
    const actualMin = p.airedMs / 60_000;
    const reasons = [...p.risk.reasons].sort((a, b) => b.contribution - a.contribution);
    const topReason = reasons.find((r) => r.code !== 'base' && r.contribution > 0) ?? reasons[0] ?? null;
    return {
      id: p.productId,
      name: p.name,
      category: p.category,
      roles: p.roles,
      rank: i + 1,
      plannedMin: p.plannedMinutes,
      actualMin,
      time: timeState(p.plannedMinutes, actualMin),
      gmv: p.gmv,
      targetGmv: p.targetGmv,
      gmvOfTarget: p.targetGmv ? p.gmv / p.targetGmv : null,
      buyers: p.buyers,
      units: p.units,
      clickUsers: p.clickUsers,
      conversion: p.conversion,
      targetConversion: p.targetConversion,
      refundRate: p.refundRate,
      refundAmount: p.refundAmount,
      riskRate: p.risk.rate,
      atRisk: p.risk.atRisk,
      risk: p.risk,
      topReason,
      reasons,
      bestMinute: p.bestMinuteGmv,
      questions: p.intents.question ?? 0,
      complaints: (p.intents.complaint ?? 0) + (p.intents.refund ?? 0),
      soldOut: p.soldOut,
    };
  });
}

/** Run-of-show order of the roles (引流款 → 形象款), for sorting by role. */
const ROLE_ORDER = ['traffic', 'welfare', 'hero', 'profit', 'image'];
const roleIndex = (r: ProductRow) => {
  const idx = r.roles.map((x) => ROLE_ORDER.indexOf(x)).filter((i) => i >= 0);
  return idx.length ? Math.min(...idx) : ROLE_ORDER.length;
};

const VALUE: Record<SortKey, (r: ProductRow) => number | string> = {
  rank: (r) => r.rank,
  name: (r) => r.name,
  role: roleIndex,
  time: (r) => r.actualMin - r.plannedMin,
  gmv: (r) => r.gmv,
  buyers: (r) => r.buyers,
  conv: (r) => r.conversion,
  refund: (r) => r.refundRate,
  risk: (r) => r.riskRate - r.risk.norm,
  best: (r) => r.bestMinute,
  questions: (r) => r.questions,
  complaints: (r) => r.complaints,
};

/** Rows in the given order; ties keep the GMV rank. */
export function sortRows(rows: readonly ProductRow[], sort: Sort): ProductRow[] {
  const get = VALUE[sort.key];
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = get(a);
    const vb = get(b);
    const c = typeof va === 'string' ? va.localeCompare(String(vb), 'zh-CN') : va - (vb as number);
    return c !== 0 ? c * sign : a.rank - b.rank;
  });
}

/** Clicking a header: a new column starts in its natural order (names and rank ascending), the same column flips. */
export function nextSort(cur: Sort, key: SortKey): Sort {
  if (cur.key === key) return { key, dir: cur.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'name' || key === 'rank' || key === 'role' ? 'asc' : 'desc' };
}
