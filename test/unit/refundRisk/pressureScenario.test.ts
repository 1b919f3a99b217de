import { describe, expect, it } from 'vitest';
import { currentAlerts } from '../../../shared/domain/alerts/evaluate';
import { DEFAULT_THRESHOLDS } from '../../../shared/domain/alerts/thresholds';
import { emptyLiveState } from '../../../shared/domain/live/queue';
import { createMetricsEngine } from '../../../shared/domain/metrics/engine';
import { riskBand } from '../../../shared/domain/refundRisk/band';
import type { LiveEvent } from '../../../shared/protocol/events';
import { runRoom } from '../../../shared/sim/runRoom';
import { MIN, SHOW, START } from '../sim/support';

/**
 * A simulated show, fed through the hub's metric engine and alert evaluation with the built-in
 * (fitted) weights: a pressure-selling show (逼单 lines all the time and a 秒杀 countdown every
 * 4 minutes, `livedeck simulate --pressure`) must raise the refund-risk alert; the same show sold
 * calmly must not, although its women's-apparel norm (50 %) is far above the old 35 % threshold.
 */
const MINUTES = 45;

function run(pressure: boolean, seed: number) {
  const engine = createMetricsEngine();
  const live = { ...emptyLiveState(), runs: [] as ReturnType<typeof emptyLiveState>['runs'] };
  let onAir: string | null = null;
  for (const batch of runRoom({ show: SHOW, preset: 'medium', seed, roomId: 'room', startAt: START, minutes: MINUTES, pressure })) {
    for (const e of batch as LiveEvent[]) {
      if (e.type === 'explain' && e.state === 'start') onAir = e.productId;
      engine.ingest(e, { onAirProductId: onAir });
    }
  }
  const now = START + MINUTES * MIN;
  const slot = SHOW.slots.find((s) => s.productId === onAir)!;
  const onAirLive = { ...live, onAirSlotId: slot.id, onAirSince: now - MIN, runs: [{ slotId: slot.id, productId: slot.productId, startedAt: now - MIN, endedAt: null, outcome: null }] };
  const metrics = engine.snapshot(now, { show: SHOW, live: onAirLive, answered: new Set() });
  const alerts = currentAlerts({ now, show: SHOW, live: onAirLive, metrics, thresholds: DEFAULT_THRESHOLDS, onlineMinuteAgo: null, platformWarnings: [] });
  return { metrics, alerts: alerts.filter((a) => a.kind === 'refund_risk') };
}

describe('refund-risk alert in a simulated show', () => {
  it.each([21, 22])('pressure selling (seed %s) raises it: a real excess over the norm with money at stake', (seed) => {
    const { metrics, alerts } = run(true, seed);
    expect(metrics.risk.rate - metrics.risk.norm).toBeGreaterThan(0.1);
    expect(riskBand(metrics.risk)).toBe('high');
    expect(alerts.map((a) => a.id)).toContain('refund_risk:room');
  });

  it.each([21, 22])('calm selling (seed %s) does not, although the category norm alone is far above the old 35 %% threshold', (seed) => {
    const { metrics, alerts } = run(false, seed);
    expect(metrics.risk.norm).toBeGreaterThan(0.35);
    expect(riskBand(metrics.risk)).not.toBe('high');
    for (const p of Object.values(metrics.products)) expect(riskBand(p.risk)).not.toBe('high');
    expect(alerts).toEqual([]);
  });
});
