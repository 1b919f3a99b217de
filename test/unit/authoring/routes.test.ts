import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentRoutes } from '../../../electron/hub/documents/documents.routes';
import { createDispatcher } from '../../../electron/hub/http/api';
import type { ApiResponse } from '../../../electron/hub/http/route';
import { importRoutes } from '../../../electron/hub/import/import.routes';
import type { Role } from '../../../shared/protocol/common';
import { makeDocument } from '../../../shared/protocol/document';
import { RunOfShow } from '../../../shared/protocol/runOfShow';
import sample from '../../../assets/sample-show.json';

const show = RunOfShow.parse(sample);
let dir: string;
let dispatch: ReturnType<typeof createDispatcher>;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'livedeck-routes-'));
  dispatch = createDispatcher({ ...documentRoutes({ dataDir: dir }), ...importRoutes() });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Calls a route through the hub's API dispatcher (after the token check): path, role, body limit, body schema. */
async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}, role: Role = 'producer'): Promise<ApiResponse> {
  const buf = Buffer.isBuffer(body) ? body : Buffer.from(body === undefined ? '' : JSON.stringify(body));
  const r = await dispatch({ method, path, query: new URLSearchParams(), headers, role, readBody: async (max) => (buf.length > max ? 'too_large' : buf) });
  // The import's reply leaves the worker as JSON bytes: on the wire it is the same JSON reply.
  return r.json === undefined && r.body !== undefined && r.contentType?.startsWith('application/json') ? { ...r, json: JSON.parse(r.body.toString()) } : r;
}

describe('document routes', () => {
  it('save → list → recent → open round trip, with producer-only writes', async () => {
    const doc = makeDocument(show, 0);
    const name = encodeURIComponent('周五 晚8点');
    expect((await call('PUT', `/api/documents/${name}`, { doc }, {}, 'assistant')).status).toBe(403);
    const saved = await call('PUT', `/api/documents/${name}`, { doc });
    expect(saved.status).toBe(200);
    expect(saved.json).toMatchObject({ ok: true, name: '周五 晚8点' });
    const list = await call('GET', '/api/documents');
    expect((list.json as { files: { name: string }[] }).files.map((f) => f.name)).toEqual(['周五 晚8点']);
    expect((await call('GET', '/api/documents/recent')).json).toMatchObject({ recent: [{ name: '周五 晚8点', title: show.title }] });
    const opened = await call('GET', `/api/documents/${name}`, undefined, {}, 'assistant');
    expect(opened.json).toMatchObject({ ok: true, readOnly: false, doc: { show: { title: show.title } } });
  });

  it('answers 422 with the path for an invalid file and 409 when saving over it', async () => {
    await call('PUT', '/api/documents/x', { doc: makeDocument(show, 0) });
    writeFileSync(join(dir, 'shows', 'x.livedeck.json'), '{"format":"livedeck.show","version":2,"savedAt":1,"show":{"id":"x","title":"t","products":[],"slots":[{}]}}');
    const opened = await call('GET', '/api/documents/x');
    expect(opened.status).toBe(422);
    expect(opened.json).toMatchObject({ ok: false, error: { code: 'invalid', path: 'show.slots[0].id' } });
    const saved = await call('PUT', '/api/documents/x', { doc: makeDocument(show, 0) });
    expect(saved.status).toBe(409);
    expect(saved.json).toMatchObject({ error: { code: 'invalid_on_disk' } });
  });

  it('refuses an invalid document body with the bad path', async () => {
    const bad = { doc: { ...makeDocument(show, 0), show: { ...show, slots: [{ ...show.slots[0], role: 'boss' }] } } };
    const r = await call('PUT', '/api/documents/y', bad);
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ error: { code: 'invalid', path: 'doc.show.slots.0.role' } });
  });

  it('autosaves drafts, lists them as recoverable and drops them on save', async () => {
    const doc = makeDocument({ ...show, title: '草稿' }, 0);
    expect((await call('PUT', '/api/autosave/未命名-1', { doc })).status).toBe(200);
    expect((await call('GET', '/api/autosave')).json).toMatchObject({ drafts: [{ key: '未命名-1', title: '草稿' }] });
    expect((await call('GET', `/api/autosave/${encodeURIComponent('未命名-1')}`)).json).toMatchObject({ doc: { show: { title: '草稿' } } });
    await call('PUT', '/api/autosave/A', { doc });
    await call('PUT', '/api/documents/A', { doc });
    expect((await call('GET', '/api/autosave')).json).toMatchObject({ drafts: [{ key: '未命名-1' }] });
    await call('DELETE', '/api/autosave/未命名-1');
    expect((await call('GET', '/api/autosave')).json).toEqual({ ok: true, drafts: [] });
  });

  it('exports XLSX with strings kept as text, never formulas', async () => {
    const r = await call('POST', '/api/export/xlsx', { title: '节目单', sheets: [{ name: '节目单', rows: [['序号', '话术'], [1, "=cmd|' /C calc'!A0"]] }] });
    expect(r.status).toBe(200);
    expect(r.contentType).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.body as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const cell = wb.getWorksheet('节目单')!.getCell('B2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe("=cmd|' /C calc'!A0");
  });
});

describe('import route', () => {
  const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/import', name));

  it('imports a GBK CSV body with a URI-encoded Chinese file name', async () => {
    const r = await call('POST', '/api/import', fixture('catalog-gbk.csv'), { 'x-filename': encodeURIComponent('商品.csv') });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ ok: true, encoding: 'gb18030', needsMapping: false });
    expect((r.json as { products: unknown[] }).products).toHaveLength(5);
  });

  it('takes an explicit mapping from the mapping step', async () => {
    const r = await call('POST', '/api/import', fixture('unknown-headers.csv'), { 'x-import-mapping': encodeURIComponent(JSON.stringify({ name: 1, price: 2 })) });
    expect(r.json).toMatchObject({ needsMapping: false, products: [{ name: '手工皂', price: 2500 }, { name: '香薰蜡烛', price: 5900 }] });
    expect((await call('POST', '/api/import', fixture('unknown-headers.csv'), { 'x-import-mapping': 'nope' })).status).toBe(400);
  });

  it('answers hostile files with a clear error status, never a crash', async () => {
    expect(await call('POST', '/api/import', fixture('binary-garbage.bin'))).toMatchObject({ status: 415, json: { ok: false, error: { code: 'unsupported' } } });
    expect(await call('POST', '/api/import', fixture('zip-bomb.xlsx'))).toMatchObject({ status: 413 });
    expect(await call('POST', '/api/import', Buffer.alloc(0))).toMatchObject({ status: 422, json: { error: { code: 'empty' } } });
  });
});
