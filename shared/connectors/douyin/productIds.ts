import type { Product } from '../../protocol/runOfShow';

/** Prefix of a Douyin product the show does not hold (its shop product id kept, so it still has figures). */
export const UNKNOWN_PRODUCT_PREFIX = 'dy:';

/**
 * Builds `productIdFor` for the mappers from the show: the catalog import reads the shop's 商品ID column
 * (headers 商品id / 商品编号 / product_id …, electron/hub/import/headers.ts) into `Product.id`, and SKU ids
 * into `Product.skus[].id`. A Douyin shop product id matches a product by its id, else by one of its SKU
 * ids; anything else passes through as `dy:<id>`.
 */
export function productIdResolver(show: { readonly products: readonly Product[] }): (shopProductId: string) => string {
  const byId = new Map<string, string>();
  const bySku = new Map<string, string>();
  for (const p of show.products) {
    byId.set(p.id.trim(), p.id);
    for (const s of p.skus ?? []) if (!bySku.has(s.id.trim())) bySku.set(s.id.trim(), p.id);
  }
  return (shopProductId) => {
    const key = shopProductId.trim();
    return byId.get(key) ?? bySku.get(key) ?? `${UNKNOWN_PRODUCT_PREFIX}${key}`.slice(0, 128);
  };
}
