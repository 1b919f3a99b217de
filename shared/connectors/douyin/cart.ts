import type { LiveEvent } from '../../protocol/events';
import type { CartProductMemory, FamilyResult, MapContext } from './context';
import { count, fen, field, flag, idField, isObject, listField, type Json } from './read';

/**
 * 百应 中控台 live cart: `{ code: 0, data: { room_id, promotions: [{ promotion_id, product_id, title,
 * min_price, … }] } }` → `product.state` for products whose price / stock changed since the last poll, and
 * `explain` start/stop when the product on 讲解 changes.
 *  - `min_price`: fen (public tools divide it by 100 to show yuan).
 *  - UNVERIFIED: `stock_num` (units left) and `is_explaining` (this product is on 讲解 now).
 */
export function mapBuyinPromotions(body: Json, ctx: MapContext): FamilyResult {
  const data = field(body, 'data');
  if (!isObject(data)) return null;
  const items = listField(data, 'promotions');
  if (items === undefined) return null;
  const out: LiveEvent[] = [];
  let explaining: string | null = null;
  for (const item of items ?? []) {
    const shopProductId = idField(item, 'product_id');
    if (!shopProductId) {
      ctx.skip();
      continue;
    }
    const productId = ctx.productIdFor(shopProductId);
    const price = fen(item, 'min_price');
    const stock = count(item, 'stock_num');
    const next: CartProductMemory = {
      ...(price !== undefined ? { price } : {}),
      ...(stock !== undefined ? { stock, soldOut: stock === 0 } : {}),
    };
    const prev = ctx.memory.cart.get(productId);
    if (!prev || prev.price !== next.price || prev.stock !== next.stock) {
      ctx.memory.cart.set(productId, next);
      out.push({
        id: `dy:cart:${productId}:${ctx.ts}`, platform: 'douyin', roomId: ctx.roomId, ts: ctx.ts, type: 'product.state',
        productId, ...next, onShelf: true,
      });
    }
    if (flag(item, 'is_explaining') === true && explaining === null) explaining = productId;
  }
  const before = ctx.memory.explaining;
  if (before !== explaining) {
    const base = { platform: 'douyin' as const, roomId: ctx.roomId, ts: ctx.ts, type: 'explain' as const };
    if (before) out.push({ ...base, id: `dy:explain:${before}:stop:${ctx.ts}`, productId: before, state: 'stop' });
    if (explaining) out.push({ ...base, id: `dy:explain:${explaining}:start:${ctx.ts}`, productId: explaining, state: 'start' });
    ctx.memory.explaining = explaining;
  }
  return out;
}
