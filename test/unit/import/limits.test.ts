import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCatalog } from '../../../electron/hub/import/importCatalog';
import { importFileErrorText } from '../../../shared/i18n/catalogImport';
import { IMPORT_FILE_ERROR_CODES, IMPORT_LIMITS } from '../../../shared/protocol/catalogImport';
import { importInWorker } from '../../../electron/hub/workers/importJob';

const FIX = join(__dirname, '../../fixtures/import');

describe('import limits (docs/import.md)', () => {
  it('refuses more rows than the limit with too_many_rows', async () => {
    const csv = Buffer.from('商品名称,售价\n' + 'a,1\n'.repeat(IMPORT_LIMITS.maxRows));
    await expect(importCatalog(csv)).rejects.toMatchObject({ code: 'too_many_rows' });
    // Exactly the limit (header + maxRows − 1 data rows) is accepted.
    const ok = await importCatalog(Buffer.from('商品名称,售价\n' + 'a,1\n'.repeat(IMPORT_LIMITS.maxRows - 1)));
    expect(ok.rowCount).toBe(IMPORT_LIMITS.maxRows - 1);
  });

  it('refuses more cells than the limit with too_many_cells', async () => {
    const wide = ',x'.repeat(999);
    const rows = Math.ceil(IMPORT_LIMITS.maxCells / 1000) + 1;
    const csv = Buffer.from(`商品名称,售价${wide.slice(2 * 1)}\n` + `a,1${wide.slice(2)}\n`.repeat(rows));
    await expect(importCatalog(csv)).rejects.toMatchObject({ code: 'too_many_cells' });
  });

  it('words every whole-file code in both languages, with the limits in the text', () => {
    for (const code of IMPORT_FILE_ERROR_CODES) {
      expect(importFileErrorText('zh-CN', code)).not.toBe(`file.${code}`);
      expect(importFileErrorText('en', code)).not.toBe(`file.${code}`);
    }
    expect(importFileErrorText('zh-CN', 'too_many_rows')).toContain('100000');
    expect(importFileErrorText('en', 'unzipped_too_large')).toContain('100 MB');
  });
});

describe('import in the worker gives the same catalog as before', () => {
  it.each(['catalog-utf8.csv', 'catalog-gbk.csv', 'catalog-sku.csv', 'catalog.xlsx'])('%s', async (name) => {
    const buf = readFileSync(join(FIX, name));
    const inline = await importCatalog(buf, { filename: name });
    const out = await importInWorker(buf, { filename: name });
    if (!out.ok) throw new Error(out.code);
    expect(JSON.parse(Buffer.from(out.value).toString('utf8'))).toEqual(JSON.parse(JSON.stringify(inline)));
    expect(inline.products.length).toBeGreaterThan(0);
  });

  it('answers a file refusal with its code', async () => {
    expect(await importInWorker(readFileSync(join(FIX, 'legacy.xls')), {})).toMatchObject({ ok: false, code: 'unsupported' });
  });
});
