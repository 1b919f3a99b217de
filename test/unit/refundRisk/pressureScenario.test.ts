import { describe, expect, it } from 'vitest';
import { currentAlerts } from '../../../shared/domain/alerts/evaluate';
import { DEFAULT_THRESHOLDS } from '../../../shared/domain/alerts/thresholds';
import { emptyLiveState } from '../../../shared/domain/live/queue';
import { createMetricsEngine } from '../../../shared/domain/metrics/engine';
import { riskBand } from '../../../shared/domain/refundRisk/band';
import { ctxFor, drive, MIN, SHOW, START } from '../sim/support';

/**
 * A simulated show, fed through the hub's metric engine and alert evaluation: a pressure-selling
 * slot (flash-sale cue and 逼单 closing the whole time) must raise the refund-risk alert, the same
 * slot sold calmly must not.
 */
const MINUTES = 40;
const slot = SHOW.slots[0]!;

function run(pressure: boolean, seed: number) {
  const events = drive('medium', seed, MINUTES, () => ctxFor(slot.productId, pressure ? { activeCues: ['flash_sale'], pressure: true } : {}));
  const engine = createMetricsEngine();
  for (const e of events) engine.ingest(e, { onAirProductId: slot.productId });
  const now = START + MINUTES * MIN;
  const live = {
    ...emptyLiveState(), onAirSlotId: slot.id, onAirSince: START,
    runs: [{ slotId: slot.id, productId: slot.productId, startedAt: START, endedAt: null, outcome: null }],
  };
  const metrics = engine.snapshot(now, { show: SHOW, live, answered: new Set() });
  const alerts = currentAlerts({ now, show: SHOW, live, metrics, thresholds: DEFAULT_THRESHOLDS, onlineMinuteAgo: null, platformWarnings: [] });
  return { metrics, alerts: alerts.filter((a) => a.kind === 'refund_risk') };
}

describe('refund-risk alert in a simulated show', () => {
  it.each([21, 22])('pressure selling (seed %s) raises it: a real excess over the norm with money at stake', (seed) => {
    const { metrics, alerts } = run(true, seed);
    const pf = metrics.products[slot.productId]!;
    expect(riskBand(pf.risk)).toBe('high');
    expect(alerts.map((a) => a.id)).toContain(`refund_risk:${slot.productId}`);
  });

  // KNOWN GAP (issue 16 item 3, calibration bullet): the model's uplifts still count the category's
  // NORMAL early refunds, complaints and size questions on top of a base rate that already holds
  // them, so a calm women's-apparel slot predicts ~81 % against a 50 % norm (+31 pt, ¥1,100+ beyond
  // it) and alerts. `it.fails` keeps this honest: it turns red the day the weights are refitted, and
  // must then become a plain `it`.
  it.fails.each([21, 22])('calm selling (seed %s) does not, although the category norm alone is far above the old 35 %% threshold', (seed) => {
    const { metrics, alerts } = run(false, seed);
    expect(riskBand(metrics.products[slot.productId]!.risk)).not.toBe('high');
    expect(alerts).toEqual([]);
  });
});
