import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IdIndex } from '../../../../shared/domain/metrics/idIndex';

describe('id index', () => {
  it('gives every new id the next dense index and the same index on repeat', () => {
    const ix = new IdIndex(4);
    expect(ix.intern('u1')).toBe(0);
    expect(ix.intern('u2')).toBe(1);
    expect(ix.intern('u1')).toBe(0);
    expect(ix.get('u2')).toBe(1);
    expect(ix.get('nobody')).toBe(-1);
    expect(ix.size).toBe(2);
  });

  it('agrees with a Map on random id streams, across growth', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 3000 }), (ids) => {
        const ix = new IdIndex(2);
        const ref = new Map<string, number>();
        for (const id of ids) {
          if (!ref.has(id)) ref.set(id, ref.size);
          if (ix.intern(id) !== ref.get(id)) return false;
        }
        return ix.size === ref.size && [...ref].every(([id, n]) => ix.get(id) === n);
      }),
      { seed: 20261122, numRuns: 60 },
    );
  });

  it('keeps 200,000 look-alike viewer ids apart', () => {
    const ix = new IdIndex();
    for (let i = 0; i < 200_000; i++) expect(ix.intern(`sim-abc-u${i}`)).toBe(i);
    expect(ix.size).toBe(200_000);
  });
});
