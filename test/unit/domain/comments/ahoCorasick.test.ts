import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../../../shared/domain/comments/ahoCorasick';

function naive(patterns: readonly string[], text: string): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  patterns.forEach((p, id) => {
    if (!p) return;
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push([id, i, i + p.length]);
  });
  return out;
}
const sorted = (xs: Array<[number, number, number]>) => [...xs].sort((a, b) => a[2] - b[2] || a[1] - b[1] || a[0] - b[0]);

describe('AhoCorasick', () => {
  it('finds exactly the occurrences a naive search finds (overlaps, nested, repeated patterns)', () => {
    const alphabet = fc.constantFrom('a', 'b', '退', '款', '吗', '😂');
    const str = (max: number) => fc.array(alphabet, { minLength: 0, maxLength: max }).map((a) => a.join(''));
    fc.assert(fc.property(fc.array(str(5), { minLength: 1, maxLength: 12 }), str(40), (patterns, text) => {
      const ac = new AhoCorasick(patterns);
      expect(sorted(ac.findAll(text))).toEqual(sorted(naive(patterns, text)));
    }), { seed: 20240601, numRuns: 400 });
  });

  it('reports nested matches at the same end (he, she, hers)', () => {
    const ac = new AhoCorasick(['he', 'she', 'his', 'hers']);
    expect(sorted(ac.findAll('ushers'))).toEqual(sorted([[1, 1, 4], [0, 2, 4], [3, 2, 6]]));
  });
});
