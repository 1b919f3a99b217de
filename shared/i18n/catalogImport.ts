import type { ImportField, ImportFileErrorCode, ImportIssue, ImportIssueCode } from '../protocol/catalogImport';
import { IMPORT_LIMITS } from '../protocol/catalogImport';
import { word, type Lang } from './interpolate';

/**
 * Wording of catalog-import codes (rows refused or to check, whole-file refusals), zh-CN and en.
 * Read by the rundown ImportDialog and the CLI (`livedeck import`). A cell issue is prefixed with
 * its column: the sheet's own header text, or the field's name when the header is blank.
 */
type IssueKey = `issue.${ImportIssueCode}`;
type FieldKey = `field.${ImportField}`;
type FileKey = `file.${ImportFileErrorCode}`;
type Key = IssueKey | FieldKey | FileKey | 'cell' | 'join';

const zhCN: Record<Key, string> = {
  'issue.not_number': '不是有效数字',
  'issue.price_negative': '价格不能为负数（「{value}」）',
  'issue.price_decimals': '价格「{value}」超过两位小数',
  'issue.price_too_large': '价格「{value}」过大',
  'issue.price_unreadable': '无法识别的价格「{value}」',
  'issue.price_fen_fraction': '以分为单位的价格不能有小数（「{value}」）',
  'issue.count_not_integer': '库存应为非负整数（「{value}」）',
  'issue.count_too_large': '库存「{value}」过大',
  'issue.formula_injection': '以 {first} 开头，疑似公式注入（如 =cmd|…），已拒绝',
  'issue.control_chars': '含有控制字符',
  'issue.text_too_long': '过长（{length} 字，最多 {max} 字）',
  'issue.name_empty': '商品名称为空',
  'issue.price_empty': '售价为空',
  'issue.stock_empty': '库存为空',
  'issue.duplicate_id': '商品ID「{id}」重复（首次出现在第 {firstRow} 行）',
  'issue.id_name_mismatch': '商品ID「{id}」的名称「{name}」与第 {firstRow} 行的「{firstName}」不一致',
  'issue.too_many_products': '商品数超过上限 {max}，未导入',
  'issue.too_many_skus': '商品「{product}」的 SKU 超过 {max} 个',
  'issue.duplicate_sku': 'SKU「{sku}」重复',
  'issue.invalid_product': '商品数据无效：{detail}',
  'issue.unclosed_quote': '第 {row} 行有未闭合的引号，该行及其后内容无法可靠读取',
  'issue.cell_too_long': '单元格超过 {max} 个字符',
  'issue.too_many_columns': '列数超过 {max}',
  'issue.no_stock_column': '未找到库存列，所有商品库存按 0 导入',
  'issue.list_below_price': '划线价 {listPrice,money} 低于售价 {price,money}，口播“原价”前请核对',
  'issue.ids_generated_all': '未找到商品ID列，已按行号生成商品ID（如 row-2）',
  'issue.ids_generated': '{count} 行未填写商品ID，已按行号生成',
  'issue.unknown_category': '类目「{category}」未识别，按“其他”导入（共 {count} 行：{rows}）',
  'field.id': '商品ID', 'field.name': '商品名称', 'field.price': '售价', 'field.listPrice': '划线价',
  'field.lowestPrice30d': '近30天最低价', 'field.stock': '库存', 'field.activityStock': '活动库存',
  'field.category': '类目', 'field.brand': '品牌', 'field.skuId': 'SKU ID', 'field.skuName': 'SKU/规格',
  'field.skuPrice': 'SKU 价格', 'field.skuStock': 'SKU 库存',
  'file.not_found': '文件不存在',
  'file.unreadable': '文件无法读取',
  'file.unsupported': '不支持的文件：请导入 CSV 或 XLSX',
  'file.corrupt': '文件已损坏或与扩展名不符',
  'file.too_large': '文件太大',
  'file.empty': '文件是空的',
  'file.unzipped_too_large': 'XLSX 解压后超过 {maxUnzippedMiB} MB（疑似压缩炸弹），已拒绝',
  'file.too_many_rows': '表格超过 {maxRows} 行，请拆分后分批导入',
  'file.too_many_cells': '表格超过 {maxCells} 个单元格，请删去不需要的列或拆分后导入',
  'file.busy': '另一个文件正在导入，请稍后再试',
  'file.timeout': '文件处理超时，已停止；请拆分后分批导入',
  'file.worker_out_of_memory': '文件太大，处理所需内存超过上限，已停止；直播不受影响',
  'file.worker_failed': '后台处理文件失败，请重试',
  'file.reply_too_large': '导入结果过大（问题行太多），已停止；请先修正或拆分文件后再导入',
  'file.reply_invalid': '后台处理返回了无效结果，已停止；请重试',
  cell: '「{column}」{text}',
  join: '；',
};

