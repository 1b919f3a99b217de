import type { RunOfShow } from '../../../shared/protocol/runOfShow';

/**
 * Douyin shop product id → the show's product id: the catalog import keeps the shop's 商品ID as the
 * product's id, so a show product with that id is the one; anything else passes through as 'dy:<id>'.
 */
export function showProductIdFor(show: RunOfShow): (shopProductId: string) => string {
  const ids = new Set(show.products.map((p) => p.id));
  return (shopProductId) => (ids.has(shopProductId) ? shopProductId : `dy:${shopProductId}`);
}
