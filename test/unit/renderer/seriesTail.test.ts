import { beforeEach, describe, expect, it } from 'vitest';
import { mergeDeltas } from '../../../renderer/src/services/mergeDeltas';
import { metricsActions, useMetricsStore } from '../../../renderer/src/store/metrics.slice';
import type { MinutePoint } from '../../../shared/protocol/metrics';
import { delta, metrics, T0 } from './support/fixtures';

const pt = (minute: number, online: number): MinutePoint => ({
  t: T0 + minute * 60_000, online, enters: 0, leaves: 0, comments: 0, clicks: 0, orders: 0, gmv: 0, refunds: 0, productId: null,
});

describe('per-minute series sent as tails', () => {
  beforeEach(() => useMetricsStore.setState({ metrics: null, riskHistory: [], lastRiskSampleAt: 0 }));

  it('merges a frame of tails into one tail', () => {
    const m = mergeDeltas([
      delta(1, { metrics: metrics(T0, { series: [pt(0, 1), pt(1, 2)] }), seriesTail: true }),
      delta(2, { metrics: metrics(T0 + 100, { series: [pt(1, 3), pt(2, 4)] }), seriesTail: true }),
    ]);
    expect(m.sections.seriesTail).toBe(true);
    expect(m.sections.metrics!.series.map((p) => p.online)).toEqual([1, 3, 4]);
  });

  it('a whole series followed by a tail in the same frame is whole', () => {
    const m = mergeDeltas([
      delta(1, { metrics: metrics(T0, { series: [pt(0, 1), pt(1, 2)] }) }),
      delta(2, { metrics: metrics(T0 + 100, { series: [pt(1, 5)] }), seriesTail: true }),
    ]);
    expect(m.sections.seriesTail).toBeUndefined();
    expect(m.sections.metrics!.series.map((p) => p.online)).toEqual([1, 5]);
  });

  it('the store merges a tail into the series it holds from the snapshot', () => {
    metricsActions.set(metrics(T0, { series: [pt(0, 1), pt(1, 2), pt(2, 3)] }));
    metricsActions.set(metrics(T0 + 100, { series: [pt(2, 30), pt(3, 40)] }), true);
    expect(useMetricsStore.getState().metrics!.series.map((p) => p.online)).toEqual([1, 2, 30, 40]);
    metricsActions.set(metrics(T0 + 200, { series: [pt(9, 9)] }));
    expect(useMetricsStore.getState().metrics!.series.map((p) => p.online)).toEqual([9]);
  });
});
