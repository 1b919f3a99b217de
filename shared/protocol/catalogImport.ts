import { z } from 'zod';
import { Product } from './runOfShow';

/**
 * Catalog import (CSV / XLSX → Product[]): the shape of `POST /api/import` and `livedeck import`.
 * Row numbers are the ones the user sees in Excel (the header row is row 1 unless title rows
 * come before it; XLSX keeps the sheet's own row numbers).
 */
export const IMPORT_FIELDS = [
  'id', 'name', 'price', 'listPrice', 'lowestPrice30d', 'stock', 'activityStock',
  'category', 'brand', 'skuId', 'skuName', 'skuPrice', 'skuStock',
] as const;
export const ImportField = z.enum(IMPORT_FIELDS);
export type ImportField = z.infer<typeof ImportField>;
/** Fields without which no product can be built. */
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['name', 'price'];

/** Field → 0-based column index; a field left out is not imported. */
export const ImportMapping = z.partialRecord(ImportField, z.number().int().min(0).max(1023));
export type ImportMapping = z.infer<typeof ImportMapping>;

/**
 * Why a row (or a cell of it) was refused or needs checking: a code + params (figures, the
 * column header and cell text as data), worded by shared/i18n/catalogImport.ts.
 */
export const IMPORT_ISSUE_CODES = [
  // One cell (params.field = the ImportField, params.header = the sheet's header text).
  'not_number', 'price_negative', 'price_decimals', 'price_too_large', 'price_unreadable', 'price_fen_fraction',
  'count_not_integer', 'count_too_large', 'formula_injection', 'control_chars', 'text_too_long',
  // One row.
  'name_empty', 'price_empty', 'stock_empty', 'duplicate_id', 'id_name_mismatch', 'too_many_products',
  'too_many_skus', 'duplicate_sku', 'invalid_product', 'unclosed_quote', 'cell_too_long', 'too_many_columns',
  // Warnings.
  'no_stock_column', 'list_below_price', 'ids_generated_all', 'ids_generated', 'unknown_category',
] as const;
export const ImportIssueCode = z.enum(IMPORT_ISSUE_CODES);
export type ImportIssueCode = z.infer<typeof ImportIssueCode>;
export const ImportIssueParams = z.record(z.string(), z.union([z.string(), z.number()]));
export type ImportIssueParams = z.infer<typeof ImportIssueParams>;
export const ImportIssue = z.object({ code: ImportIssueCode, params: ImportIssueParams.optional() });
export type ImportIssue = z.infer<typeof ImportIssue>;

/** A row's issues (all its cells' problems at once, so a row is fixed in one go). */
export const RowIssue = z.object({ row: z.number().int().min(0), issues: z.array(ImportIssue).min(1) });
export type RowIssue = z.infer<typeof RowIssue>;

/** Whole-file refusals of `POST /api/import` / `livedeck import` (the error `code` of the reply). */
export const IMPORT_FILE_ERROR_CODES = [
  'not_found', 'unreadable', 'unsupported', 'corrupt', 'too_large', 'empty',
  // Limits (docs/import.md) and the import worker (electron/hub/workers/): issue 15 item 4.
  'unzipped_too_large', 'too_many_rows', 'too_many_cells', 'busy', 'timeout', 'worker_out_of_memory', 'worker_failed',
  // The worker's answer itself: larger than the hub takes (IMPORT_REPLY_MAX_BYTES), or not an ImportResult's bytes.
  'reply_too_large', 'reply_invalid',
] as const;
export type ImportFileErrorCode = (typeof IMPORT_FILE_ERROR_CODES)[number];

export const ImportResult = z.object({
  ok: z.literal(true),
  format: z.enum(['csv', 'xlsx']),
  /** Text encoding detected for CSV ('utf-8', 'utf-8-bom', 'gb18030', 'utf-16le', 'utf-16be'). */
  encoding: z.string().optional(),
  sheet: z.string().optional(),
  sheets: z.array(z.string()).optional(),
  headerRow: z.number().int().min(1),
  headers: z.array(z.string()),
  mapping: ImportMapping,
  /** Headers not recognised and not mapped by the caller, with their column index. */
  unknownHeaders: z.array(z.object({ column: z.number().int(), header: z.string() })),
  /** Required fields still unmapped: the client must show the mapping step and resend. */
  missingFields: z.array(ImportField),
  needsMapping: z.boolean(),
  /** Data rows read (blank rows not counted). */
  rowCount: z.number().int().min(0),
  products: z.array(Product),
  errors: z.array(RowIssue),
  warnings: z.array(RowIssue),
  /** A few raw data rows, for the mapping step's preview. */
  preview: z.array(z.array(z.string())),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Size limits of a catalog import (docs/import.md): rows and cells read from one sheet, columns
 * per row, characters per cell, and the bytes an XLSX may REALLY inflate to (checked while
 * inflating, whatever its ZIP directory claims).
 */
export const IMPORT_LIMITS = {
  maxRows: 100_000,
  maxColumns: 1024,
  maxCells: 3_000_000,
  maxCellChars: 32_767,
  maxUnzippedMiB: 100,
} as const;
