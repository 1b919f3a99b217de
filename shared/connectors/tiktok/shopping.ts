import { base, checked, ignored, obj, readCommon, str, unknown, type TikTokMapContext, type TikTokMapped } from './payload';

/**
 * `oecLiveShopping` (WebcastOecLiveShoppingMessage: common, popProduct { productId, title, price })
 * → the product the creator pops up (pins) in the room, read as explaining it. Messages without a
 * popped product (other shopping notices) are ignored. TikTok gives no orders or GMV.
 */
export function mapShopping(payload: unknown, ctx: TikTokMapContext): TikTokMapped {
  const c = readCommon(payload, ctx);
  if (!c) return unknown('oecLiveShopping without msgId');
  const productId = str(obj(obj(payload)?.popProduct)?.productId);
  return productId ? checked({ ...base(c, ctx), type: 'explain', productId, state: 'start' }) : ignored;
}
