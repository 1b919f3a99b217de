import { describe, expect, it } from 'vitest';
import { normalizeMapped, normalizeMappedTerm, normalizeTerm } from '../../../shared/text/normalize';

const lintForm = (text: string) => {
  const n = normalizeMapped(text);
  return { text: String.fromCharCode(...n.codes.subarray(0, n.length)), map: Array.from(n.map.subarray(0, n.length)) };
};

describe('comment key', () => {
  it('folds width, case and traditional characters and drops zero-width ones', () => {
    expect(normalizeTerm('ＸＬ碼還有嗎')).toBe('xl码还有吗');
    expect(normalizeTerm('退\u200b款')).toBe('退款');
    expect(normalizeTerm('1️⃣号链接')).toBe('1号链接');
  });

  it('removes spaces and punctuation and cuts runs of three to two', () => {
    expect(normalizeTerm('好好好看！！！')).toBe('好好看');
    expect(normalizeTerm('？？？')).toBe('??');
    expect(normalizeTerm('111 号')).toBe('111号');
  });
});

describe('lint form', () => {
  it('drops blanks and zero-width characters and keeps the rest, folded', () => {
    expect(lintForm('最 佳').text).toBe('最佳');
    expect(lintForm('全网\u200b最低！').text).toBe('全网最低!');
    expect(lintForm('ＡＢ\n國家級').text).toBe('ab\n国家级');
    expect(normalizeMappedTerm('No.1')).toBe('no.1');
  });

  it('maps every normalised unit back to its code unit in the original text', () => {
    const original = '今天 全\u3000网\u200d最低价';
    const { text, map } = lintForm(original);
    expect(text).toBe('今天全网最低价');
    expect(map).toEqual([0, 1, 3, 5, 7, 8, 9]);
    for (let i = 0; i < text.length; i++) expect(original[map[i]!]).toBe(text[i]);
  });
});
