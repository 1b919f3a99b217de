import { describe, expect, it } from 'vitest';
import { pooled, realisedSe, summarise } from '../../../electron/cli/commands/calibrate';

const room = (gmv: number, predicted: number, realised: number) => ({ gmv, norm: 0.5, predicted, realised });

describe('livedeck calibrate: the pooled row with its binomial interval', () => {
  it('pools all recordings’ orders GMV-weighted and gives a 95 % interval from the effective number of orders', () => {
    // Two rooms: 100 orders of ¥100 each (Σa² = 100 · 10000²) and 50 orders of ¥200 (Σa² = 50 · 20000²).
    const line = pooled([
      { room: room(1_000_000, 0.55, 0.5), orders: 100, sumSquaredAmounts: 100 * 10_000 ** 2 },
      { room: room(1_000_000, 0.45, 0.4), orders: 50, sumSquaredAmounts: 50 * 20_000 ** 2 },
    ]);
    // GMV 2,000,000 fen; n_eff = GMV² ÷ Σa² = 4e12 ÷ 3e10 = 133; realised 0.45 ± 1.96·√(0.45·0.55/133) = ±8.4 pt.
    expect(line).toBe('pooled: 150 orders (effective 133), GMV ¥20000.00, predicted 50.0%, realised 45.0% (95% CI 36.6%–53.4%), diff +5.0 pt\n');
  });

  it('says nothing without GMV', () => {
    expect(pooled([{ room: room(0, 0, 0), orders: 0, sumSquaredAmounts: 0 }])).toBe('');
  });
});

describe('livedeck calibrate: each room’s realised-rate standard error', () => {
  it('is √(r(1 − r) · Σ amount²) ÷ GMV, and the summary counts the rooms within 2 SE', () => {
    // 25 orders of ¥100: r = 0.4 → √(0.24 · 25 · 10000²) ÷ 250000 = 0.098.
    const r = { room: room(250_000, 0.5, 0.4), sumSquaredAmounts: 25 * 10_000 ** 2 };
    expect(realisedSe(r)).toBeCloseTo(Math.sqrt(0.24 / 25), 12);
    expect(summarise([{ predicted: 0.5, realised: 0.4, se: 0.098 }, { predicted: 0.7, realised: 0.4, se: 0.098 }]))
      .toBe('2 room(s): mean |predicted − realised| 20.0 pt, largest 30.0 pt, within ±5 pt: 0/2, within 2 SE: 1/2\n');
    expect(summarise([{ predicted: 0.5, realised: 0.47 }])).toBe('1 room(s): mean |predicted − realised| 3.0 pt, largest 3.0 pt, within ±5 pt: 1/1\n');
  });
});
