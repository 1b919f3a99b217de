import { describe, expect, it } from 'vitest';
import { mergeSeries } from '../../../../shared/domain/metrics/mergeSeries';
import type { MinutePoint } from '../../../../shared/protocol/metrics';

const pt = (minute: number, online: number): MinutePoint => ({
  t: minute * 60_000, online, enters: 0, leaves: 0, comments: 0, clicks: 0, orders: 0, gmv: 0, refunds: 0, productId: null,
});

describe('series tail merge', () => {
  it('replaces the open minute and appends a new one', () => {
    const held = [pt(1, 10), pt(2, 20), pt(3, 30)];
    expect(mergeSeries(held, [pt(3, 33), pt(4, 40)]).map((p) => [p.t / 60_000, p.online])).toEqual([[1, 10], [2, 20], [3, 33], [4, 40]]);
  });

  it('keeps at most the cap, dropping the oldest minutes', () => {
    const held = Array.from({ length: 5 }, (_, i) => pt(i, i));
    expect(mergeSeries(held, [pt(5, 5)], 4).map((p) => p.online)).toEqual([2, 3, 4, 5]);
  });

  it('equals the whole series after merging every tail in order', () => {
    const full = Array.from({ length: 30 }, (_, i) => pt(i, i * 3));
    let held: MinutePoint[] = [];
    for (let i = 1; i <= full.length; i++) held = mergeSeries(held, full.slice(Math.max(0, i - 2), i));
    expect(held).toEqual(full);
  });
});
