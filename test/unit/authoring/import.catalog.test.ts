import { readFileSync } from 'node:fs';
import { rowIssueText } from '../../../shared/i18n/catalogImport';
import type { RowIssue } from '../../../shared/protocol/catalogImport';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCatalog } from '../../../electron/hub/import/importCatalog';
import { ImportFileError } from '../../../electron/hub/import/importError';
import { ImportResult } from '../../../shared/protocol/catalogImport';
import { makeLargeCsv } from '../../fixtures/import/make-fixtures';

const FIX = join(__dirname, '../../fixtures/import');
const load = (name: string) => importCatalog(readFileSync(join(FIX, name)), { filename: name });

const EXPECTED = [
  { id: '3581001', name: '德绒圆领打底衫 秋冬内搭', price: 3990, listPrice: 7990, stock: 3000, category: 'apparel.women', brand: '栖木' },
  { id: '3581002', name: '羊毛混纺格纹围巾, 双面可用', price: 990, listPrice: 6900, stock: 400, category: 'apparel.women', brand: '栖木' },
  { id: '3581003', name: '双面羊毛呢大衣', price: 129900, stock: 120, category: 'apparel.women', brand: '栖木' },
  { id: '3581004', name: '积雪草舒缓保湿面霜 "50g"', price: 12900, listPrice: 16900, stock: 500, category: 'beauty.skincare', brand: '禾肌' },
  { id: '3581005', name: '丝绒雾面口红\n秋冬枫叶色', price: 9900, stock: 80, category: 'beauty.makeup', brand: '禾肌' },
];

/** Row issues worded as the Chinese UI and the CLI show them. */
const worded = (issues: readonly RowIssue[]) => issues.map((e) => ({ row: e.row, reason: rowIssueText('zh-CN', e) }));

