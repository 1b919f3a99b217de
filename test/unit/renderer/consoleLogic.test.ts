import { describe, expect, it } from 'vitest';
import type { AlertThresholds } from '../../../shared/protocol';
import { nextPlannedCue, plannedCueTiming } from '../../../renderer/src/views/console/cueState';
import { displayState, insertIndex, planVsActual } from '../../../renderer/src/views/console/queueState';
import { liveStock, onAirSoldOutToggle, STOCK_LOW } from '../../../renderer/src/views/console/stock';
import { changedThresholds, thresholdDraft } from '../../../renderer/src/views/console/thresholds';
import { firedCue, live, liveOnAir, metrics, plannedCue, productFigures, show, slot, T0 } from './support/fixtures';

const MIN = 60_000;

describe('queue row state', () => {
  it('shows skipped slots as done and a missing state as queued', () => {
    expect(displayState('skipped')).toBe('done');
    expect(displayState('done')).toBe('done');
    expect(displayState('onair')).toBe('onair');
    expect(displayState('next')).toBe('next');
    expect(displayState(undefined)).toBe('queued');
  });
});

describe('inserting an unplanned product', () => {
  it('goes just before the next slot', () => {
    expect(insertIndex(show(), liveOnAir('s1', 'p1'))).toBe(1);
  });

  it('goes before the first slot when nothing has aired yet', () => {
    expect(insertIndex(show(), live())).toBe(0);
  });

  it('goes to the end when nothing is next', () => {
    const l = liveOnAir('s3', 'p3', T0, { skipped: ['s1', 's2'] });
    expect(insertIndex(show(), l)).toBe(3);
  });
});

describe('planned against actual minutes', () => {
  const s = slot('s1', 'p1', { plannedMinutes: 10 });
  const run = (startedAt: number, endedAt: number | null) => ({ slotId: 's1', productId: 'p1', startedAt, endedAt, outcome: endedAt ? ('done' as const) : null });

  it('has nothing to show while the slot has not finished a run', () => {
    expect(planVsActual(s, 0, [])).toBeNull();
    expect(planVsActual(s, 0, [run(T0, null)])).toBeNull();
  });

  it('reports actual minutes with one decimal under ten, whole minutes above', () => {
    expect(planVsActual(s, 0, [run(T0, T0 + 7.5 * MIN)])).toMatchObject({ planned: 10, actualMin: 7.5, display: '7.5', over: false });
    expect(planVsActual(s, 0, [run(T0, T0 + 12.4 * MIN)])).toMatchObject({ display: '12', over: true });
  });

  it('counts live-added minutes into the plan and allows half a minute of slack', () => {
    expect(planVsActual(s, 2, [run(T0, T0 + 12.5 * MIN)])).toMatchObject({ planned: 12, over: false });
    expect(planVsActual(s, 2, [run(T0, T0 + 12.6 * MIN)])).toMatchObject({ over: true });
  });

  it('uses the last finished run when a slot aired twice', () => {
    const pa = planVsActual(s, 0, [run(T0, T0 + 2 * MIN), run(T0 + 30 * MIN, T0 + 39 * MIN)]);
    expect(pa?.actualMin).toBe(9);
    expect(pa?.run.startedAt).toBe(T0 + 30 * MIN);
  });
});

describe('live stock', () => {
  it('prefers the hub live state, then the metrics, then the plan', () => {
    const fig = productFigures('p1', { stock: 7, soldOut: false });
    expect(liveStock('p1', live({ products: { p1: { stock: 3, soldOut: true } } }), fig, 100)).toEqual({ stock: 3, soldOut: true });
    expect(liveStock('p1', live(), fig, 100)).toEqual({ stock: 7, soldOut: false });
    expect(liveStock('p1', null, null, 100)).toEqual({ stock: 100, soldOut: false });
    expect(STOCK_LOW).toBe(10);
  });

  it('toggles the on-air product sold out (hotkey O), judging by live state then metrics', () => {
    const m = metrics(T0, { products: { p1: productFigures('p1', { soldOut: true }) } });
    expect(onAirSoldOutToggle(show(), liveOnAir(), null)).toEqual({ productId: 'p1', soldOut: true });
    expect(onAirSoldOutToggle(show(), liveOnAir(), m)).toEqual({ productId: 'p1', soldOut: false });
    expect(onAirSoldOutToggle(show(), liveOnAir('s1', 'p1', T0, { products: { p1: { stock: 0, soldOut: false } } }), m)).toEqual({ productId: 'p1', soldOut: true });
  });

  it('does nothing for hotkey O when nothing is on air', () => {
    expect(onAirSoldOutToggle(show(), live(), null)).toBeNull();
    expect(onAirSoldOutToggle(null, null, null)).toBeNull();
  });
});

describe('planned cues', () => {
  const s = slot('s1', 'p1', { cues: [plannedCue('late', 300), plannedCue('early', 60), plannedCue('mid', 120)] });

  it('fires the earliest planned cue not fired yet (hotkey C)', () => {
    expect(nextPlannedCue(s, [])?.id).toBe('early');
    expect(nextPlannedCue(s, [firedCue('f1', { plannedCueId: 'early' })])?.id).toBe('mid');
    expect(nextPlannedCue(s, [firedCue('f1', { plannedCueId: 'early' }), firedCue('f2', { plannedCueId: 'mid' }), firedCue('f3', { plannedCueId: 'late' })])).toBeNull();
  });

  it('ignores ad-hoc fired cues when choosing the next planned one', () => {
    expect(nextPlannedCue(s, [firedCue('adhoc')])?.id).toBe('early');
  });

  it('is due from on-air start + offset until fired', () => {
    const cue = plannedCue('c', 90);
    expect(plannedCueTiming(cue, T0, undefined, T0 + 89_999)).toEqual({ dueAt: T0 + 90_000, due: false });
    expect(plannedCueTiming(cue, T0, undefined, T0 + 90_000)).toEqual({ dueAt: T0 + 90_000, due: true });
    expect(plannedCueTiming(cue, T0, firedCue('f', { plannedCueId: 'c' }), T0 + 95_000).due).toBe(false);
    expect(plannedCueTiming(cue, null, undefined, T0)).toEqual({ dueAt: null, due: false });
  });
});

describe('alert threshold form', () => {
  const current: AlertThresholds = { viewerDrop: 0.355, stockLow: 10, conversionGraceMin: 3, overtimeCriticalSec: 120 };

  it('shows ratios as percentages with one decimal', () => {
    expect(thresholdDraft(current)).toEqual({ viewerDrop: '35.5', stockLow: '10', conversionGraceMin: '3', overtimeCriticalSec: '120' });
    expect(thresholdDraft(null).viewerDrop).toBe('');
  });

  it('sends nothing when nothing changed', () => {
    expect(changedThresholds(thresholdDraft(current), current)).toEqual({});
  });

  it('sends changed values only, percentages as ratios, counts and seconds rounded', () => {
    const draft = { ...thresholdDraft(current), viewerDrop: '25', stockLow: '12.6', overtimeCriticalSec: '90.2' };
    expect(changedThresholds(draft, current)).toEqual({ viewerDrop: 0.25, stockLow: 13, overtimeCriticalSec: 90 });
  });

  it('leaves blank and non-numeric fields alone', () => {
    const draft = { ...thresholdDraft(current), viewerDrop: '  ', stockLow: 'abc', conversionGraceMin: '4.5' };
    expect(changedThresholds(draft, current)).toEqual({ conversionGraceMin: 4.5 });
  });
});
