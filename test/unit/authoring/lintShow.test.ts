import { describe, expect, it } from 'vitest';
import { lintShow, printedLineNumbers, printedShowLines } from '../../../shared/domain/compliance';
import { RunOfShow } from '../../../shared/protocol/runOfShow';
import sample from '../../../assets/sample-show.json';

const show = RunOfShow.parse(sample);

describe('lintShow on the sample run-of-show', () => {
  const findings = lintShow(show);

  it('catches the deliberate risky phrases (全网最低, 再不抢就没了) in the right slot and section', () => {
    const lowest = findings.find((f) => f.text === '全网最低价')!;
    expect(lowest).toMatchObject({ slotId: 's06', section: 'priceMechanism', rule: 'price-lowest-absolute', severity: 'error', line: 1 });
    const pressure = findings.find((f) => f.text === '再不抢就没了')!;
    expect(pressure).toMatchObject({ slotId: 's03', section: 'closing', category: 'pressure' });
  });

  it('checks each slot against its own product: an inflated 日常价 is caught, a true one is not', () => {
    // s01: product p01-tee sells at 39.9; the script says 日常店铺价 79.9 (its list price).
    expect(findings.find((f) => f.slotId === 's01' && f.rule === 'price-regular-inflated')?.text).toBe('日常店铺价 79.9');
    // s03: 吊牌价 1299 and 店铺日常 599 both match p03-coat's data.
    expect(findings.filter((f) => f.slotId === 's03' && f.category === 'price')).toEqual([]);
  });

  it('gives line-relative offsets that point at the flagged text in the section', () => {
    for (const f of findings) {
      const text = f.section === 'mechanism' ? show.slots[f.slotIndex]!.mechanism : show.slots[f.slotIndex]!.talkingPoints[f.section];
      const line = text.split('\n')[f.line - 1]!;
      expect(line.slice(f.lineStart, f.lineEnd)).toBe(f.text);
    }
  });

  it('maps findings to the printed run-of-show lines, verbatim', () => {
    const printed = printedShowLines(show);
    expect(printed[0]!.text).toBe(show.title);
    const lines = printedLineNumbers(show, findings);
    findings.forEach((f, i) => expect(printed[lines[i]! - 1]!.text.slice(f.lineStart, f.lineEnd)).toBe(f.text));
  });

  it('numbers lines within multi-line sections', () => {
    const multi = { ...show, slots: [{ ...show.slots[0]!, talkingPoints: { ...show.slots[0]!.talkingPoints, closing: '第一行没问题\n第二行加微信' } }] };
    const f = lintShow(multi).find((x) => x.section === 'closing')!;
    expect(f).toMatchObject({ line: 2, lineStart: 3, lineEnd: 6, text: '加微信' });
  });

  it('honours the producer lexicon stored with the document', () => {
    const withWord = lintShow(show, { terms: [{ term: '提气色', category: 'custom', severity: 'warning' }], allow: [] });
    expect(withWord.some((f) => f.text === '提气色' && f.rule === 'user-term')).toBe(true);
    const allowed = lintShow(show, { terms: [], allow: ['全网最低价'] });
    expect(allowed.some((f) => f.text === '全网最低价')).toBe(false);
  });
});
