import { describe, expect, it } from 'vitest';
import { installJitteredBackoff, reconnectDelay } from '../../../renderer/src/services/backoff';

const o = { minMs: 500, maxMs: 4000, jitter: 0.3 };

describe('reconnect backoff', () => {
  it('doubles from the minimum up to the cap', () => {
    const mid = () => 0.5;
    expect([0, 1, 2, 3, 4, 10].map((a) => reconnectDelay(a, o, mid))).toEqual([500, 1000, 2000, 4000, 4000, 4000]);
  });

  it('keeps a random spread at the cap so cut-off clients do not retry in lockstep', () => {
    expect(reconnectDelay(8, o, () => 0)).toBe(2800);
    expect(reconnectDelay(8, o, () => 0.999999)).toBe(5200);
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const delays = new Set(Array.from({ length: 50 }, () => reconnectDelay(9, o, rnd)));
    expect(delays.size).toBeGreaterThan(30);
  });

  it("replaces socket.io's delay function and keeps counting attempts", () => {
    const manager = { backoff: { attempts: 0, duration: () => 4000 } };
    installJitteredBackoff(manager);
    const d = [manager.backoff.duration(), manager.backoff.duration(), manager.backoff.duration()];
    expect(manager.backoff.attempts).toBe(3);
    expect(d[0]).toBeGreaterThanOrEqual(350);
    expect(d[0]).toBeLessThanOrEqual(650);
    expect(d[2]).toBeGreaterThanOrEqual(1400);
  });
});
