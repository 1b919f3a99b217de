import { describe, expect, it } from 'vitest';
import { lintText } from '../../../shared/domain/compliance';
import { lintForm } from '../../../shared/domain/compliance/lintForm';

/**
 * The lint form (shared/domain/compliance/lintForm.ts): evasive spellings fold back to the claim before any rule or
 * the statistical pass reads the text, and every lint-form unit keeps the span of the ORIGINAL text it came from.
 */
const form = (text: string) => {
  const f = lintForm(text);
  return String.fromCharCode(...f.codes.subarray(0, f.length));
};
const spans = (text: string) => lintText(text).map((f) => [f.text, f.category, f.start, f.end]);

describe('lint form: evasions fold to the claim', () => {
  it('maps stand-ins for 最 (rare ones always, homophones only before a comparison word)', () => {
    expect(form('全网蕞低价')).toBe('全网最低价');
    expect(form('朂好的一款')).toBe('最好的一款');
    expect(form('嘴好用的面霜')).toBe('最好用的面霜');
    expect(form('醉美的颜色')).toBe('最美的颜色');
    expect(form('嘴巴干的话涂一点')).toBe('嘴巴干的话涂一点');
    expect(form('喝醉了也别开车')).toBe('喝醉了也别开车');
  });

  it('drops emoji and symbols between two Chinese characters, keeps them elsewhere', () => {
    expect(form('全🔥网🔥最🔥低')).toBe('全网最低');
    expect(form('最*好*用')).toBe('最好用');
    expect(form('绝·对·正品')).toBe('绝对正品');
    expect(form('加微/信')).toBe('加微信');
    expect(form('三点五折 3.5 折')).toBe('三点五折3.5折');
    expect(form('好看🔥')).toBe('好看🔥');
    expect(form('S/M码')).toBe('s/m码');
  });

  it('reads pinyin next to Chinese characters and platform initials', () => {
    expect(form('全网zui低')).toBe('全网最低');
    expect(form('jue对好用')).toBe('绝对好用');
    expect(form('全网di一')).toBe('全网第一');
    expect(form('guo家级')).toBe('国家级');
    expect(form('jd自营价')).toBe('京东自营价');
    expect(form('比pdd便宜')).toBe('比拼多多便宜');
    expect(form('tb搜同款')).toBe('淘宝搜同款');
    // Not pinyin for a claim: English words, a syllable without its partner, letters away from Chinese.
    expect(form('di二件半价')).toBe('di二件半价');
    expect(form('zui')).toBe('zui');
  });

  it('reads 第1 as 第一 but not 第12, and folds traditional characters the shared table lacks', () => {
    expect(form('全网第1')).toBe('全网第一');
    expect(form('第12号链接')).toBe('第12号链接');
    expect(form('全網銷量獨一份')).toBe('全网销量独一份');
    expect(form('絕對醫療級')).toBe('绝对医疗级');
  });
});

describe('lint form: findings keep the spans of the original text', () => {
  it('flags the evasive spelling and cuts the finding from the text as written', () => {
    expect(spans('这款是全🔥网🔥第1的')).toEqual([['全🔥网🔥第1', 'absolute', 3, 11]]);
    expect(spans('家人们全网zui低价')).toEqual([['全网zui低价', 'price', 3, 10]]);
    expect(spans('这个色号蕞好看')).toEqual([['蕞好', 'absolute', 4, 6]]);
    expect(spans('jd自营价卖三百九')).toEqual([['jd自营价', 'platform-comparison', 0, 5]]);
    expect(spans('全網第一的銷量')).toEqual([['全網第一', 'absolute', 0, 4]]);
    expect(spans('今天 全 网 最 低 价')).toEqual([['全 网 最 低 价', 'price', 3, 12]]);
  });

  it('maps every unit back: start/end cover the original code units, an emoji pair included', () => {
    const text = 'a最🔥好zui低';
    const f = lintForm(text);
    const units = [...Array(f.length).keys()].map((i) => [String.fromCharCode(f.codes[i]!), text.slice(f.start[i], f.end[i])]);
    expect(units).toEqual([['a', 'a'], ['最', '最'], ['好', '好'], ['最', 'zui'], ['低', '低']]);
  });

  it('keeps the statistical pass\'s spans on the original text', () => {
    const text = '加我私人薇🔥信，下播了单独给你算便宜点';
    for (const f of lintText(text, { suspects: true })) expect(f.text).toBe(text.slice(f.start, f.end));
  });
});
