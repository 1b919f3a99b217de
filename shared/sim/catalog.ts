import categories from '../../assets/categories.json';
import corpus from '../../assets/sim/comments.json';
import type { ProductRole, RunOfShow } from '../protocol/runOfShow';
import { slotPrice } from '../protocol/runOfShow';

/** Which template family a product's comments come from. */
export type CorpusKind = 'apparel' | 'beauty' | 'other';

/** What the simulated audience knows about one product: enough to talk about it and buy it. */
export interface ProductView {
  id: string;
  name: string;
  /** Short noun viewers use (大衣, 面霜…). */
  noun: string;
  kind: CorpusKind;
  colors: string[];
  sizes: string[];
  skus: { id: string; weight: number; color: string | null; size: string | null }[];
  category: string;
  baseRefundRate: number;
  listPrice: number | null;
  /** Price in the first slot that airs it (fen). */
  planPrice: number;
  role: ProductRole | null;
  /** 福袋 口令 planned for its slot, if any. */
  luckyBagPhrase: string | null;
}

interface CategoryInfo { baseRefundRate: number; sizeSensitive: boolean; colorSensitive: boolean }
const CATEGORIES = categories.categories as Record<string, CategoryInfo>;
const NOUNS: readonly string[] = corpus.productNouns;
const SIZE_RE = /^(XXS|XS|S|M|L|XL|XXL|XXXL|2XL|3XL|4XL|均码|\d{2,3}码?)$/i;
const SIZE_WEIGHT: Record<string, number> = { S: 0.9, M: 1.4, L: 1.2, XL: 0.7, XXL: 0.4 };

/** The 口令 in a planned 福袋 note such as "福袋 口令：秋冬上新，5 分钟开奖". */
export function phraseFromNote(note: string): string | null {
  const m = /口令\s*[:：]?\s*[「“"']?([^\s，,。；;」”"'、]{2,20})/.exec(note);
  return m ? m[1]! : null;
}

function kindOf(category: string): CorpusKind {
  if (category.startsWith('apparel') || category === 'shoes') return 'apparel';
  if (category.startsWith('beauty')) return 'beauty';
  return 'other';
}

function nounOf(name: string): string {
  for (const n of NOUNS) if (name.includes(n)) return n;
  return '这个';
}

function splitSku(name: string): { color: string | null; size: string | null } {
  let color: string | null = null;
  let size: string | null = null;
  for (const raw of name.split(/\s+/)) {
    const token = raw.replace(/[（(].*$/, '');
    if (!token) continue;
    if (SIZE_RE.test(token)) size = token.toUpperCase();
    else if (!token.startsWith('#') && !/^\d+(g|ml|ML|支|瓶)?$/.test(token) && color === null) color = token;
  }
  return { color, size };
}

/** Build the audience's view of every product in the run-of-show. */
export function buildCatalog(show: RunOfShow): Map<string, ProductView> {
  const out = new Map<string, ProductView>();
  for (const p of show.products) {
    const cat = CATEGORIES[p.category] ?? CATEGORIES.other!;
    const slot = show.slots.find((s) => s.productId === p.id) ?? null;
    const colors = new Set<string>();
    const sizes = new Set<string>();
    const skus: ProductView['skus'] = [];
    for (const sku of p.skus ?? []) {
      const { color, size } = splitSku(sku.name);
      if (color && cat.colorSensitive) colors.add(color);
      if (size && cat.sizeSensitive) sizes.add(size);
      skus.push({ id: sku.id, weight: (size ? SIZE_WEIGHT[size] ?? 0.8 : 1) * (sku.stock === 0 ? 0 : 1), color: cat.colorSensitive ? color : null, size: cat.sizeSensitive ? size : null });
    }
    const bag = slot?.cues.find((c) => c.kind === 'lucky_bag');
    out.set(p.id, {
      id: p.id, name: p.name, noun: nounOf(p.name), kind: kindOf(p.category),
      colors: [...colors], sizes: [...sizes], skus, category: p.category,
      baseRefundRate: cat.baseRefundRate, listPrice: p.listPrice ?? null,
      planPrice: slot ? slotPrice(show, slot) : p.price,
      role: slot?.role ?? null,
      luckyBagPhrase: bag ? phraseFromNote(bag.note) : null,
    });
  }
  return out;
}
