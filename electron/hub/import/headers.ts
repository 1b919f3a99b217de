import type { ImportField, ImportMapping } from '../../../shared/protocol/catalogImport';
import { REQUIRED_IMPORT_FIELDS } from '../../../shared/protocol/catalogImport';

/**
 * Column names used by shop back-ends (抖店, 淘宝/天猫, 有赞, 微店 exports) and by hand-made sheets.
 * Headers are compared after normalisation: full-width → half-width, spaces and a unit suffix
 * like "(元)" / "（元）" removed, Latin lower-cased. Earlier synonyms win when two columns match.
 */
export const HEADER_SYNONYMS: Record<ImportField, readonly string[]> = {
  id: ['商品id', '商品编号', '商品编码', '商品code', '宝贝id', 'id', 'productid', 'product_id', '货号', '款号', 'spuid', 'spu'],
  name: ['商品名称', '商品标题', '标题', '商品名', '名称', '品名', '宝贝标题', '宝贝名称', 'name', 'title', 'productname'],
  price: ['售价', '价格', '到手价', '销售价', '现价', '一口价', '商品价格', '单价', '活动价', '直播价', 'price', 'saleprice'],
  listPrice: ['划线价', '原价', '吊牌价', '市场价', '建议零售价', '专柜价', 'listprice', 'originalprice', 'msrp'],
  lowestPrice30d: ['30天最低价', '近30天最低价', '近30日最低价', '30日最低价', '最低价', 'lowestprice30d', 'lowestprice'],
  stock: ['库存', '库存数量', '可售库存', '总库存', '库存数', '数量', 'stock', 'inventory', 'qty'],
  activityStock: ['活动库存', '直播库存', 'activitystock'],
  category: ['类目', '商品类目', '分类', '商品分类', '一级类目', '类别', 'category'],
  brand: ['品牌', '品牌名称', 'brand'],
  skuId: ['skuid', 'sku编码', 'sku编号', '规格id', '规格编码', 'skucode'],
  skuName: ['sku', 'sku名称', '规格', '规格名称', '销售属性', '颜色尺码', 'skuname', '款式'],
  skuPrice: ['sku价格', 'sku售价', '规格价格', '规格售价', 'skuprice'],
  skuStock: ['sku库存', '规格库存', 'skustock'],
};

/** Unit hint from a header such as "售价(分)" or "价格（元）". */
export type PriceUnit = 'yuan' | 'fen';

export function normalizeHeader(h: string): string {
  let s = '';
  for (const ch of h.trim()) {
    let c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c === 0x3000 || c === 0x20 || c === 0x09 || c === 0xfeff || c === 0x200b) continue;
    s += String.fromCharCode(c);
  }
  s = s.toLowerCase().replace(/[*＊]/g, '');
  // Drop a trailing unit or note in parentheses: 售价(元), 库存（件）, 价格[元].
  s = s.replace(/[([【].*?[)\]】]$/u, '');
  return s.replace(/[-./:：]/g, '');
}

export function headerUnit(h: string): PriceUnit {
  return /[(（[【]\s*分\s*[)）\]】]/u.test(h) ? 'fen' : 'yuan';
}

const LOOKUP = new Map<string, ImportField>();
for (const field of Object.keys(HEADER_SYNONYMS) as ImportField[]) {
  for (const syn of HEADER_SYNONYMS[field]) {
    const key = normalizeHeader(syn);
    if (!LOOKUP.has(key)) LOOKUP.set(key, field);
  }
}

export function fieldForHeader(h: string): ImportField | undefined {
  return LOOKUP.get(normalizeHeader(h));
}

export interface DetectedMapping {
  mapping: ImportMapping;
  unknownHeaders: { column: number; header: string }[];
  missingFields: ImportField[];
}

/**
 * Maps headers to fields. An explicit mapping from the client (the mapping step) is used as is:
 * fields it leaves out are not imported. Without one, fields are detected from the headers.
 */
export function detectMapping(headers: readonly string[], explicit?: ImportMapping): DetectedMapping {
  const mapping: ImportMapping = {};
  const used = new Set<number>();
  if (explicit) {
    for (const [field, col] of Object.entries(explicit) as [ImportField, number | undefined][]) {
      if (col === undefined || col < 0 || col >= headers.length || used.has(col)) continue;
      mapping[field] = col;
      used.add(col);
    }
  } else {
    headers.forEach((h, col) => {
      const field = fieldForHeader(h);
      if (!field || mapping[field] !== undefined) return;
      mapping[field] = col;
      used.add(col);
    });
  }
  const unknownHeaders = headers
    .map((header, column) => ({ column, header }))
    .filter(({ column, header }) => !used.has(column) && header.trim().length > 0);
  const missingFields = REQUIRED_IMPORT_FIELDS.filter((f) => mapping[f] === undefined);
  return { mapping, unknownHeaders, missingFields };
}

/** How many cells of a row look like known headers (to find the header row below title rows). */
export function headerScore(cells: readonly string[]): number {
  let score = 0;
  const seen = new Set<ImportField>();
  for (const c of cells) {
    const f = fieldForHeader(c);
    if (f && !seen.has(f)) { seen.add(f); score += REQUIRED_IMPORT_FIELDS.includes(f) ? 2 : 1; }
  }
  return score;
}
