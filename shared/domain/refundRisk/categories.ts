import categoriesJson from '../../../assets/categories.json';

export interface CategoryInfo {
  key: string;
  name: string;
  nameEn: string;
  baseRefundRate: number;
  sizeSensitive: boolean;
  colorSensitive: boolean;
}

type CategoryRecord = Omit<CategoryInfo, 'key'>;
const CATEGORIES = categoriesJson.categories as Record<string, CategoryRecord>;
const cache = new Map<string, CategoryInfo>();

/**
 * The category entry for a product's category key: the key itself, else its longest dotted
 * prefix that is a key ("apparel.women.dress" → "apparel.women"), else "other".
 */
export function categoryInfo(key: string | null | undefined): CategoryInfo {
  const k = key ?? 'other';
  const hit = cache.get(k);
  if (hit) return hit;
  let probe = k;
  let rec: CategoryRecord | undefined;
  for (;;) {
    rec = Object.hasOwn(CATEGORIES, probe) ? CATEGORIES[probe] : undefined;
    if (rec) break;
    const dot = probe.lastIndexOf('.');
    if (dot < 0) { probe = 'other'; rec = CATEGORIES.other!; break; }
    probe = probe.slice(0, dot);
  }
  const info: CategoryInfo = { key: probe, ...rec };
  if (cache.size < 1000) cache.set(k, info);
  return info;
}
