import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { importCatalog } from '../../../electron/hub/import/importCatalog';
import { ImportFileError } from '../../../electron/hub/import/importError';
import { loadSampleShow } from '../../../electron/hub/sampleShow';
import { ImportResult } from '../../../shared/protocol/catalogImport';
import { makeDocument, parseDocument, serializeDocument, ShowDocument } from '../../../shared/protocol/document';

/**
 * Issue 7 "hostile input": every file parser — run-of-show documents, CSV and XLSX catalogs —
 * answers any bytes with a result or a clear error, never an exception of another kind.
 */
const SEED = 7_101;
const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url)));
const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort().join(',');

/** Replace the value at one random path of a JSON value. */
function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (!path.length || value === null || typeof value !== 'object') return replacement;
  const keys = Object.keys(value);
  if (!keys.length) return replacement;
  const key = keys[path[0]! % keys.length]!;
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as unknown as Record<string, unknown>) : { ...(value as Record<string, unknown>) };
  copy[key] = mutate((value as Record<string, unknown>)[key], path.slice(1), replacement);
  return copy;
}

const weird = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, -1, 1e308, '', '\u202E', 'x'.repeat(100_000), [], {}, { __proto__: { polluted: 1 } }, { constructor: { prototype: { polluted: 1 } } }),
);

describe('run-of-show document parser under fuzzing', () => {
  const valid = JSON.parse(serializeDocument(makeDocument(loadSampleShow(), 1_700_000_000_000))) as unknown;

  const check = (text: string) => {
    const r = parseDocument(text);
    if (r.ok) {
      expect(ShowDocument.safeParse(r.doc).success).toBe(true);
      const again = parseDocument(serializeDocument(r.doc));
      expect(again.ok).toBe(true);
    } else {
      expect(r.error.message.length).toBeGreaterThan(5);
      expect(typeof r.error.path).toBe('string');
    }
  };

  it('answers arbitrary text with a document or an error message', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v))), check), { seed: SEED, numRuns: 1500 });
  });

  it('answers a valid document with one field replaced by anything', () => {
    fc.assert(fc.property(fc.array(fc.nat(50), { minLength: 1, maxLength: 6 }), weird, (path, replacement) => {
      check(JSON.stringify(mutate(valid, path, replacement)));
    }), { seed: SEED + 1, numRuns: 800 });
  });

  it('survives deep nesting, prototype keys, a BOM and old or future versions', () => {
    const envelope = (extra: string) => `{"format":"livedeck.show","version":2,"savedAt":1,${extra}}`;
    for (const text of [
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      envelope(`"show":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`),
      envelope('"__proto__":{"polluted":true},"show":{"__proto__":{"polluted":true}}'),
      envelope('"constructor":{"prototype":{"polluted":true}},"show":{}'),
      `\uFEFF${serializeDocument(makeDocument(loadSampleShow(), 1))}`,
      JSON.stringify({ ...(valid as object), version: 1, savedAt: 'not a date' }),
      JSON.stringify({ ...(valid as object), version: 99, extra: 'from the future' }),
      JSON.stringify({ ...(valid as object), version: 1.5 }),
    ]) check(text);
    expect(Object.getOwnPropertyNames(Object.prototype).sort().join(',')).toBe(protoBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('catalog import (CSV / XLSX) under fuzzing', () => {
  const expectResultOrFileError = async (buf: Buffer, filename?: string) => {
    try {
      const r = await importCatalog(buf, filename ? { filename } : {});
      expect(ImportResult.safeParse(r).success).toBe(true);
    } catch (err) {
      expect(err, String(err)).toBeInstanceOf(ImportFileError);
      expect((err as ImportFileError).message.length).toBeGreaterThan(5);
    }
  };

  it('answers random bytes with a result or an ImportFileError', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
      await expectResultOrFileError(Buffer.from(bytes));
    }), { seed: SEED + 2, numRuns: 300 });
  });

  const cell = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('名称', '价格', '¥99.00', '99元', '1,299', '"', '""', '"a,b"', '\r\n', '\t', '=cmd|"/C calc"!A1', '+1+1', '-1', '@SUM(A1)', '0x1F', 'NaN', '1e400', '\u202E', '\uFEFF'),
  );
  const csvText = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 30 })
    .chain((rows) => fc.constantFrom(',', ';', '\t', '|').map((d) => rows.map((r) => r.join(d)).join('\n')));

  it('answers random CSV text, in UTF-8, GB18030 and UTF-16, with a result or an ImportFileError', async () => {
    const header = '商品名称,价格,库存,类目\n';
    await fc.assert(fc.asyncProperty(csvText, fc.constantFrom('utf8', 'gb18030', 'utf16le', 'utf8bom'), fc.boolean(), async (text, enc, withHeader) => {
      const body = withHeader ? header + text : text;
      const buf = enc === 'utf8bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]) : enc === 'utf16le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(body, 'utf16le')]) : iconv.encode(body, enc);
      await expectResultOrFileError(buf, 'fuzz.csv');
    }), { seed: SEED + 3, numRuns: 300 });
  });

  it('answers a real CSV and a real XLSX with random bytes flipped with a result or an ImportFileError', async () => {
    const csv = fixture('catalog-utf8.csv');
    const xlsx = fixture('catalog.xlsx');
    const flips = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 });
    await fc.assert(fc.asyncProperty(fc.constantFrom('csv', 'xlsx'), flips, async (kind, edits) => {
      const buf = Buffer.from(kind === 'csv' ? csv : xlsx);
      for (const [at, byte] of edits) buf[at % buf.length] = byte;
      await expectResultOrFileError(buf, `fuzz.${kind}`);
    }), { seed: SEED + 4, numRuns: 150 });
  });

  it('refuses a truncated XLSX, a zip bomb and a legacy .xls with a clear error', async () => {
    for (const name of ['truncated.xlsx', 'zip-bomb.xlsx', 'legacy.xls', 'renamed-text.xlsx', 'binary-garbage.bin']) {
      await expectResultOrFileError(fixture(name), name);
    }
    await expect(importCatalog(fixture('zip-bomb.xlsx'))).rejects.toMatchObject({ code: 'too_large' });
    await expect(importCatalog(Buffer.alloc(0))).rejects.toMatchObject({ code: 'empty' });
  });
});
