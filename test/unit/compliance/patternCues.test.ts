import { describe, expect, it } from 'vitest';
import base from '../../../assets/lexicon/compliance.json';
import { COMPLIANCE_WORDS } from '../../../shared/i18n/compliance';
import { getCompiledLexicon } from '../../../shared/domain/compliance';
import { normalizeMappedTerm } from '../../../shared/text/normalize';
import { readTalkingPoints } from '../../support/measureSets';

/**
 * The cue gate: a pattern family runs only when the automaton found one of its cues, so every
 * text a pattern matches must contain a cue (in the match, or in a lookbehind before it). Checked on every labelled talking point and on the pattern tests' lines.
 */
describe('compliance lint: pattern cues and wording', () => {
  const lex = getCompiledLexicon();
  const lines = [
    ...readTalkingPoints().rows.map((r) => r.text),
    '这款月饼的馅料是顶配中的顶配', '最後 ３０ 秒', '１００％去除所有細菌', '面料百分百新疆长绒棉', '冷藏后饮用风味最佳', '开封后最好三天内喝完',
  ];

  it('gives every pattern family cues, and every match in the labelled lines contains one', () => {
    expect(lex.patterns.length).toBe(base.patterns.length + base.allowPatterns.length);
    let matches = 0;
    for (const p of lex.patterns) {
      expect(p.cues.length, p.re.source).toBeGreaterThan(0);
      const cues = p.cues.map((c) => normalizeMappedTerm(c));
      for (const line of lines) {
        const s = normalizeMappedTerm(line);
        p.re.lastIndex = 0;
        for (let m = p.re.exec(s); m !== null; m = p.re.exec(s)) {
          matches++;
          // The gate needs a cue in the text (a lookbehind pattern has it before the match).
          expect(cues.some((c) => s.includes(c)), `${p.re.source} on ${line}`).toBe(true);
        }
      }
    }
    expect(matches).toBeGreaterThan(100);
  });

  it('words every pattern variant and category in both languages', () => {
    for (const p of base.patterns) {
      for (const lang of ['zh-CN', 'en'] as const) {
        const words = COMPLIANCE_WORDS[lang] as Record<string, string>;
        expect(Object.hasOwn(words, `category.${p.category}`), p.id).toBe(true);
        if ('variant' in p && p.variant) expect(Object.hasOwn(words, `basis.variant.${p.variant}`), p.id).toBe(true);
      }
    }
  });
});
