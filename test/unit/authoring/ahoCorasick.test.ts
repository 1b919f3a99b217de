import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../../shared/domain/compliance';

function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p, id) => {
    if (!p) return;
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) out.push(`${id}@${at}`);
  });
  return out.sort();
}

describe('AhoCorasick', () => {
  it('finds exactly the occurrences a naive indexOf search finds (overlaps included)', () => {
    const alphabet = fc.constantFrom('最', '佳', '第', '一', '步', 'a', 'b');
    fc.assert(fc.property(
      fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
      fc.string({ unit: alphabet, maxLength: 60 }),
      (raw, text) => {
        const patterns = [...new Set(raw)];
        const ac = new AhoCorasick(patterns);
        const got: string[] = [];
        const codes = Array.from(text, (c) => c.charCodeAt(0));
        ac.scan(codes, codes.length, (id, start) => got.push(`${id}@${start}`));
        expect(got.sort()).toEqual(naive(patterns, text));
      },
    ), { seed: 4, numRuns: 300 });
  });

  it('reports nested and suffix matches (全网最低价 contains 最低价 and 最低)', () => {
    const ac = new AhoCorasick(['最低', '最低价', '全网最低价', '网最']);
    const text = '今天全网最低价';
    const hits: string[] = [];
    ac.scan(Array.from(text, (c) => c.charCodeAt(0)), text.length, (id, s, e) => hits.push(`${id}:${text.slice(s, e)}`));
    expect(hits.sort()).toEqual(['0:最低', '1:最低价', '2:全网最低价', '3:网最'].sort());
  });
});