const en: Record<Key, string> = {
  'issue.not_number': 'is not a valid number',
  'issue.price_negative': 'price cannot be negative (“{value}”)',
  'issue.price_decimals': 'price “{value}” has more than two decimals',
  'issue.price_too_large': 'price “{value}” is too large',
  'issue.price_unreadable': 'cannot read the price “{value}”',
  'issue.price_fen_fraction': 'a price in fen cannot have decimals (“{value}”)',
  'issue.count_not_integer': 'stock must be a whole number ≥ 0 (“{value}”)',
  'issue.count_too_large': 'stock “{value}” is too large',
  'issue.formula_injection': 'starts with {first}: looks like a formula injection (e.g. =cmd|…), refused',
  'issue.control_chars': 'contains control characters',
  'issue.text_too_long': 'too long ({length} characters, at most {max})',
  'issue.name_empty': 'product name is empty',
  'issue.price_empty': 'price is empty',
  'issue.stock_empty': 'stock is empty',
  'issue.duplicate_id': 'product ID “{id}” repeats (first on row {firstRow})',
  'issue.id_name_mismatch': 'product ID “{id}” is named “{name}” here but “{firstName}” on row {firstRow}',
  'issue.too_many_products': 'more than {max} products: not imported',
  'issue.too_many_skus': 'product “{product}” has more than {max} SKUs',
  'issue.duplicate_sku': 'SKU “{sku}” repeats',
  'issue.invalid_product': 'invalid product data: {detail}',
  'issue.unclosed_quote': 'row {row} has an unclosed quote; it and what follows cannot be read reliably',
  'issue.cell_too_long': 'a cell is longer than {max} characters',
  'issue.too_many_columns': 'more than {max} columns',
  'issue.no_stock_column': 'no stock column found: every product is imported with stock 0',
  'issue.list_below_price': 'list price {listPrice,money} is below the price {price,money}; check before saying “original price”',
  'issue.ids_generated_all': 'no product ID column found: IDs were made from row numbers (e.g. row-2)',
  'issue.ids_generated': '{count} rows had no product ID: IDs were made from row numbers',
  'issue.unknown_category': 'category “{category}” not recognised, imported as “other” ({count} rows: {rows})',
  'field.id': 'Product ID', 'field.name': 'Product name', 'field.price': 'Price', 'field.listPrice': 'List price',
  'field.lowestPrice30d': '30-day low', 'field.stock': 'Stock', 'field.activityStock': 'Campaign stock',
  'field.category': 'Category', 'field.brand': 'Brand', 'field.skuId': 'SKU ID', 'field.skuName': 'SKU / variant',
  'field.skuPrice': 'SKU price', 'field.skuStock': 'SKU stock',
  'file.not_found': 'File not found',
  'file.unreadable': 'The file cannot be read',
  'file.unsupported': 'Unsupported file: import a CSV or XLSX',
  'file.corrupt': 'The file is corrupt or does not match its extension',
  'file.too_large': 'The file is too large',
  'file.empty': 'The file is empty',
  'file.unzipped_too_large': 'The XLSX inflates beyond {maxUnzippedMiB} MB (zip bomb?) and was refused',
  'file.too_many_rows': 'More than {maxRows} rows: split the sheet and import it in parts',
  'file.too_many_cells': 'More than {maxCells} cells: remove unused columns or split the sheet',
  'file.busy': 'Another file is being imported: try again in a moment',
  'file.timeout': 'Processing the file took too long and was stopped: split it and import it in parts',
  'file.worker_out_of_memory': 'The file needs more memory than the import is allowed; it was stopped and the show is unaffected',
  'file.worker_failed': 'Processing the file in the background failed: try again',
  'file.reply_too_large': 'The import result is too large (too many problem rows) and was stopped: fix or split the file first',
  'file.reply_invalid': 'The background job gave an invalid result and was stopped: try again',
  cell: '“{column}” {text}',
  join: '; ',
};

export const CATALOG_IMPORT_WORDS = { 'zh-CN': zhCN, en } as const;

const FIELDS = new Set<string>(['id', 'name', 'price', 'listPrice', 'lowestPrice30d', 'stock', 'activityStock', 'category', 'brand', 'skuId', 'skuName', 'skuPrice', 'skuStock']);

/** A catalog field's name in `lang` (the mapping step, a cell issue under a blank header). */
export function importFieldLabel(lang: Lang, field: ImportField): string {
  return word(CATALOG_IMPORT_WORDS, lang, `field.${field}`);
}

/** One issue in `lang`; a cell issue names its column. */
export function importIssueText(lang: Lang, issue: ImportIssue): string {
  const p = issue.params ?? {};
  const text = word(CATALOG_IMPORT_WORDS, lang, `issue.${issue.code}`, p);
  if (typeof p.field !== 'string' || !FIELDS.has(p.field)) return text;
  const column = typeof p.header === 'string' && p.header ? p.header : word(CATALOG_IMPORT_WORDS, lang, `field.${p.field as ImportField}`);
  return word(CATALOG_IMPORT_WORDS, lang, 'cell', { column, text });
}

/** All of a row's issues, joined as one line. */
export function rowIssueText(lang: Lang, row: { issues: readonly ImportIssue[] }): string {
  return row.issues.map((i) => importIssueText(lang, i)).join(word(CATALOG_IMPORT_WORDS, lang, 'join'));
}

/** A whole-file refusal by its code (the hub's diagnostic message may add detail). */
export function importFileErrorText(lang: Lang, code: ImportFileErrorCode): string {
  return word(CATALOG_IMPORT_WORDS, lang, `file.${code}`, IMPORT_LIMITS);
}

export const isImportFileErrorCode = (code: string): code is ImportFileErrorCode => Object.hasOwn(zhCN, `file.${code}`);
