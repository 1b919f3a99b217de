import { describe, expect, it } from 'vitest';
import { lintText } from '../../../shared/domain/compliance';

const clean = (text: string, ctx = {}) => expect(lintText(text, ctx).map((f) => f.text)).toEqual([]);

describe('compliance lint: compound terms that must NOT be flagged', () => {
  it.each([
    ['第一步', '第一步先把外包装拆开'],
    ['第一次', '第一次来直播间的宝宝点个关注'],
    ['第一个', '今天第一个款是打底衫'],
    ['第一时间', '拍下后第一时间给大家发货'],
    ['最近', '最近天气转凉了'],
    ['首先', '首先看一下面料'],
    ['最新款', '这是我们家今年的最新款'],
    ['最佳赏味期', '坚果开封后的最佳赏味期是一个月'],
    ['最佳食用时间', '月饼的最佳食用时间是收到后七天内'],
    ['最好 + advice', '羊毛面料最好干洗，最好不要暴晒'],
    ['最大码', '最大码可以穿到 150 斤'],
    ['最高减 (coupon cap)', '优惠券最高减 50 元'],
    ['100% composition', '面料是 100% 桑蚕丝，里布 100%棉'],
    ['special grade name', '这款是特级初榨橄榄油'],
    ['channel-exclusive SKU', '这是直播间专供的规格'],
    ['日常 without a number', '日常通勤、周末约会都能穿'],
    ['平时 + non-price unit', '平时 3 天发货，今天 48 小时内发'],
    ['显瘦 (apparel fit)', '高腰设计很显瘦'],
  ])('%s', (_label, text) => clean(text));

  it('does not flag a term inside a registered trademark passed as context (the product brand)', () => {
    expect(lintText('第一坊老面馒头，蓬松好吃')).toHaveLength(1);
    clean('第一坊老面馒头，蓬松好吃', { allow: ['第一坊'] });
  });

  it('does not flag a producer-allowed phrase from the document lexicon', () => {
    expect(lintText('极致轻薄系列')).toHaveLength(1);
    clean('极致轻薄系列', { lexicon: { terms: [], allow: ['极致轻薄'] } });
  });

  it('keeps Latin terms to word boundaries (vx inside another word is not diversion)', () => {
    clean('面料是 Lvxiu 品牌定制');
    expect(lintText('有问题加 vx 聊').map((f) => f.rule)).toEqual(['off-platform-diversion']);
  });

  it('accepts price claims that match the product data', () => {
    const prices = { price: 45900, listPrice: 89900, lowestPrice30d: 45900, livePrice: 39900 };
    clean('日常店铺价 459，吊牌价 899，今天直播间价 399，时间一到恢复原价', { prices });
  });
});
