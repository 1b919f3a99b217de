import { describe, expect, it } from 'vitest';
import { createRng } from '../../../shared/domain/rng';
import { buildCatalog } from '../../../shared/sim/catalog';
import { CommentWriter, type CommentScene } from '../../../shared/sim/comments';
import { nicknameFor } from '../../../shared/sim/nicknames';
import { SHOW } from './support';

const catalog = buildCatalog(SHOW);
const scene = (id: string | null, over: Partial<CommentScene> = {}): CommentScene => ({
  product: id ? catalog.get(id)! : null, priceFen: 49_900, soldOut: false, reveal: false, pressure: false, unrest: 0, ...over,
});
const sample = (s: CommentScene, n = 3000, seed = 1) => {
  const w = new CommentWriter(createRng(seed));
  return Array.from({ length: n }, () => w.comment(s));
};

describe('product catalog for the audience', () => {
  it('derives the noun, colours and sizes viewers talk about from names and SKUs', () => {
    expect(catalog.get('p03-coat')).toMatchObject({ noun: '大衣', kind: 'apparel', colors: ['驼色', '黑色', '雾霾灰'], sizes: ['S', 'M', 'L'], baseRefundRate: 0.5, luckyBagPhrase: null });
    expect(catalog.get('p07-leggings')!.sizes).toEqual(['M', 'L', 'XL']);
    expect(catalog.get('p05-cream')).toMatchObject({ noun: '面霜', kind: 'beauty', colors: [], sizes: [], luckyBagPhrase: '换季不干' });
    expect(catalog.get('p09-lipstick')!.colors).toEqual(['枫叶红', '焦糖奶茶', '豆沙玫瑰']);
  });
});

describe('comment writer', () => {
  it('writes short Chinese comments with no unfilled placeholders', () => {
    const texts = sample(scene('p03-coat'));
    for (const t of texts) {
      expect(t.length).toBeGreaterThan(0);
      expect(t.length).toBeLessThanOrEqual(200);
      expect(t).not.toMatch(/[{}]/);
    }
    expect(new Set(texts).size).toBeGreaterThan(400);
  });

  it('mixes in emoji, 抖音 bracket emoji, traditional characters, typos and pinyin abbreviations', () => {
    const texts = sample(scene('p03-coat'), 5000);
    expect(texts.some((t) => /\p{Extended_Pictographic}/u.test(t))).toBe(true);
    expect(texts.some((t) => /\[[\u4e00-\u9fff]+\]/.test(t))).toBe(true);
    expect(texts.some((t) => /[這麼發貨還碼買嗎們]/.test(t))).toBe(true);
    expect(texts.some((t) => /多少前|发或|尺吗|链结|神马/.test(t))).toBe(true);
    expect(texts.some((t) => /\b(yyds|zb|jg|yp|xswl|dd)\b/i.test(t))).toBe(true);
    expect(texts.filter((t) => /^(1+|扣1)$/.test(t)).length).toBeGreaterThan(10);
  });

  it('asks size questions about apparel but not about skincare', () => {
    const coat = sample(scene('p03-coat'));
    const cream = sample(scene('p05-cream'));
    const sizeQ = /什么码|啥码|尺码|大码|偏大|偏小/;
    expect(coat.filter((t) => sizeQ.test(t)).length).toBeGreaterThan(60);
    expect(cream.filter((t) => sizeQ.test(t)).length).toBeLessThan(coat.filter((t) => sizeQ.test(t)).length / 5);
    expect(cream.filter((t) => /敏感肌|油皮|干皮|过敏|闷痘/.test(t)).length).toBeGreaterThan(20);
  });

  it('turns to 补货 / 没了 when sold out and to price and purchase signals at a price reveal', () => {
    const soldOut = sample(scene('p03-coat', { soldOut: true }));
    expect(soldOut.filter((t) => /补|没了|没抢到|售罄/.test(t)).length).toBeGreaterThan(soldOut.length * 0.3);
    const reveal = sample(scene('p03-coat', { reveal: true }));
    const calm = sample(scene('p03-coat'));
    const buying = (xs: string[]) => xs.filter((t) => /^(1+|扣1|拍了|已拍|冲|上链接)/.test(t)).length;
    expect(buying(reveal)).toBeGreaterThan(2 * buying(calm));
  });

  it('grows refund and complaint talk with unrest', () => {
    const calm = sample(scene('p03-coat'));
    const upset = sample(scene('p03-coat', { unrest: 1 }));
    const refundTalk = (xs: string[]) => xs.filter((t) => /退/.test(t)).length;
    expect(refundTalk(upset)).toBeGreaterThan(3 * refundTalk(calm));
  });

  it('writes the 口令 for 福袋 comments and buyer comments that name the SKU bought', () => {
    const w = new CommentWriter(createRng(3));
    const bag = Array.from({ length: 500 }, () => w.luckyBag('秋冬上新'));
    expect(bag.filter((t) => t.includes('秋冬上新')).length).toBeGreaterThan(300);
    const after = Array.from({ length: 400 }, () => w.afterOrder(catalog.get('p03-coat')!, 'p03-grey-m', 1));
    expect(after.some((t) => t.includes('雾霾灰') && /m/i.test(t))).toBe(true);
  });

  it('talks only generically when nothing is on air', () => {
    const texts = sample(scene(null));
    expect(texts.some((t) => /大衣|面霜|驼色/.test(t))).toBe(false);
  });
});

describe('nicknames', () => {
  it('are stable per viewer and seed, and varied', () => {
    expect(nicknameFor(7, 123)).toBe(nicknameFor(7, 123));
    const names = new Set(Array.from({ length: 2000 }, (_, i) => nicknameFor(7, i)));
    expect(names.size).toBeGreaterThan(800);
    expect([...names].some((n) => /^用户\d{10}$/.test(n))).toBe(true);
  });
});
