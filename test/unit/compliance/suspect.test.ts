import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../../shared/domain/compliance';
import { suspectScores } from '../../../shared/domain/compliance/suspect';
import { findingLegalBasis, findingReason } from '../../../shared/i18n/compliance';
import { readTalkingPoints } from '../../support/measureSets';
import { DEFAULTS, trainSuspect } from '../../support/trainSuspect';

/**
 * The lint's statistical second pass (shared/domain/compliance/suspect.ts, weights in
 * assets/lexicon/compliance-model.json fitted by test/support/trainSuspect.ts).
 */
const withPass = (text: string) => lintText(text, { suspects: true });
const suspects = (text: string) => withPass(text).filter((f) => f.rule === 'suspect').map((f) => [f.text, f.category, f.severity]);

describe('lint: statistical second pass (suspect.ts)', () => {
  it('warns on wordings no term or pattern lists, with the right category, on the clause that holds them', () => {
    expect(suspects('加我私人微信，下播了单独给你算便宜点')).toEqual([['加我私人微信', 'diversion', 'warning']]);
    expect(suspects('这款有国际权威机构颁发的金奖证书')).toEqual([['这款有国际权威机构颁发的金奖证书', 'fake-certification', 'warning']]);
    expect(suspects('某某明星自己也天天在用这款')).toEqual([['某某明星自己也天天在用这款', 'celebrity-endorsement', 'warning']]);
    expect(suspects('这个面霜用一周保证你脸上干干净净')).toEqual([['这个面霜用一周保证你脸上干干净净', 'efficacy-guarantee', 'warning']]);
    // The rules alone (no ctx.suspects) say nothing on these lines: the pass is what finds them.
    expect(lintText('这款有国际权威机构颁发的金奖证书')).toEqual([]);
  });

  it('stays out of clauses the rules flagged, and off plain lines', () => {
    const f = withPass('隔壁那家的东西全是垃圾货，千万别买');
    const rule = f.find((x) => x.rule === 'disparagement')!;
    expect(rule.text).toBe('隔壁那家的东西全是垃圾');
    // Nothing of the pass on the clause the rule flagged (a warning may sit on another clause of the line).
    expect(f.filter((x) => x.rule === 'suspect' && x.start < rule.end + 1)).toEqual([]);
    expect(withPass('这款杯子容量是五百毫升，适合上班带')).toEqual([]);
    expect(withPass('衣服第一次洗的时候建议冷水手洗')).toEqual([]);
  });

  it('never gives a clean consumer tip an error', () => {
    for (const tip of ['冬天洗完手记得擦点护手霜，皮肤不容易干', '开封后请冷藏，三天内吃完口感最佳', '第一步先用洁面，第二步再上精华', '真丝衣服建议冷水手洗，不要暴晒']) {
      expect(withPass(tip).filter((f) => f.severity === 'error'), tip).toEqual([]);
    }
  });

  it('only ever warns, and keeps findings sorted and non-overlapping, on every labelled line', () => {
    const { rows } = readTalkingPoints();
    let warned = 0;
    for (const r of rows) {
      const f = lintText(r.text, r.brand ? { allow: [r.brand], suspects: true } : { suspects: true });
      const rules = lintText(r.text, r.brand ? { allow: [r.brand] } : {});
      for (const x of f.filter((y) => y.rule === 'suspect')) {
        warned++;
        expect(x.severity).toBe('warning');
        expect(x.text).toBe(r.text.slice(x.start, x.end));
      }
      // The pass adds findings, it never changes or removes the rules' findings.
      expect(f.filter((y) => y.rule !== 'suspect')).toEqual(rules);
      for (let i = 1; i < f.length; i++) expect(f[i]!.start).toBeGreaterThanOrEqual(f[i - 1]!.end);
    }
    expect(warned).toBeGreaterThan(0);
  });

  it('does not score the product\'s brand', () => {
    const score = (text: string, allow: string[]) => lintText(text, { suspects: true, allow }).find((f) => f.rule === 'suspect')?.params.score;
    // The brand's n-grams do not count: the score drops, and a brand that carries all the evidence silences the pass.
    const withBrand = score('某某明星自己也天天在用这款', ['明星']);
    expect(withBrand === undefined || Number(withBrand) < Number(score('某某明星自己也天天在用这款', [])) - 1, String(withBrand)).toBe(true);
    expect(score('某某明星自己也天天在用这款', [])).toBeDefined();
    expect(score('这款有国际权威机构颁发的金奖证书', ['国际权威机构颁发的金奖证书'])).toBeUndefined();
  });

  it('is worded "疑似{类别}，请复核" in zh-CN and in English', () => {
    const [f] = withPass('这款有国际权威机构颁发的金奖证书');
    expect(findingReason('zh-CN', f!)).toMatch(/^疑似虚假认证与荣誉，请复核/);
    expect(findingReason('en', f!)).toMatch(/^Possibly Fake certification \/ awards — please review/);
    expect(findingLegalBasis('en', f!)).toContain('Statistical hint');
  });

  it('trains deterministically: the same seed gives the committed weights file byte for byte', () => {
    const committed = readFileSync(new URL('../../../assets/lexicon/compliance-model.json', import.meta.url), 'utf8');
    const again = trainSuspect(DEFAULTS);
    expect(again.json).toBe(committed);
    expect(committed.length).toBeLessThan(300_000);
    // Thresholds keep clean lines quiet in cross-validation on the tuning splits (and the harmless host talk).
    expect(again.cv.cleanWarned / again.cv.clean).toBeLessThan(0.05);
    expect(again.routine).toBeGreaterThan(50);
    // No threshold below the configured floor.
    for (const c of Object.values(again.model.categories)) expect(c.threshold).toBeGreaterThanOrEqual(DEFAULTS.minThreshold - 0.01);
    // Scores come from that file: a changed seed changes them.
    const other = trainSuspect({ ...DEFAULTS, seed: DEFAULTS.seed + 1, folds: 2, epochs: 5 });
    expect(other.json).not.toBe(committed);
    expect(Object.keys(suspectScores('加我私人微信'))).toContain('diversion');
  }, 180_000);
});
