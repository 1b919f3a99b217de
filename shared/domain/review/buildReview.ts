import type { MetricsSnapshot, ProductFigures } from '../../protocol/metrics';
import type { ReviewProduct, ReviewReport } from '../../protocol/review';
import type { FiredCue, LiveState } from '../../protocol/room';
import type { ReviewMarker } from '../../protocol/review';
import type { RunOfShow } from '../../protocol/runOfShow';
import type { RetiredPlan } from '../live/retired';
import type { CommentStats } from './commentStats';
import { ownEntry } from '../idTable';
import { buildFunnel } from './funnel';
import { buildMarkers } from './markers';

const emptyFigures = (productId: string): ProductFigures => ({
  productId, clicks: 0, clicks5m: 0, clickUsers: 0, gmv: 0, gmv5m: 0, buyers: 0, units: 0, conversion: 0,
  refundAmount: 0, refundRate: 0, stock: 0, soldOut: false, explainCount: 0, explainMs: 0, bestMinuteGmv: 0,
  risk: { rate: 0, atRisk: 0, norm: 0, excessAtRisk: 0, reasons: [] },
});

export interface ReviewInput {
  now: number;
  startedAt: number;
  show: RunOfShow;
  live: LiveState;
  metrics: MetricsSnapshot;
  comments: CommentStats;
  /** Issue 16 (optional, so callers made before it still build a report): */
  /** Products and aired slots of shows replaced mid-broadcast (LiveRoom.retired): their names and roles stay. */
  retired?: RetiredPlan;
  /** Cues fired in the console (LiveRoom.cues) and cue / 讲解 markers the platform sent (MarkerLog). */
  cues?: readonly FiredCue[];
  platformMarkers?: readonly ReviewMarker[];
}

/**
 * The 复盘 report: every product that was scheduled or sold, with plan against actual.
 * Signature kept stable for `livedeck review FILE` (helper h18): new inputs are optional fields.
 */
export function buildReview({ now, startedAt, show, live, metrics, comments, retired, cues = [], platformMarkers = [] }: ReviewInput): ReviewReport {
  // Products and slots of the current show first, then those of replaced shows the session still refers to.
  const allProducts = [...show.products, ...(retired?.products ?? [])];
  const allSlots = [...show.slots, ...(retired?.slots ?? [])];
  const productOf = (id: string) => allProducts.find((p) => p.id === id);
  const name = (id: string) => productOf(id)?.name ?? id;
  const runs = live.runs.map((r) => ({
    ...r,
    name: name(r.productId),
    plannedMinutes: allSlots.find((s) => s.id === r.slotId)?.plannedMinutes ?? 0,
  }));
  const aired = new Set(live.runs.map((r) => r.slotId));
  const productIds = new Set([...show.slots.map((s) => s.productId), ...live.runs.map((r) => r.productId), ...Object.keys(metrics.products)]);
  const products: ReviewProduct[] = [];
  for (const id of productIds) {
    const p = productOf(id);
    // The current show's slots of the product, and the replaced shows' slots of it that aired.
    const slots = allSlots.filter((s, i) => s.productId === id && (i < show.slots.length || aired.has(s.id)));
    const targets = slots.map((s) => s.targets);
    const gmvTargets = targets.map((t) => t.gmv).filter((x): x is number => x !== undefined);
    const convTargets = targets.map((t) => t.conversion).filter((x): x is number => x !== undefined);
    products.push({
      ...(ownEntry(metrics.products, id) ?? emptyFigures(id)),
      name: p?.name ?? id,
      category: p?.category ?? 'other',
      price: p?.price ?? 0,
      roles: [...new Set(slots.map((s) => s.role))],
      plannedMinutes: slots.reduce((a, s) => a + s.plannedMinutes, 0),
      airedMs: live.runs.filter((r) => r.productId === id).reduce((a, r) => a + ((r.endedAt ?? now) - r.startedAt), 0),
      targetGmv: gmvTargets.length ? gmvTargets.reduce((a, b) => a + b, 0) : null,
      targetConversion: convTargets.length ? Math.max(...convTargets) : null,
      intents: comments.intentsOf(id),
      topics: comments.topicsOf(id),
    });
  }
  products.sort((a, b) => b.gmv - a.gmv);
  return {
    generatedAt: now,
    title: show.title,
    startedAt,
    endedAt: live.ended ? (live.runs.at(-1)?.endedAt ?? now) : null,
    totals: metrics.now,
    risk: metrics.risk,
    series: metrics.series,
    runs,
    products,
    intents: comments.allIntents(),
    topQuestions: comments.top(['question'], 20),
    topComplaints: comments.top(['complaint', 'refund'], 20),
    markers: buildMarkers({ runs: live.runs, cues, platform: platformMarkers, now }),
    funnel: buildFunnel(metrics.now, metrics.clickUsers, Object.values(metrics.products)),
  };
}
