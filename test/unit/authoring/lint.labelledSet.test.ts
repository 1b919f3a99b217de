import { describe, expect, it } from 'vitest';
import { lintText } from '../../../shared/domain/compliance';
import { readTalkingPoints } from '../../support/measureSets';

/**
 * Issue 16 item 1: recall and false errors of the lint on the public labelled set
 * (test/fixtures/talking-points-labelled.tsv), measured as test/support/measureSets.ts does.
 * Session 2 tuned the lexicon on `dev`; session 3 wrote the held-out split `late3` first, then
 * tuned on dev + late (Chinese-numeral prices, generalised late misses, postposed denials).
 * Reached at the time of writing: dev 166/166, late 65/65, late3 30/41 (before: 25/41), overall
 * 261/272 = 0.96; false errors dev 0/134, late 0/60, late3 2/25 (unchanged: 口感最佳,
 * 百分之百长绒棉 — left as measured, not tuned away). Session 4 wrote `late4` (104 flagged, 67 clean) before any rule
 * change: 57/104 = 0.548, 9/67 false errors; then tuned on dev + late + late3 only (pattern families, compositions):
 * those reached 272/272 and 0/219, late4 measured once as held out: 64/104 = 0.615, 9/67. Then `late5` (102 flagged,
 * 62 clean) was written before looking at late4's misses: 28/102 = 0.275, 3/62 before tuning on late4; after tuning on
 * late4 (104/104, 0/67) late5 measured once as held out: 41/102 = 0.402, 1/62. `late6` (102 flagged, 62 clean) was
 * written next, before looking at late5's misses: 41/102 = 0.402, 2/62 before tuning on late5; after tuning on late5
 * (102/102, 0/62) late6 measured once as held out: 47/102 = 0.461, 2/62. Session 5: `late7` (127 flagged, 73 clean),
 * written blind by a second author, measured once held out after tuning on late6: rules 97/127 = 0.764, with the
 * statistical warnings 114/127 = 0.898, 3/73 false errors; then tuned on (127/127 rules alone, 0/73). `late8` (129
 * flagged, 72 clean), written blind by a third author, measured once held out after tuning on late7: rules 90/129 =
 * 0.698, with the statistical warnings 114/129 = 0.884, 3/72 false errors; then tuned on (lt16c). The TSV's
 * `# held-out:` line names the split kept out of tuning (`none` now). This asserts what was reached.
 */
describe('compliance lint on the public labelled set', () => {
  const set = readTalkingPoints();
  const results = set.rows.map((row) => ({ row, findings: lintText(row.text, row.brand ? { allow: [row.brand] } : {}) }));
  const found = (r: (typeof results)[number]) => r.row.expected.some((c) => {
    const today = set.todayOf.get(c);
    return r.findings.some((f) => f.category === c || (today != null && f.category === today));
  });
  const recall = (split?: string) => {
    const rows = results.filter((r) => r.row.expected.length > 0 && (split ? r.row.split === split : r.row.split !== set.heldOut));
    return rows.filter(found).length / rows.length;
  };
  const falseErrors = (split: string) => results
    .filter((r) => r.row.expected.length === 0 && r.row.split === split && r.findings.some((f) => f.severity === 'error'))
    .map((r) => r.row.text);

  it('finds the flagged lines on every tuning split, rules alone', () => {
    // Session 5: late6 became a tuning split (rules alone 47/102 when measured held out, 102/102 after tuning);
    // late7 (second author, blind) likewise (97/127 held out, 127/127 after tuning); late8 (third author, blind) likewise
    // (90/129 rules alone held out). No held-out split remains.
    expect(set.heldOut).toBeNull();
    expect(recall('dev')).toBe(1);
    expect(recall('late')).toBe(1);
    expect(recall('late3')).toBe(1);
    expect(recall('late4')).toBe(1);
    expect(recall('late5')).toBe(1);
    expect(recall('late6')).toBe(1);
    expect(recall('late7')).toBe(1);
    // late8: the rules reach 125/129 (90 held out); the statistical warnings find the other 4 (measureSets: 129/129).
    expect(recall('late8')).toBeGreaterThanOrEqual(125 / 129);
  });

  it('raises no error on the clean tuning lines (advice 最好+verb, 唯一要注意, 第一代, negated claims, 百分之百长绒棉)', () => {
    expect(falseErrors('dev')).toEqual([]);
    expect(falseErrors('late')).toEqual([]);
    expect(falseErrors('late3')).toEqual([]);
    expect(falseErrors('late4')).toEqual([]);
    expect(falseErrors('late5')).toEqual([]);
    expect(falseErrors('late6')).toEqual([]);
    expect(falseErrors('late7')).toEqual([]);
    expect(falseErrors('late8')).toEqual([]);
  });

  it('reports the new categories under their own ids', () => {
    const cats = new Set(results.flatMap((r) => r.findings.map((f) => f.category)));
    for (const c of ['disparagement', 'review-inducement', 'platform-comparison', 'fake-loss', 'food-health', 'fake-certification']) expect(cats).toContain(c);
  });

  it('keeps the exemptions: negation scope, advice and ordinals', () => {
    expect(lintText('这款锅不是永久不粘的')).toEqual([]);
    expect(lintText('我们不敢说无副作用')).toEqual([]);
    expect(lintText('开封后最好放冰箱冷藏')).toEqual([]);
    expect(lintText('这个是第一代产品')).toEqual([]);
    expect(lintText('这款锅永久不粘').map((f) => f.text)).toEqual(['永久不粘']);
    expect(lintText('永久保修我们不承诺，保修期是一年')).toEqual([]);
    expect(lintText('本品为普通食品，不具有治疗作用')).toEqual([]);
  });

  it('reads prices spoken in Chinese numerals', () => {
    const claim = (t: string) => lintText(t, { prices: { price: 9900, listPrice: 19900 } }).map((f) => [f.text, f.rule, f.params]);
    expect(claim('原价三百九十九，今天九十九')).toEqual([['原价三百九十九', 'price-regular-inflated', { term: '原价', said: 39900, ref: 9900 }]]);
    expect(claim('专柜价一千二')).toEqual([['专柜价一千二', 'price-list-inflated', { term: '专柜价', said: 120000, ref: 19900 }]]);
    expect(claim('吊牌价一百九十九元')).toEqual([]);
    expect(claim('原价九十九块')).toEqual([]);
    expect(lintText('日常一样的品质')).toEqual([]);
  });
});
