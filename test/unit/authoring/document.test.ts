import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPLIANCE_CATEGORIES, DOCUMENT_VERSION, makeDocument, MIGRATIONS, parseDocument, serializeDocument, ShowDocument,
} from '../../../shared/protocol/document';
import { CUE_KINDS } from '../../../shared/protocol/events';
import { PRODUCT_ROLES, RunOfShow } from '../../../shared/protocol/runOfShow';
import sample from '../../../assets/sample-show.json';

const show = RunOfShow.parse(sample);

describe('parseDocument', () => {
  it('reads a current document and reports it writable', () => {
    const doc = makeDocument(show, 1_700_000_000_000, { terms: [], allow: ['栖木'] });
    const r = parseDocument(serializeDocument(doc));
    expect(r).toMatchObject({ ok: true, readOnly: false, fileVersion: DOCUMENT_VERSION });
    if (r.ok) expect(r.doc).toEqual(doc);
  });

  it('migrates v1 (ISO savedAt, top-level allowList) to v2', () => {
    const v1 = { format: 'livedeck.show', version: 1, savedAt: '2024-10-01T12:00:00.000Z', show: sample, allowList: ['栖木', ' ', '栖木', '第一坊'] };
    const r = parseDocument(JSON.stringify(v1));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(1);
    expect(r.readOnly).toBe(false);
    expect(r.doc.version).toBe(2);
    expect(r.doc.savedAt).toBe(Date.UTC(2024, 9, 1, 12));
    expect(r.doc.lexicon).toEqual({ terms: [], allow: ['栖木', '第一坊'] });
    expect(r.doc.show).toEqual(show);
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual([1]);
  });

  it('opens a newer-version file read-only when its content still fits', () => {
    const newer = { ...makeDocument(show, 5), version: DOCUMENT_VERSION + 1, futureField: { x: 1 } };
    const r = parseDocument(JSON.stringify(newer));
    expect(r).toMatchObject({ ok: true, readOnly: true, fileVersion: DOCUMENT_VERSION + 1 });
  });

  it('explains what is wrong and where, in Chinese and English', () => {
    const bad = JSON.parse(serializeDocument(makeDocument(show, 5))) as { show: { slots: { plannedMinutes: unknown }[] } };
    bad.show.slots[3]!.plannedMinutes = 'ten';
    const r = parseDocument(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.path).toBe('show.slots[3].plannedMinutes');
    expect(r.error.message).toContain('文件内容无效');
    expect(r.error.message).toContain('Invalid document at show.slots[3].plannedMinutes');
  });

  it.each([
    ['not JSON', '{"format": "livedeck.show", ', '不是有效的 JSON'],
    ['not an object', '[1,2,3]', '顶层应为对象'],
    ['another format', '{"format":"other","version":2}', 'format'],
    ['bad version', '{"format":"livedeck.show","version":"2"}', '版本号无效'],
    ['bad v1 date', '{"format":"livedeck.show","version":1,"savedAt":"yesterday","show":{}}', 'savedAt'],
  ])('refuses %s with a clear message', (_l, text, needle) => {
    const r = parseDocument(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(needle);
  });
});

// ---- fast-check: arbitrary valid document → serialise → parse → equal ----
const id = fc.string({ minLength: 1, maxLength: 12 });
const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
const fen = fc.integer({ min: 0, max: 1e12 });
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const noNegZero = (x: number) => (Object.is(x, -0) ? 0 : x);

const product = fc.record({
  id, name: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), category: fc.constantFrom('apparel.women', 'food', 'other'),
  price: fen, listPrice: opt(fen), lowestPrice30d: opt(fen), stock: fc.nat(), activityStock: opt(fc.nat()),
  skus: opt(fc.array(fc.record({ id, name: text(20), price: opt(fen), stock: opt(fc.nat()) }, { requiredKeys: ['id', 'name'] }), { maxLength: 3 })),
  brand: opt(text(10)),
}, { requiredKeys: ['id', 'name', 'category', 'price', 'stock'] });

const slot = fc.record({
  id, productId: id, role: fc.constantFrom(...PRODUCT_ROLES),
  plannedMinutes: fc.double({ min: 0.5, max: 600, noNaN: true }),
  livePrice: opt(fen), mechanism: text(40),
  talkingPoints: fc.record({ opening: text(60), sellingPoints: text(60), priceMechanism: text(60), closing: text(60), afterSales: text(60) }),
  cues: fc.array(fc.record({ id, kind: fc.constantFrom(...CUE_KINDS), offsetSec: fc.integer({ min: 0, max: 86_400 }), note: text(20) }), { maxLength: 3 }),
  targets: fc.record({ gmv: opt(fen), conversion: opt(fc.double({ min: 0, max: 1, noNaN: true }).map(noNegZero)) }, { requiredKeys: [] }),
}, { requiredKeys: ['id', 'productId', 'role', 'plannedMinutes', 'mechanism', 'talkingPoints', 'cues', 'targets'] });

const documentArb = fc.record({
  savedAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
  show: fc.record({
    id, title: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
    plannedStart: opt(fc.integer({ min: 0, max: 4_102_444_800_000 })),
    plannedMinutes: opt(fc.double({ min: 1, max: 1440, noNaN: true })),
    products: fc.array(product, { maxLength: 4 }), slots: fc.array(slot, { maxLength: 4 }),
  }, { requiredKeys: ['id', 'title', 'products', 'slots'] }),
  lexicon: opt(fc.record({
    terms: fc.array(fc.record({
      term: fc.string({ minLength: 1, maxLength: 10 }).filter((s) => s.trim() === s && s.length > 0),
      category: fc.constantFrom(...COMPLIANCE_CATEGORIES), severity: fc.constantFrom('error' as const, 'warning' as const),
      suggestion: opt(text(10)), reason: opt(text(20)),
    }, { requiredKeys: ['term', 'category', 'severity'] }), { maxLength: 3 }),
    allow: fc.array(fc.string({ minLength: 1, maxLength: 10 }).filter((s) => s.trim() === s && s.length > 0), { maxLength: 3 }),
  })),
});

/** Drops keys whose value is undefined (absent and undefined are the same document). */
const clean = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe('document schema round-trip', () => {
  it('serialise → parse gives back an equal document, for arbitrary valid documents', () => {
    fc.assert(fc.property(documentArb, (d) => {
      const doc = ShowDocument.parse(clean({ format: 'livedeck.show', version: DOCUMENT_VERSION, ...d }));
      const r = parseDocument(serializeDocument(doc));
      expect(r.ok).toBe(true);
      if (r.ok) {
        expect(r.doc).toEqual(doc);
        expect(r.readOnly).toBe(false);
      }
    }), { seed: 20241001, numRuns: 200 });
  });
});
