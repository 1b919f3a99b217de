import type { MinutePoint } from '../../protocol/metrics';
import type { ReviewProduct, ReviewReport } from '../../protocol/review';

/** The totals compared side by side (直播PK), in display order. Money in fen, ratios 0..1. */
export const COMPARE_KEYS = [
  'gmv', 'durationMin', 'totalViewers', 'avgOnline', 'peakOnline', 'buyers', 'units', 'conversion', 'avgOrderValue', 'gpm',
  'uvValue', 'clickToOrder', 'refundRate', 'comments',
] as const;
export type CompareKey = (typeof COMPARE_KEYS)[number];

export interface Diff {
  a: number;
  b: number;
  /** b − a. */
  abs: number;
  /** (b − a) ÷ a; null when a is 0 (no base to compare with). */
  pct: number | null;
}

export const diffOf = (a: number, b: number): Diff => ({ a, b, abs: b - a, pct: a !== 0 ? (b - a) / Math.abs(a) : null });

const durationMin = (r: ReviewReport) => Math.max(0, (r.endedAt ?? r.generatedAt) - r.startedAt) / 60_000;
const peakOnline = (r: ReviewReport) => r.series.reduce((m, p) => Math.max(m, p.online), 0);

const VALUE: Record<CompareKey, (r: ReviewReport) => number> = {
  gmv: (r) => r.totals.gmv,
  durationMin,
  totalViewers: (r) => r.totals.totalViewers,
  avgOnline: (r) => r.totals.avgOnline,
  peakOnline,
  buyers: (r) => r.totals.buyers,
  units: (r) => r.totals.units,
  conversion: (r) => r.totals.conversion,
  avgOrderValue: (r) => r.totals.avgOrderValue,
  gpm: (r) => r.totals.gpm,
  uvValue: (r) => r.totals.uvValue,
  clickToOrder: (r) => r.totals.clickToOrder,
  refundRate: (r) => r.totals.refundRate,
  comments: (r) => r.totals.comments,
};

/** Totals of session A and B with B's difference from A, absolute and relative. */
export function compareTotals(a: ReviewReport, b: ReviewReport): Array<{ key: CompareKey } & Diff> {
  return COMPARE_KEYS.map((key) => ({ key, ...diffOf(VALUE[key](a), VALUE[key](b)) }));
}

/** A minute of a session placed by minutes since its start (0 = the session's first minute). */
export interface AlignedPoint extends MinutePoint {
  minute: number;
}

/** The per-minute series by minutes since the session started, so two sessions line up on one axis. */
export function alignSeries(r: ReviewReport): AlignedPoint[] {
  const t0 = Math.floor(r.startedAt / 60_000) * 60_000;
  return r.series.map((p) => ({ ...p, minute: Math.max(0, Math.round((p.t - t0) / 60_000)) }));
}

export interface ProductPair {
  productId: string;
  name: string;
  a: ReviewProduct;
  b: ReviewProduct;
  gmv: Diff;
  buyers: Diff;
  conversion: Diff;
}

export interface ProductComparison {
  /** Products in both sessions (same product id), by B's GMV then A's. */
  matched: ProductPair[];
  /** Only in A / only in B (unmatched), by GMV. */
  onlyA: ReviewProduct[];
  onlyB: ReviewProduct[];
}

/** Per-product comparison: matched by product id, the rest listed as unmatched. */
export function compareProducts(a: ReviewReport, b: ReviewReport): ProductComparison {
  const inB = new Map(b.products.map((p) => [p.productId, p]));
  const inA = new Set(a.products.map((p) => p.productId));
  const matched: ProductPair[] = [];
  for (const pa of a.products) {
    const pb = inB.get(pa.productId);
    if (!pb) continue;
    matched.push({
      productId: pa.productId, name: pb.name !== pb.productId ? pb.name : pa.name, a: pa, b: pb,
      gmv: diffOf(pa.gmv, pb.gmv), buyers: diffOf(pa.buyers, pb.buyers), conversion: diffOf(pa.conversion, pb.conversion),
    });
  }
  matched.sort((x, y) => y.b.gmv - x.b.gmv || y.a.gmv - x.a.gmv);
  const byGmv = (x: ReviewProduct, y: ReviewProduct) => y.gmv - x.gmv;
  return {
    matched,
    onlyA: a.products.filter((p) => !inB.has(p.productId)).sort(byGmv),
    onlyB: b.products.filter((p) => !inA.has(p.productId)).sort(byGmv),
  };
}
