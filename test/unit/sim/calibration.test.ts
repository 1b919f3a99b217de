import { describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../../shared/protocol/events';
import { createStreamStats, type StreamSummary } from '../../../shared/sim/streamStats';
import { streamViolations } from './invariants';
import { SHOW, session } from './support';

/** DESIGN §4 "Simulator calibration", per preset. */
const RANGES = {
  small: { online: [10, 80], viewers: [300, 5000] },
  medium: { online: [100, 1500], viewers: [10_000, 100_000] },
  top: { online: [10_000, 100_000], viewers: [500_000, Infinity] },
} as const;

const summarize = (events: readonly LiveEvent[]): StreamSummary => {
  const s = createStreamStats();
  for (const e of events) s.add(e);
  return s.summary();
};

function expectFunnelInRange(s: StreamSummary) {
  expect(s.commentsPerViewerMinute).toBeGreaterThanOrEqual(0.02);
  expect(s.commentsPerViewerMinute).toBeLessThanOrEqual(0.1);
  expect(s.clickRate).toBeGreaterThanOrEqual(0.01); // 商品点击率: single digits to ~20 %
  expect(s.clickRate).toBeLessThanOrEqual(0.22);
  expect(s.clickToBuy).toBeGreaterThanOrEqual(0.02); // 点击-成交: a few % to ~20 %
  expect(s.clickToBuy).toBeLessThanOrEqual(0.22);
  expect(s.conversion).toBeGreaterThanOrEqual(0.005); // 观看-成交: ~0.5–5 %
  expect(s.conversion).toBeLessThanOrEqual(0.05);
  expect(s.likeTaps).toBeGreaterThan(20 * s.comments); // likes far more frequent than comments
}

describe('simulator calibration (seeded, whole run-of-show with the auto producer)', () => {
  const planned = SHOW.slots.reduce((a, s) => a + s.plannedMinutes, 0);

  it.each([['small', 11], ['medium', 12]] as const)('%s room over the full %s-seed show stays inside the calibration ranges', (preset, seed) => {
    const events = session(preset, seed, planned);
    expect(streamViolations(events, SHOW)).toEqual([]);
    const s = summarize(events);
    const r = RANGES[preset];
    expect(s.avgOnline).toBeGreaterThanOrEqual(r.online[0]);
    expect(s.avgOnline).toBeLessThanOrEqual(r.online[1]);
    expect(s.maxOnline).toBeLessThanOrEqual(r.online[1] * 1.25);
    expect(s.totalViewers).toBeGreaterThanOrEqual(r.viewers[0]);
    expect(s.totalViewers).toBeLessThanOrEqual(r.viewers[1]);
    // Online : cumulative — about 1 : 20 per busy hour, so 1 : 20–50 over a two-hour show.
    expect(s.totalViewers / s.avgOnline).toBeGreaterThan(15);
    expect(s.totalViewers / s.avgOnline).toBeLessThan(60);
    expectFunnelInRange(s);
    expect(s.ordersPaid).toBeLessThan(s.ordersCreated); // some orders stay unpaid (压单)
    expect(s.refundRequested).toBeGreaterThan(0);
    expect(s.refundApproved).toBeLessThan(s.refundRequested); // not every requested refund is approved
  });

  it('top room: 1–10万 online, 场观 on pace for 50万+, and ~1–3k events/s thanks to aggregation', () => {
    const minutes = 8;
    const events = session('top', 13, minutes);
    expect(streamViolations(events, SHOW, 10)).toEqual([]);
    const s = summarize(events);
    // Skip the opening ramp for the online figure.
    const settled = summarize(events.filter((e) => e.ts >= events[0]!.ts + 4 * 60_000));
    expect(settled.avgOnline).toBeGreaterThanOrEqual(RANGES.top.online[0]);
    expect(settled.avgOnline).toBeLessThanOrEqual(RANGES.top.online[1]);
    expect((s.totalViewers / minutes) * planned).toBeGreaterThanOrEqual(RANGES.top.viewers[0]);
    expect(s.eventsPerSecond).toBeGreaterThan(500);
    expect(s.eventsPerSecond).toBeLessThan(3000);
    // viewer.stats every 2 s, not per event.
    expect(events.filter((e) => e.type === 'viewer.stats').length).toBeLessThanOrEqual(minutes * 30 + 1);
    expectFunnelInRange(s);
  });
});
