import { readFile } from 'node:fs/promises';
import { rowIssueText } from '../../../shared/i18n/catalogImport';
import { ImportMapping } from '../../../shared/protocol/catalogImport';
import { ImportFileError, importCatalog } from '../../hub';
import type { CliIo } from '../io';
import { parseFlags, UsageError } from '../io';

const USAGE = 'usage: livedeck import FILE [--sheet NAME] [--mapping JSON]';

/**
 * `livedeck import FILE` — reads a product catalog (CSV in UTF-8/GBK, or XLSX) and prints
 * `{"products": [...], "errors": [{"row": n, "reason": "…"}], "warnings": [...]}` as JSON (reasons worded
 * in Chinese from the hub's issue codes by shared/i18n/catalogImport.ts).
 * Exit 0 when the file was read (even with row errors), 1 when it cannot be read at all
 * (missing, unreadable, not CSV/XLSX, corrupt) or its required columns cannot be found.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { flags, positionals } = parseFlags(args, ['sheet', 'mapping']);
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError(USAGE);
  let mapping: ImportMapping | undefined;
  if (typeof flags.mapping === 'string') {
    let raw: unknown;
    try { raw = JSON.parse(flags.mapping); } catch { throw new UsageError('--mapping must be JSON, e.g. {"name":1,"price":2}'); }
    const m = ImportMapping.safeParse(raw);
    if (!m.success) throw new UsageError('--mapping must map fields to 0-based column numbers, e.g. {"name":1,"price":2}');
    mapping = m.data;
  }
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '文件不存在 / no such file' : code === 'EISDIR' ? '这是一个目录 / is a directory' : code === 'EACCES' ? '没有读取权限 / permission denied' : (err as Error).message;
    io.stderr.write(`livedeck import: ${file}: ${why}\n`);
    return 1;
  }
  try {
    const r = await importCatalog(buf, { filename: file, ...(mapping ? { mapping } : {}), ...(typeof flags.sheet === 'string' ? { sheet: flags.sheet } : {}) });
    if (r.needsMapping) {
      io.stderr.write(`livedeck import: ${file}: 找不到必需的列 ${r.missingFields.join(', ')}（表头：${r.headers.join(' | ')}）；用 --mapping '{"name":列号,"price":列号}' 指定 / required columns not found; pass --mapping\n`);
      return 1;
    }
    const worded = (issues: typeof r.errors) => issues.map((e) => ({ row: e.row, reason: rowIssueText('zh-CN', e) }));
    io.stdout.write(`${JSON.stringify({ products: r.products, errors: worded(r.errors), warnings: worded(r.warnings) })}\n`);
    return 0;
  } catch (err) {
    if (err instanceof ImportFileError) {
      io.stderr.write(`livedeck import: ${file}: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
