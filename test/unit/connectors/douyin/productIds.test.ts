import { describe, expect, it } from 'vitest';
import { createDouyinMapper, defaultDouyinRules, productIdResolver } from '../../../../shared/connectors/douyin';
import type { Product } from '../../../../shared/protocol/runOfShow';
import { captured, douyinUrl, orderStreamBody } from '../../../support/douyin/payloads';

const product = (id: string, skus: string[] = []): Product => ({
  id, name: id, category: 'apparel.women', price: 100, stock: 5, ...(skus.length ? { skus: skus.map((s) => ({ id: s, name: s })) } : {}),
});

describe('productIdResolver(show)', () => {
  const resolve = productIdResolver({ products: [product('3600000000000000001'), product('row-3', ['1780000000000000001'])] });

  it('matches the shop product id the catalog import stored as the product id', () => {
    expect(resolve('3600000000000000001')).toBe('3600000000000000001');
    expect(resolve(' 3600000000000000001 ')).toBe('3600000000000000001');
  });

  it('matches a SKU id to its product, and passes unknown ids through as dy:<id>', () => {
    expect(resolve('1780000000000000001')).toBe('row-3');
    expect(resolve('999')).toBe('dy:999');
  });

  it('feeds the mapper: an order for a catalog product lands on it', () => {
    const m = createDouyinMapper({ roomId: 'r', rules: defaultDouyinRules(), productIdFor: resolve });
    const out = m.map(captured(douyinUrl('compassOrderStream'), orderStreamBody([
      { orderId: 'o1', productId: '3600000000000000001', amountFen: 100, status: 3 },
      { orderId: 'o2', productId: '42', amountFen: 100, status: 3 },
    ]), 1));
    expect(out.kind === 'mapped' && out.events.filter((e) => e.type === 'order.paid').map((e) => ('productId' in e ? e.productId : ''))).toEqual(['3600000000000000001', 'dy:42']);
  });
});
