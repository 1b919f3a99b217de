import { describe, expect, it } from 'vitest';
import { quickReplies, skuOptions } from '../../../../shared/domain/comments/quickReplies';
import { loadSampleShow } from '../../../../electron/hub/sampleShow';
import type { Product } from '../../../../shared/protocol/runOfShow';

const show = loadSampleShow();
const coat = show.products.find((p) => (p.skus ?? []).some((s) => /\bM\b/.test(s.name)))!;
const slot = show.slots.find((s) => s.productId === coat.id)!;

describe('quick replies', () => {
  it('reads sizes and colours from SKU names', () => {
    const p: Product = { id: 'p', name: '大衣', category: 'apparel.women', price: 100, stock: 1, skus: [
      { id: 'a', name: '驼色 M' }, { id: 'b', name: '驼色 L' }, { id: 'c', name: '黑色 M' },
    ] };
    expect(skuOptions(p)).toEqual({ sizes: ['M', 'L'], colors: ['驼色', '黑色'] });
  });

  it('fills a size answer with the on-air product and its sizes', () => {
    const replies = quickReplies('size', { product: coat, slot, livePrice: 49900, stock: 12 });
    expect(replies.length).toBeGreaterThan(0);
    expect(replies[0]).toContain(coat.name);
    expect(replies[0]).toMatch(/M/);
    expect(replies.join('')).not.toMatch(/[{}]/);
  });

  it('states the live price in yuan', () => {
    const replies = quickReplies('price', { product: coat, slot, livePrice: 49900, stock: 12 });
    expect(replies[0]).toContain('¥499');
  });

  it('leaves out templates whose facts are unknown instead of sending a hole', () => {
    const replies = quickReplies('stock', { product: null, slot: null, livePrice: null, stock: null });
    expect(replies.every((r) => !r.includes('{'))).toBe(true);
    expect(replies.some((r) => r.includes('件'))).toBe(false);
  });

  it('offers nothing for comments without a question topic', () => {
    expect(quickReplies(null, { product: coat, slot, livePrice: 1, stock: 1 })).toEqual([]);
  });
});
