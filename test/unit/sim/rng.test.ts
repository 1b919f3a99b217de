import { describe, expect, it } from 'vitest';
import { createRng, exponential, hash32, lognormalByMean, normal, weightedIndex } from '../../../shared/domain/rng';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('rng distributions used by the simulator', () => {
  const rng = createRng(42);
  const N = 40_000;

  it('normal has the requested mean and spread', () => {
    const xs = Array.from({ length: N }, () => normal(rng, 5, 2));
    expect(mean(xs)).toBeCloseTo(5, 1);
    expect(Math.sqrt(mean(xs.map((x) => (x - 5) ** 2)))).toBeCloseTo(2, 1);
  });

  it('lognormalByMean keeps the arithmetic mean with a median below it (heavy right tail)', () => {
    const xs = Array.from({ length: N }, () => lognormalByMean(rng, 180, 1.1));
    expect(mean(xs) / 180).toBeGreaterThan(0.93);
    expect(mean(xs) / 180).toBeLessThan(1.07);
    const median = [...xs].sort((a, b) => a - b)[N / 2]!;
    expect(median).toBeLessThan(110);
    expect(xs.every((x) => x > 0)).toBe(true);
  });

  it('exponential has the requested mean', () => {
    expect(mean(Array.from({ length: N }, () => exponential(rng, 3))) / 3).toBeCloseTo(1, 1);
  });

  it('weightedIndex draws in proportion to the weights and never picks a zero weight', () => {
    const counts = [0, 0, 0];
    for (let i = 0; i < N; i++) counts[weightedIndex(rng, [1, 0, 3])]!++;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeCloseTo(3, 0);
    expect(weightedIndex(rng, [0, 0])).toBe(-1);
  });

  it('hash32 is stable and spreads nearby inputs', () => {
    expect(hash32(1, 2)).toBe(hash32(1, 2));
    const hs = new Set(Array.from({ length: 1000 }, (_, i) => hash32(7, i) % 1000));
    expect(hs.size).toBeGreaterThan(550);
  });
});
