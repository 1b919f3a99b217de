import { describe, expect, it } from 'vitest';
import { pooled } from '../../../electron/cli/commands/calibrate';

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
