import type { ImportField, ImportIssue, ImportIssueCode, ImportIssueParams, ImportMapping, ImportResult, RowIssue } from '../../../shared/protocol/catalogImport';
import { Product, type Sku } from '../../../shared/protocol/runOfShow';
import { categoryKey } from './categories';
import { detectMapping, headerScore, headerUnit } from './headers';
import type { RawCell, RawRow, RawTable } from './table';
import { cellText, isBlankRow } from './table';
import { parseCount, parsePrice, parseText, type CellResult } from './values';

const MAX_PRODUCTS = 20_000;
const MAX_SKUS = 500;
const HEADER_SEARCH_ROWS = 10;

const issue = (code: ImportIssueCode, params?: ImportIssueParams): ImportIssue => (params ? { code, params } : { code });
const rowIssue = (row: number, code: ImportIssueCode, params?: ImportIssueParams): RowIssue => ({ row, issues: [issue(code, params)] });

interface Group {
  product: Product;
  firstRow: number;
  skus: Sku[];
  rowPrices: number[];
  rowStocks: number[];
}

/** Picks the header row: the best-scoring of the first rows (shop exports put titles above it). */
function findHeader(rows: readonly RawRow[]): number {
  let best = -1;
  let bestScore = 0;
  let seen = 0;
  for (let i = 0; i < rows.length && seen < HEADER_SEARCH_ROWS; i++) {
    if (isBlankRow(rows[i]!)) continue;
    seen++;
    const score = headerScore(rows[i]!.cells.map(cellText));
    if (score > bestScore) { best = i; bestScore = score; }
  }
  if (best >= 0) return best;
  return rows.findIndex((r) => !isBlankRow(r));
}

/**
 * Turns a raw sheet into products. Each data row either becomes (part of) a product or is listed
 * in `errors` with its Excel row number and the reason — a row is never imported half-right.
 * Rows sharing a 商品ID are one product when a SKU column is mapped (one row per SKU, product
 * stock = sum of the rows' stock unless a separate SKU-stock column exists); otherwise a repeated
 * ID is an error.
 */
