import { describe, expect, it } from 'vitest';
import { change, fmtDuration, fmtTime, fmtTimer } from '../../../renderer/src/lib/format';
import { cumulativeRatio, sparkGeometry } from '../../../renderer/src/lib/sparkline';

describe('durations, timers', () => {
  it('formats seconds as minutes and seconds in both languages', () => {
    expect(fmtDuration(135)).toBe('2分15秒');
    expect(fmtDuration(135, 'en')).toBe('2m15s');
    expect(fmtDuration(45, 'en')).toBe('45s');
    expect(fmtDuration(59.6)).toBe('1分00秒');
    expect(fmtDuration(0)).toBe('0秒');
    expect(fmtDuration(3725)).toBe('62分05秒');
    expect(fmtDuration(-1)).toBe('—');
  });

  it('formats timers as mm:ss, with hours when needed, ignoring the sign', () => {
    expect(fmtTimer(277_000)).toBe('04:37');
    expect(fmtTimer(3_729_000)).toBe('1:02:09');
    expect(fmtTimer(-12_500)).toBe('00:12');
    expect(fmtTimer(999)).toBe('00:00');
  });

  it('formats wall-clock times with and without seconds', () => {
    const at = new Date(2024, 10, 11, 20, 5, 7).getTime();
    expect(fmtTime(at)).toBe('20:05:07');
    expect(fmtTime(at, false)).toBe('20:05');
  });
});

describe('change against the previous window', () => {
  it('reports direction, relative change and whether it is good news', () => {
    expect(change(112, 100)).toEqual({ dir: 'up', rel: expect.closeTo(0.12, 9), tone: 'good' });
    expect(change(80, 100, false)).toEqual({ dir: 'down', rel: expect.closeTo(-0.2, 9), tone: 'good' });
    expect(change(80, 100)).toMatchObject({ dir: 'down', tone: 'bad' });
  });

  it('calls moves under half a percent flat', () => {
    expect(change(100.4, 100)).toEqual({ dir: 'flat', rel: 0, tone: 'flat' });
  });

  it('has no relative change from zero and no change without a base', () => {
    expect(change(5, 0)).toEqual({ dir: 'up', rel: null, tone: 'good' });
    expect(change(1, null)).toEqual({ dir: 'flat', rel: null, tone: 'flat' });
    expect(change(Number.NaN, 3)).toEqual({ dir: 'flat', rel: null, tone: 'flat' });
  });
});

describe('sparkline geometry', () => {
  it('spreads points across the width and puts the highest value at the top', () => {
    const g = sparkGeometry([1, 2, 3], 104, 24)!;
    expect(g.line).toBe('2.0,22.0 52.0,12.0 102.0,2.0');
    expect([g.lastX, g.lastY]).toEqual([102, 2]);
  });

  it('closes the area along the bottom edge', () => {
    expect(sparkGeometry([1, 2, 3], 104, 24)!.area).toBe('M2,22 L2.0,22.0 L52.0,12.0 L102.0,2.0 L102.0,22 Z');
  });

  it('draws a flat series as a level line inside the box', () => {
    for (const flat of [[5, 5, 5], [0, 0], [-3, -3]]) {
      const g = sparkGeometry(flat, 104, 24)!;
      const ys = g.line.split(' ').map((p) => Number(p.split(',')[1]));
      expect(new Set(ys).size).toBe(1);
      expect(ys[0]).toBeGreaterThanOrEqual(2);
      expect(ys[0]).toBeLessThanOrEqual(22);
    }
  });

  it('draws nothing for fewer than two points', () => {
    expect(sparkGeometry([], 100, 20)).toBeNull();
    expect(sparkGeometry([7], 100, 20)).toBeNull();
    expect(sparkGeometry([7, Number.NaN], 100, 20)).toBeNull();
  });

  it('skips NaN and infinite values so the path never contains NaN', () => {
    const g = sparkGeometry([Number.NaN, 1, Number.POSITIVE_INFINITY, 3, Number.NEGATIVE_INFINITY], 104, 24)!;
    expect(g.line).toBe('2.0,22.0 102.0,2.0');
    expect(g.area).not.toMatch(/NaN|Infinity/);
  });

  it('runs a cumulative ratio, zero while the denominator is zero', () => {
    expect(cumulativeRatio([1, 0, 2], [10, 0, 10])).toEqual([0.1, 0.1, 0.15]);
    expect(cumulativeRatio([1, 1], [0, 0])).toEqual([0, 0]);
  });
});
