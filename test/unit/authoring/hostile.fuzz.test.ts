import fc from 'fast-check';
import { rowIssueText } from '../../../shared/i18n/catalogImport';
import { describe, expect, it } from 'vitest';
import { importCatalog } from '../../../electron/hub/import/importCatalog';
import { ImportFileError } from '../../../electron/hub/import/importError';
import { lintText } from '../../../shared/domain/compliance';
import { parseDocument } from '../../../shared/protocol/document';

/** Anything thrown must be the documented "file cannot be read" error, never a crash. */
async function importOrFileError(buf: Buffer) {
  try {
    const r = await importCatalog(buf);
    for (const e of r.errors) expect(rowIssueText('zh-CN', e).length).toBeGreaterThan(0);
    return 'ok';
  } catch (err) {
    expect(err).toBeInstanceOf(ImportFileError);
    return 'file-error';
  }
}

const csvish = fc.array(
  fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('商品名称', '售价', '库存', '"', '""', '=cmd|', '¥1,299.00', '\r\n', '，', '\t', '-5', '１２９')), { maxLength: 8 }),
  { maxLength: 12 },
).map((rows) => rows.map((r) => r.join(',')).join('\n'));

describe('hostile input never crashes', () => {
  it('catalog import: random bytes and CSV-like text', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
      await importOrFileError(Buffer.from(bytes));
    }), { seed: 7, numRuns: 150 });
    await fc.assert(fc.asyncProperty(csvish, async (text) => {
      await importOrFileError(Buffer.from(`商品名称,售价,库存\n${text}`, 'utf8'));
    }), { seed: 8, numRuns: 200 });
  });

  it('catalog import: a ZIP header followed by garbage is a corrupt-file error', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (bytes) => {
      expect(await importOrFileError(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(bytes)]))).toBe('file-error');
    }), { seed: 9, numRuns: 60 });
  });

  it('parseDocument: arbitrary text and JSON give ok or an error, never an exception', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ format: 'livedeck.show', version: 2, savedAt: 1, show: v }))), (text) => {
      const r = parseDocument(text);
      if (!r.ok) expect(r.error.message).toMatch(/[\u4e00-\u9fff].* \/ /);
    }), { seed: 10, numRuns: 300 });
  });

  it('lintText: arbitrary unicode gives in-range, non-overlapping spans', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('最', '佳', '第', '一', '步', '原', '价', ' ', '9', '.', '\n', '全', '网', '低', '加', '微', '信', '\u200b', 'A', '😀') , maxLength: 80 }), (text) => {
      const fs = lintText(text, { prices: { price: 990, listPrice: 1990, livePrice: 990 } });
      let last = 0;
      for (const f of fs) {
        expect(f.start).toBeGreaterThanOrEqual(last);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(f.start, f.end)).toBe(f.text);
        last = f.end;
      }
    }), { seed: 11, numRuns: 500 });
  });
});
