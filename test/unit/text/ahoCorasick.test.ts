import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../../shared/text/ahoCorasick';

function naive(patterns: readonly string[], text: string): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  patterns.forEach((p, id) => {
    if (!p) return;
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push([id, i, i + p.length]);
  });
  return out;
}
const sorted = (xs: Array<[number, number, number]>) => [...xs].sort((a, b) => a[2] - b[2] || a[1] - b[1] || a[0] - b[0]);
const codes = (text: string) => Uint16Array.from(text, (c) => c.charCodeAt(0));

/** The lint's form: (id, end) pairs appended to an array. */
function collected(ac: AhoCorasick, text: string): Array<[number, number, number]> {
  const found: number[] = [];
  ac.collect(codes(text), text.length, found);
  const out: Array<[number, number, number]> = [];
  for (let i = 0; i < found.length; i += 2) out.push([found[i]!, found[i + 1]! - ac.patternLength[found[i]!]!, found[i + 1]!]);
  return out;
}

describe('AhoCorasick', () => {
  it('finds exactly the occurrences a naive search finds (overlaps, nested, repeated patterns)', () => {
    const alphabet = fc.constantFrom('a', 'b', '退', '款', '吗', '😂');
    const str = (max: number) => fc.array(alphabet, { minLength: 0, maxLength: max }).map((a) => a.join(''));
    fc.assert(fc.property(fc.array(str(5), { minLength: 1, maxLength: 12 }), str(40), (patterns, text) => {
      const ac = new AhoCorasick(patterns);
      expect(sorted(ac.findAll(text))).toEqual(sorted(naive(patterns, text)));
    }), { seed: 20240601, numRuns: 400 });
  });

  it('collects the same occurrences as (id, end) pairs for the lint', () => {
    const alphabet = fc.constantFrom('最', '佳', '第', '一', '步', 'a', 'b');
    fc.assert(fc.property(
      fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
      fc.string({ unit: alphabet, maxLength: 60 }),
      (raw, text) => {
        const patterns = [...new Set(raw)];
        expect(sorted(collected(new AhoCorasick(patterns), text))).toEqual(sorted(naive(patterns, text)));
      },
    ), { seed: 4, numRuns: 300 });
  });

  it('reports nested matches at the same end (he, she, hers)', () => {
    const ac = new AhoCorasick(['he', 'she', 'his', 'hers']);
    expect(sorted(ac.findAll('ushers'))).toEqual(sorted([[1, 1, 4], [0, 2, 4], [3, 2, 6]]));
  });

  it('reports nested and suffix matches (全网最低价 contains 最低价 and 最低)', () => {
    const ac = new AhoCorasick(['最低', '最低价', '全网最低价', '网最']);
    const text = '今天全网最低价';
    const hits = collected(ac, text).map(([id, s, e]) => `${id}:${text.slice(s, e)}`);
    expect(hits.sort()).toEqual(['0:最低', '1:最低价', '2:全网最低价', '3:网最'].sort());
  });
});