describe('catalog import from the fixtures', () => {
  it.each([
    ['catalog-utf8-bom.csv', 'utf-8-bom'],
    ['catalog-utf8.csv', 'utf-8'],
    ['catalog-gbk.csv', 'gb18030'],
    ['catalog-utf16.txt', 'utf-16le'],
  ])('%s gives the same five products (%s)', async (file, encoding) => {
    const r = await load(file);
    expect(ImportResult.parse(r)).toBeTruthy();
    expect(r.encoding).toBe(encoding);
    expect(r.products).toEqual(EXPECTED);
    expect(r.errors).toEqual([]);
    expect(r.needsMapping).toBe(false);
  });

  it('reads XLSX: first sheet, title row above the header, rich text, formula results, Excel row numbers', async () => {
    const r = await load('catalog.xlsx');
    expect(r).toMatchObject({ format: 'xlsx', sheet: '商品列表', sheets: ['商品列表', '赠品'], headerRow: 2, rowCount: 4 });
    expect(r.products.map((p) => [p.id, p.name, p.price, p.listPrice, p.stock])).toEqual([
      ['X1', '德绒圆领打底衫', 3990, 7990, 3000], ['X2', '羊毛围巾', 990, 6900, 400], ['X3', '双面羊毛呢大衣', 59900, 129900, 120],
    ]);
    expect(worded(r.errors)).toEqual([{ row: 7, reason: '「售价(元)」无法识别的价格「abc」' }]);
  });

  it('reads a named XLSX sheet, and names the sheets when the one asked for is missing', async () => {
    const buf = readFileSync(join(FIX, 'catalog.xlsx'));
    const r = await importCatalog(buf, { sheet: '赠品' });
    expect(r.products).toEqual([{ id: 'G1', name: '收纳袋', price: 0, stock: 100, category: 'other' }]);
    await expect(importCatalog(buf, { sheet: '不存在' })).rejects.toThrow(/商品列表、赠品/);
  });

  it('groups one-row-per-SKU exports by 商品ID (continuation rows included)', async () => {
    const r = await load('catalog-sku.csv');
    expect(r.errors).toEqual([]);
    const a1 = r.products.find((p) => p.id === 'A1')!;
    expect(a1.skus).toEqual([
      { id: 'A1-1', name: '奶白 S', price: 3990, stock: 100 },
      { id: 'A1-2', name: '奶白 M', price: 3990, stock: 120 },
      { id: 'A1-3', name: '经典黑 M', price: 3500, stock: 80 },
    ]);
    expect(a1).toMatchObject({ price: 3500, stock: 300 });
  });

  it('lists every bad row with its Excel row number and reason, and imports only the good rows', async () => {
    const r = await load('bad-rows.csv');
    expect(r.products.map((p) => p.id)).toEqual(['ok-1', 'ok-2']);
    expect(worded(r.errors)).toEqual([
      { row: 3, reason: '「售价」无法识别的价格「十九块九」' },
      { row: 4, reason: '「售价」价格不能为负数（「-5」）' },
      { row: 6, reason: '商品名称为空' },
      { row: 7, reason: '「售价」价格「1.999」超过两位小数' },
      { row: 8, reason: '「商品名称」以 "=" 开头，疑似公式注入（如 =cmd|…），已拒绝' },
      { row: 9, reason: '「商品名称」以 "@" 开头，疑似公式注入（如 =cmd|…），已拒绝' },
      { row: 10, reason: '商品ID「ok-1」重复（首次出现在第 2 行）' },
      { row: 11, reason: '「库存」库存应为非负整数（「很多」）' },
      { row: 12, reason: '售价为空' },
    ]);
  });

  it('asks for a column mapping when required headers are unknown, then imports with it', async () => {
    const first = await load('unknown-headers.csv');
    expect(first).toMatchObject({ needsMapping: true, missingFields: ['name', 'price'], products: [] });
    expect(first.unknownHeaders.map((h) => h.header)).toEqual(['货品编码', '货品全称', '零售价格', '仓库数量']);
    expect(first.preview[0]).toEqual(['K1', '手工皂', '25', '50']);
    const buf = readFileSync(join(FIX, 'unknown-headers.csv'));
    const second = await importCatalog(buf, { mapping: { id: 0, name: 1, price: 2, stock: 3 } });
    expect(second.needsMapping).toBe(false);
    expect(second.products).toEqual([
      { id: 'K1', name: '手工皂', price: 2500, stock: 50, category: 'other' },
      { id: 'K2', name: '香薰蜡烛', price: 5900, stock: 20, category: 'other' },
    ]);
  });

  it('reports an unclosed quote and a huge cell as row errors without losing the other rows', async () => {
    const q = await load('unclosed-quote.csv');
    expect(q.products.map((p) => p.id)).toEqual(['q1']);
    expect(q.errors[0]!.row).toBe(3);
    expect(rowIssueText('zh-CN', q.errors[0]!)).toContain('未闭合的引号');
    const h = await load('huge-cell.csv');
    expect(h.products.map((p) => p.id)).toEqual(['h2']);
    expect(h.errors).toEqual([{ row: 2, issues: [{ code: 'cell_too_long', params: { max: 32767 } }] }]);
    expect(rowIssueText('zh-CN', h.errors[0]!)).toBe('单元格超过 32767 个字符');
  });

  it.each([
    ['binary-garbage.bin', 'unsupported', '二进制'],
    ['renamed-text.xlsx', 'corrupt', '不是 XLSX'],
    ['legacy.xls', 'unsupported', '.xls'],
    ['zip-bomb.xlsx', 'too_large', '压缩炸弹'],
    ['truncated.xlsx', 'corrupt', '损坏'],
  ])('refuses %s as a whole with a clear error', async (file, code, text) => {
    const err = await load(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportFileError);
    expect((err as ImportFileError).code).toBe(code);
    expect((err as Error).message).toContain(text);
  });

  it('refuses an empty file', async () => {
    await expect(importCatalog(Buffer.alloc(0))).rejects.toMatchObject({ code: 'empty' });
  });

  it('imports 10,000 rows with every product correct', async () => {
    const t0 = performance.now();
    const r = await importCatalog(makeLargeCsv(10_000));
    const ms = performance.now() - t0;
    expect(r.products).toHaveLength(10_000);
    expect(r.errors).toEqual([]);
    expect(r.products[9_999]).toEqual({ id: 'P010000', name: '测试商品 10000 号 秋冬款', price: 990, listPrice: 5900, stock: 0, category: 'food' });
    expect(ms).toBeGreaterThan(0); // measured, not asserted: see the report
  });
});
