import { create } from 'zustand';
import type { MetricsSnapshot } from '../../../shared/protocol';
import { mergeSeries } from '../../../shared/domain/metrics/mergeSeries';
import { ownEntry } from '../../../shared/domain/idTable';

/** Samples of the predicted refund rate, kept for its sparkline (the hub sends only the current value). */
const RISK_SAMPLE_MS = 10_000;
const RISK_SAMPLES = 90;

interface MetricsState {
  metrics: MetricsSnapshot | null;
  riskHistory: readonly number[];
  lastRiskSampleAt: number;
}

export const useMetricsStore = create<MetricsState>(() => ({ metrics: null, riskHistory: [], lastRiskSampleAt: 0 }));

/** Written only by services/hubClient. */
export const metricsActions = {
  /** `seriesTail`: the delta carried only the newest minutes of the series (merge, don't replace). */
  set(incoming: MetricsSnapshot, seriesTail = false) {
    useMetricsStore.setState((s) => {
      const metrics = seriesTail && s.metrics ? { ...incoming, series: mergeSeries(s.metrics.series, incoming.series) } : incoming;
      if (metrics.asOf - s.lastRiskSampleAt < RISK_SAMPLE_MS) return { metrics };
      return {
        metrics,
        riskHistory: [...s.riskHistory, metrics.risk.rate].slice(-RISK_SAMPLES),
        lastRiskSampleAt: metrics.asOf,
      };
    });
  },
};

export const useMetrics = () => useMetricsStore((s) => s.metrics);
export const useFigures = () => useMetricsStore((s) => s.metrics?.now ?? null);
export const usePrev5 = () => useMetricsStore((s) => s.metrics?.prev5 ?? null);
export const useSeries = () => useMetricsStore((s) => s.metrics?.series ?? null);
export const useRoomRisk = () => useMetricsStore((s) => s.metrics?.risk ?? null);
export const useRiskHistory = () => useMetricsStore((s) => s.riskHistory);
export const useProductFigures = (productId: string | null | undefined) =>
  useMetricsStore((s) => (productId ? (s.metrics ? ownEntry(s.metrics.products, productId) : undefined) ?? null : null));
