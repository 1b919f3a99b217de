import templates from '../../../assets/quick-replies.json';
import type { Topic } from '../../protocol/room';
import type { Product, Slot } from '../../protocol/runOfShow';
import { fmtYuan } from '../../text/numberFormat';

export interface QuickReplyContext {
  product: Product | null;
  slot: Slot | null;
  /** Live price of the on-air slot, fen. */
  livePrice: number | null;
  /** Stock left now (live state), if known. */
  stock: number | null;
}

const TEMPLATES = templates as unknown as Record<Topic, string[]>;
const SIZE_RE = /^(XXS|XS|S|M|L|XL|XXL|XXXL|[2-4]XL|均码|\d{2,3}码?)$/i;

/** Sizes and colours named in a product's SKUs ("驼色 M" → colour 驼色, size M). */
export function skuOptions(product: Product | null): { sizes: string[]; colors: string[] } {
  const sizes: string[] = [];
  const colors: string[] = [];
  for (const sku of product?.skus ?? []) {
    for (const token of sku.name.split(/[\s/／,，]+/)) {
      if (!token) continue;
      const list = SIZE_RE.test(token) ? sizes : colors;
      if (!list.includes(token)) list.push(token);
    }
  }
  return { sizes, colors };
}

/**
 * Ready-to-paste answers for a question topic, with the on-air product's facts filled in.
 * Templates that need a fact we do not have are left out rather than sent with a hole.
 */
export function quickReplies(topic: Topic | null, ctx: QuickReplyContext): string[] {
  if (!topic) return [];
  const { sizes, colors } = skuOptions(ctx.product);
  const values: Record<string, string | null> = {
    product: ctx.product?.name ?? null,
    price: ctx.livePrice !== null ? fmtYuan(ctx.livePrice) : null,
    sizes: sizes.length ? sizes.join('/') : null,
    colors: colors.length ? colors.join('、') : null,
    stock: ctx.stock !== null ? String(ctx.stock) : null,
    mechanism: ctx.slot?.mechanism ? ctx.slot.mechanism : null,
  };
  const out: string[] = [];
  for (const template of TEMPLATES[topic] ?? []) {
    let missing = false;
    const text = template.replace(/\{(\w+)\}/g, (_, key: string) => {
      const v = values[key];
      if (v === null || v === undefined) missing = true;
      return v ?? '';
    });
    if (!missing) out.push(text);
  }
  return out;
}
