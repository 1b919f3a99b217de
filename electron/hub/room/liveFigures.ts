import type { LiveEvent } from '../../../shared/protocol/events';
import type { MetricsSnapshot } from '../../../shared/protocol/metrics';
import type { Alert } from '../../../shared/protocol/room';
import type { SourceHealth } from '../../../shared/protocol/source';
import type { RunOfShow } from '../../../shared/protocol/runOfShow';
import { currentAlerts, mergeAlerts } from '../../../shared/domain/alerts/evaluate';
import { lintShow } from '../../../shared/domain/compliance/lintShow';
import type { LiveRoom } from '../../../shared/domain/live/commands';
import type { RiskSignals } from '../../../shared/domain/refundRisk/model';
import { RISK_WEIGHTS, type RiskWeights } from '../../../shared/domain/refundRisk/weights';
import { createMetricsEngine, restoreMetricsEngine, type IngestContext, type MetricsEngine, type MetricsEngineState } from '../../../shared/domain/metrics/engine';
import { sanitizeViewerText } from '../../../shared/text/sanitize';
import { Ring } from './ring';
import { idTable, ownEntry } from '../../../shared/domain/idTable';

const METRICS_IDLE_MS = 1000;

/**
 * What LiveFigures keeps across a restart: what its inputs built (the engine, answered ids,
 * platform warnings). Computed figures and alerts are not kept: they are recomputed at the first
 * delta, as after a full replay.
 */
export interface LiveFiguresState {
  engine: MetricsEngineState;
  answered: string[];
  platformWarnings: { id: string; message: string; at: number }[];
}

/**
 * The room's live figures: when metrics recompute (after new events, or once a second), the
 * alerts evaluated against them, and the price-claim findings that feed refund risk.
 */
export class LiveFigures {
  private engine: MetricsEngine = createMetricsEngine();
  private metrics: MetricsSnapshot | null = null;
  private metricsAt = 0;
  private eventsSinceMetrics = 0;
  /** (time, online) about once a second, for the one-minute viewer-drop alert. */
  private readonly onlineSamples = new Ring<{ t: number; online: number }>(90);
  private platformWarnings: { id: string; message: string; at: number }[] = [];
  private alerts: Alert[] = [];
  private alertsSentAt = 0;
  /** Price-claim findings per product of the current show (a refund-risk signal), by show identity. */
  private priceClaims: { show: RunOfShow; counts: Record<string, number> } | null = null;
  /** Ids of comments marked answered. */
  readonly answered = new Set<string>();
  /** Weights of the refund-risk model: the built-ins, or a fitted file the hub loaded. */
  riskWeights: RiskWeights = RISK_WEIGHTS;

  /** `sources`: the room's source health, read when alerts are evaluated. */
  constructor(private readonly sources: () => readonly SourceHealth[] = () => []) {}

  serialise(): LiveFiguresState {
    return { engine: this.engine.serialise(), answered: [...this.answered], platformWarnings: this.platformWarnings.map((w) => ({ ...w })) };
  }

  load(s: LiveFiguresState): void {
    this.engine = restoreMetricsEngine(s.engine);
    this.answered.clear();
    for (const id of s.answered) this.answered.add(id);
    this.platformWarnings = s.platformWarnings.map((w) => ({ ...w }));
  }

  get latest(): MetricsSnapshot | null {
    return this.metrics;
  }

  get currentAlerts(): Alert[] {
    return this.alerts;
  }

  /** Count one accepted event into the metrics. */
  ingest(e: LiveEvent, ctx: IngestContext): void {
    this.engine.ingest(e, ctx);
    this.eventsSinceMetrics++;
    if (e.type === 'platform.warning') {
      this.platformWarnings = [...this.platformWarnings, { id: e.id, message: sanitizeViewerText(e.message, 200), at: e.ts }].slice(-5);
    }
  }

  /**
   * Fresh metrics when anything happened since the last computation, or once a second anyway
   * (or `force`); fresh metrics re-evaluate the alerts. `alertsChanged`: publish the alerts.
   */
  current(room: LiveRoom, now: number, force = false, withAlerts = true): { metrics: MetricsSnapshot; fresh: boolean; alertsChanged: boolean } {
    const stale = !this.metrics || this.eventsSinceMetrics > 0 || now - this.metricsAt >= METRICS_IDLE_MS;
    if (!force && !stale) return { metrics: this.metrics!, fresh: false, alertsChanged: false };
    this.metrics = this.engine.snapshot(now, this.snapshotContext(room));
    this.metricsAt = now;
    this.eventsSinceMetrics = 0;
    return { metrics: this.metrics, fresh: true, alertsChanged: withAlerts && this.evaluateAlerts(room, now, this.metrics) };
  }

  /** Metrics now and every product's refund-risk inputs (offline calibration; no alerts, nothing kept). */
  calibrationPoint(room: LiveRoom, now: number): { metrics: MetricsSnapshot; signals: Map<string, RiskSignals> } {
    const signals = new Map<string, RiskSignals>();
    return { metrics: this.engine.snapshot(now, { ...this.snapshotContext(room), riskSignals: signals }), signals };
  }

  private snapshotContext(room: LiveRoom) {
    return {
      show: room.show, live: room.live, answered: this.answered, priceClaimFindings: this.priceClaimCounts(room.show),
      riskWeights: this.riskWeights,
    };
  }

  /** Re-evaluate alerts against fresh metrics; true when one came, went or changed severity. */
  private evaluateAlerts(room: LiveRoom, now: number, metrics: MetricsSnapshot): boolean {
    const last = this.onlineSamples.size ? this.onlineSamples.toArray()[this.onlineSamples.size - 1]! : null;
    if (!last || now - last.t >= 1000) this.onlineSamples.push({ t: now, online: metrics.now.online });
    const minuteAgo = this.onlineSamples.toArray().find((s) => now - s.t <= 61_000 && now - s.t >= 59_000) ?? null;
    this.platformWarnings = this.platformWarnings.filter((w) => now - w.at < 10 * 60_000);
    const drafts = currentAlerts({
      now, show: room.show, live: room.live, metrics, thresholds: room.settings.alertThresholds,
      onlineMinuteAgo: minuteAgo?.online ?? null, platformWarnings: this.platformWarnings, sources: this.sources(),
    });
    const { alerts, changed, reworded } = mergeAlerts(this.alerts, drafts, now);
    if (!changed && !(reworded && now - this.alertsSentAt >= 5000)) return false;
    this.alerts = alerts;
    this.alertsSentAt = now;
    return true;
  }

  /** Talking points that make price claims the product's price data does not support, per product. */
  private priceClaimCounts(show: RunOfShow): Record<string, number> {
    if (this.priceClaims?.show !== show) {
      const counts = idTable<number>();
      for (const f of lintShow(show)) {
        if (f.category !== 'price') continue;
        const productId = show.slots[f.slotIndex]?.productId;
        if (productId) counts[productId] = (ownEntry(counts, productId) ?? 0) + 1;
      }
      this.priceClaims = { show, counts };
    }
    return this.priceClaims.counts;
  }
}