export function buildCatalog(table: RawTable, explicit?: ImportMapping): ImportResult {
  const headerIdx = findHeader(table.rows);
  const headerRaw = headerIdx >= 0 ? table.rows[headerIdx]! : { row: 1, cells: [] as RawCell[] };
  const headers = headerRaw.cells.map((c) => cellText(c).replace(/^\ufeff/, '').trim());
  const { mapping, unknownHeaders, missingFields } = detectMapping(headers, explicit);
  const dataRows = headerIdx >= 0 ? table.rows.slice(headerIdx + 1).filter((r) => !isBlankRow(r)) : [];
  const base = {
    ok: true as const,
    format: table.format,
    ...(table.encoding ? { encoding: table.encoding } : {}),
    ...(table.sheet ? { sheet: table.sheet } : {}),
    ...(table.sheets ? { sheets: table.sheets } : {}),
    headerRow: headerRaw.row,
    headers,
    mapping,
    unknownHeaders,
    missingFields,
    rowCount: dataRows.length,
    preview: dataRows.slice(0, 5).map((r) => headers.map((_, i) => cellText(r.cells[i]).slice(0, 80))),
  };
  if (missingFields.length > 0 || headers.length === 0) {
    return { ...base, needsMapping: true, products: [], errors: [], warnings: [] };
  }

  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const groups = new Map<string, Group>();
  const order: Group[] = [];
  const unknownCategories = new Map<string, number[]>();
  let generatedIds = 0;
  let lastGroup: Group | null = null;
  const hasSku = mapping.skuName !== undefined || mapping.skuId !== undefined;

  if (mapping.stock === undefined && mapping.skuStock === undefined) {
    warnings.push(rowIssue(headerRaw.row, 'no_stock_column'));
  }

  for (const r of dataRows) {
    if (r.problem) { errors.push({ row: r.row, issues: [r.problem] }); continue; }
    const reasons: ImportIssue[] = [];
    const failed = new Set<ImportField>();
    const cell = (f: ImportField): RawCell | undefined => (mapping[f] === undefined ? undefined : r.cells[mapping[f]!] ?? '');
    const read = <T,>(f: ImportField, parse: (raw: RawCell) => CellResult<T>): T | undefined => {
      const raw = cell(f);
      if (raw === undefined) return undefined;
      const res = parse(raw);
      if (!res.ok) {
        failed.add(f);
        reasons.push({ code: res.issue.code, params: { ...res.issue.params, field: f, header: headers[mapping[f]!] ?? '' } });
        return undefined;
      }
      return res.value;
    };
    const unit = (f: ImportField) => headerUnit(headers[mapping[f] ?? -1] ?? '');
    const id = read('id', (v) => parseText(v, 128));
    const name = read('name', (v) => parseText(v, 300));
    const price = read('price', (v) => parsePrice(v, unit('price')));
    const listPrice = read('listPrice', (v) => parsePrice(v, unit('listPrice')));
    const lowest = read('lowestPrice30d', (v) => parsePrice(v, unit('lowestPrice30d')));
    const stock = read('stock', parseCount);
    const activityStock = read('activityStock', parseCount);
    const categoryText = read('category', (v) => parseText(v, 100));
    const brand = read('brand', (v) => parseText(v, 100));
    const skuId = read('skuId', (v) => parseText(v, 128));
    const skuName = read('skuName', (v) => parseText(v, 200));
    const skuPrice = read('skuPrice', (v) => parsePrice(v, unit('skuPrice')));
    const skuStock = read('skuStock', parseCount);

    // A SKU row under the product above it (ID and name left blank, as many exports do).
    const continuation = hasSku && id === undefined && name === undefined && lastGroup !== null && (skuName !== undefined || skuId !== undefined);
    if (!continuation) {
      if (name === undefined && !failed.has('name')) reasons.push(issue('name_empty'));
      if (price === undefined && !failed.has('price')) reasons.push(issue('price_empty'));
      if (mapping.stock !== undefined && stock === undefined && mapping.skuStock === undefined && !failed.has('stock')) reasons.push(issue('stock_empty'));
    }
    if (reasons.length > 0) { errors.push({ row: r.row, issues: reasons }); continue; }

    let group: Group | undefined;
    if (continuation) group = lastGroup!;
    else {
      const key = id ?? `row-${r.row}`;
      if (id === undefined) generatedIds++;
      group = groups.get(key);
      if (group) {
        if (!hasSku) { errors.push(rowIssue(r.row, 'duplicate_id', { id: key, firstRow: group.firstRow })); continue; }
        if (name !== undefined && name !== group.product.name) {
          errors.push(rowIssue(r.row, 'id_name_mismatch', { id: key, name, firstRow: group.firstRow, firstName: group.product.name }));
          continue;
        }
      } else {
        if (order.length >= MAX_PRODUCTS) { errors.push(rowIssue(r.row, 'too_many_products', { max: MAX_PRODUCTS })); continue; }
        const cat = categoryKey(categoryText);
        if (!cat.recognised && categoryText) {
          const rowsOf = unknownCategories.get(categoryText) ?? [];
          rowsOf.push(r.row);
          unknownCategories.set(categoryText, rowsOf);
        }
        const product: Product = { id: key, name: name!, category: cat.key, price: price!, stock: stock ?? 0 };
        if (listPrice !== undefined) product.listPrice = listPrice;
        if (lowest !== undefined) product.lowestPrice30d = lowest;
        if (activityStock !== undefined) product.activityStock = activityStock;
        if (brand !== undefined) product.brand = brand;
        if (listPrice !== undefined && price !== undefined && listPrice < price) {
          warnings.push(rowIssue(r.row, 'list_below_price', { listPrice, price }));
        }
        group = { product, firstRow: r.row, skus: [], rowPrices: [], rowStocks: [] };
        groups.set(key, group);
        order.push(group);
      }
    }
    if (price !== undefined) group.rowPrices.push(price);
    if (stock !== undefined) group.rowStocks.push(stock);
    if (hasSku && (skuName !== undefined || skuId !== undefined)) {
      if (group.skus.length >= MAX_SKUS) { errors.push(rowIssue(r.row, 'too_many_skus', { product: group.product.name, max: MAX_SKUS })); continue; }
      const sku: Sku = { id: skuId ?? `${group.product.id}-${group.skus.length + 1}`, name: skuName ?? skuId ?? '' };
      const sp = skuPrice ?? price;
      if (sp !== undefined) sku.price = sp;
      const ss = skuStock ?? (mapping.skuStock === undefined ? stock : undefined);
      if (ss !== undefined) sku.stock = ss;
      if (group.skus.some((s) => s.id === sku.id)) { errors.push(rowIssue(r.row, 'duplicate_sku', { sku: sku.id })); continue; }
      group.skus.push(sku);
    }
    lastGroup = group;
  }

  if (generatedIds > 0) {
    warnings.push(mapping.id === undefined ? rowIssue(headerRaw.row, 'ids_generated_all') : rowIssue(headerRaw.row, 'ids_generated', { count: generatedIds }));
  }
  for (const [text, rowsOf] of unknownCategories) {
    warnings.push(rowIssue(rowsOf[0]!, 'unknown_category', { category: text.slice(0, 40), count: rowsOf.length, rows: rowsOf.slice(0, 5).join(', ') + (rowsOf.length > 5 ? '…' : '') }));
  }

  const products: Product[] = [];
  for (const g of order) {
    const p = g.product;
    if (g.skus.length > 0) {
      p.skus = g.skus;
      if (g.rowPrices.length > 1) p.price = Math.min(...g.rowPrices);
      if (mapping.skuStock === undefined && g.rowStocks.length > 1) p.stock = g.rowStocks.reduce((a, b) => a + b, 0);
      else if (mapping.stock === undefined && mapping.skuStock !== undefined) p.stock = g.skus.reduce((a, s) => a + (s.stock ?? 0), 0);
    }
    const checked = Product.safeParse(p);
    if (checked.success) products.push(checked.data);
    else errors.push(rowIssue(g.firstRow, 'invalid_product', { detail: checked.error.issues[0]?.message ?? '' }));
  }
  errors.sort((a, b) => a.row - b.row);
  return { ...base, needsMapping: false, products, errors, warnings };
}
