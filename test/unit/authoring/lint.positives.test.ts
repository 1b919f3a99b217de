import { describe, expect, it } from 'vitest';
import { findingLegalBasis, findingReason } from '../../../shared/i18n/compliance';
import { applySuggestion, lintText } from '../../../shared/domain/compliance';
import type { Finding } from '../../../shared/domain/compliance';

const only = (text: string, ctx = {}): Finding => {
  const fs = lintText(text, ctx);
  expect(fs, JSON.stringify(fs.map((f) => f.text))).toHaveLength(1);
  return fs[0]!;
};

describe('compliance lint: one positive per category, with basis, reason and rewrite', () => {
  it.each([
    ['absolute', '这是全网最好的面霜', '最好', 'absolute-term', 'error', '第九条第（三）项'],
    ['absolute (compound wins)', '我们是销量第一的品牌', '销量第一', 'absolute-term', 'error', '第九条第（三）项'],
    ['absolute (full-width Latin)', '口碑ＮＯ．１', 'ＮＯ．１', 'absolute-term', 'error', '第九条'],
    ['endorsement', '这是机关特供的茶叶', '特供', 'endorsement-claim', 'error', '第九条第（二）项'],
    ['unverifiable', '纯植物配方无副作用', '无副作用', 'unverifiable-claim', 'error', '第二十八条'],
    ['medical', '这个面霜可以消炎', '消炎', 'medical-claim', 'error', '第十七条'],
    ['superstition', '这串手链能招财', '招财', 'superstition', 'error', '第九条第（八）项'],
    ['pressure', '再不抢就没了宝宝们', '再不抢就没了', 'pressure-line', 'error', '平台规则'],
    ['click-bait', '不看后悔的一款', '不看后悔', 'click-bait', 'warning', '平台规则'],
    ['off-platform', '想要的加我微信', '加我微信', 'off-platform-diversion', 'error', '平台规则'],
    ['price: 全网最低', '今天全网最低价', '全网最低价', 'price-lowest-absolute', 'error', '第九条第（三）项'],
  ])('%s', (_label, text, span, rule, severity, basis) => {
    const f = only(text);
    expect(f.text).toBe(span);
    expect(text.slice(f.start, f.end)).toBe(span);
    expect(f.rule).toBe(rule);
    expect(f.severity).toBe(severity);
    expect(findingLegalBasis('zh-CN', f)).toContain(basis);
    expect(findingReason('zh-CN', f)).toMatch(/[\u4e00-\u9fff]/);
    expect(findingReason('en', f).replaceAll(String(f.params.term), '')).not.toMatch(/[\u4e00-\u9fff]/);
    expect(findingLegalBasis('en', f)).not.toMatch(/[\u4e00-\u9fff]/);
    expect(typeof f.suggestion).toBe('string');
  });

  it('matches across spaces and zero-width characters inserted to dodge the filter', () => {
    const f = only('再不抢 就\u200b没了');
    expect(f.text).toBe('再不抢 就\u200b没了');
    expect(only('最 佳 选择').text).toBe('最 佳');
  });

  it('applies a suggestion as a rewrite of exactly the span', () => {
    const text = '今天全网最低价，快来拍';
    const f = only(text);
    expect(applySuggestion(text, f)).toBe('今天直播间专属价，快来拍');
    expect(lintText(applySuggestion(text, f))).toEqual([]);
  });

  it('downgrades an absolute term to a warning when it reads as a same-brand self-comparison', () => {
    const f = only('这是本店最好卖的一款');
    expect(f.severity).toBe('warning');
    expect(findingReason('zh-CN', f)).toContain('自我比较');
    expect(only('这是全网最好卖的一款').severity).toBe('error');
    // The marker must be in the same clause.
    expect(only('本店上新了，这款最好').severity).toBe('error');
  });

  it('flags a word the producer added, with their severity and suggestion', () => {
    const lexicon = { terms: [{ term: '秒杀全场', category: 'custom' as const, severity: 'error' as const, suggestion: '很有竞争力' }], allow: [] };
    const f = only('这个价格秒杀全场', { lexicon });
    expect(f).toMatchObject({ text: '秒杀全场', rule: 'user-term', severity: 'error', suggestion: '很有竞争力', category: 'custom' });
  });

  it('returns sorted, non-overlapping findings with UTF-16 offsets', () => {
    const text = '🎉 第一品牌，100%有效，加微信领券';
    const fs = lintText(text);
    expect(fs.map((f) => f.text)).toEqual(['第一品牌', '100%有效', '加微信']);
    for (const f of fs) expect(text.slice(f.start, f.end)).toBe(f.text);
    for (let i = 1; i < fs.length; i++) expect(fs[i]!.start).toBeGreaterThanOrEqual(fs[i - 1]!.end);
  });
});

describe('compliance lint: price claims against the product price data', () => {
  const prices = { price: 3990, listPrice: 7990, lowestPrice30d: 3990, livePrice: 1990 };

  it('flags a 日常价 higher than the shop price and rewrites the number', () => {
    const text = '日常店铺价 79.9，今天 19.9';
    const f = only(text, { prices });
    expect(f).toMatchObject({ text: '日常店铺价 79.9', rule: 'price-regular-inflated', severity: 'error', category: 'price' });
    expect(findingLegalBasis('zh-CN', f)).toContain('明码标价和禁止价格欺诈规定');
    expect(findingReason('zh-CN', f)).toContain('¥39.9');
    expect(applySuggestion(text, f)).toBe('日常店铺价 39.9，今天 19.9');
  });

  it('reads ¥, thousands separators, full-width digits and 元/块 forms', () => {
    expect(only('原价：¥1,299', { prices: { price: 59900 } }).rule).toBe('price-regular-inflated');
    expect(only('日常 ７９.９ 元', { prices }).rule).toBe('price-regular-inflated');
    expect(only('平时 79 块 9', { prices }).rule).toBe('price-regular-inflated');
  });

  it('flags a 吊牌价 above the list price, and accepts the true one', () => {
    expect(only('吊牌价 99', { prices }).rule).toBe('price-list-inflated');
    expect(lintText('吊牌价 79.9', { prices })).toEqual([]);
  });

  it('flags a spoken live price lower than the slot live price (low bait, high checkout)', () => {
    const f = only('直播间价 9.9', { prices });
    expect(f).toMatchObject({ rule: 'price-live-mismatch', severity: 'error', suggestion: '直播间价 19.9' });
  });

  it('flags 恢复原价 when the live price is not actually lower (fake discount)', () => {
    expect(only('下播恢复原价', { prices: { ...prices, livePrice: 3990 } }).rule).toBe('price-fake-discount');
    expect(lintText('下播恢复原价', { prices })).toEqual([]);
  });

  it('checks 史低 against the 30-day lowest price', () => {
    expect(only('今天是史低', { prices: { ...prices, livePrice: 4990 } })).toMatchObject({ rule: 'price-lowest-false', severity: 'error' });
    expect(only('今天是史低', { prices })).toMatchObject({ rule: 'price-lowest-unverified', severity: 'warning' });
  });

  it('treats subsidies as claims needing proof, and state subsidies as errors', () => {
    expect(only('平台补贴 20 元', { prices })).toMatchObject({ rule: 'price-subsidy', severity: 'warning' });
    expect(only('国家补贴到手更便宜', { prices })).toMatchObject({ rule: 'price-subsidy-state', severity: 'error' });
  });

  it('warns that a price claim cannot be verified when there is no product data', () => {
    expect(only('原价 199')).toMatchObject({ rule: 'price-unverified', severity: 'warning' });
  });
});
