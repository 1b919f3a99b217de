import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hubRoutes } from '../../../electron/hub/routes';
import { HTTP_API, httpPath, type JsonRouteKey } from '../../../shared/protocol/http';
import { testHub, type TestHub } from '../../support/testHub';

let t: TestHub;
beforeEach(async () => { t = await testHub(); });
afterEach(async () => { await t.dispose(); });

const call = (path: string, init: { method?: string; role?: string; body?: string } = {}) => fetch(`${t.hub.url}${path}`, {
  method: init.method ?? 'GET',
  headers: { authorization: `Bearer ${t.hub.token}`, 'x-livedeck-role': init.role ?? 'producer', 'content-type': 'application/json' },
  ...(init.body !== undefined ? { body: init.body } : {}),
});

describe('the hub serves the HTTP contract (shared/protocol/http.ts)', () => {
  it('has a handler for every route of the contract and none outside it', () => {
    // Its own data dir: building the table starts a temp-file sweep that must not race the hub's dispose.
    const table = hubRoutes({ dataDir: mkdtempSync(join(tmpdir(), 'ld-http-')), room: t.hub.room, now: Date.now,
      sources: { list: () => [], start: () => false, stop: () => false, ingestUrl: () => '', add: () => ({ ok: false, code: 'not_found' }), update: () => ({ ok: true }), remove: () => ({ ok: true }), recordings: () => [] },
      credentials: { list: () => [], rotate: () => ({ ok: false, code: 'role_required' }) },
      webhooks: t.hub.webhooks,
      actions: t.hub.actions,
    });
    expect(Object.keys(table).sort()).toEqual(Object.keys(HTTP_API).sort());
  });

  it.each(['listDocuments', 'listRecent', 'listDrafts', 'review', 'listSources', 'listWebhooks'] satisfies JsonRouteKey[])('%s answers what the contract says', async (key) => {
    const res = await call(httpPath(key, {}));
    expect(res.status).toBe(200);
    expect(HTTP_API[key].reply.safeParse(await res.json()).success).toBe(true);
  });

  it('fills path parameters URI-encoded', () => {
    expect(httpPath('openDocument', { name: '周五 晚8点/2' })).toBe(`/api/documents/${encodeURIComponent('周五 晚8点/2')}`);
  });

  it('refuses a body that is not JSON, or not the route\'s body, with 400 and a code', async () => {
    const notJson = await call('/api/export/xlsx', { method: 'POST', body: '{nope' });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const wrong = await call('/api/export/xlsx', { method: 'POST', body: JSON.stringify({ title: 'x', sheets: [] }) });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ ok: false, error: { code: 'invalid', path: 'sheets' } });
  });

  it('checks the role the contract gives each route', async () => {
    expect((await call('/api/review', { role: 'host' })).status).toBe(403);
    expect((await call('/api/autosave', { role: 'assistant' })).status).toBe(403);
    expect((await call('/api/documents', { role: 'assistant' })).status).toBe(200);
    expect((await call('/api/documents', { method: 'DELETE' })).status).toBe(405);
  });

  it('keeps the security headers on everything outside /api', async () => {
    const res = await fetch(`${t.hub.url}/healthz`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
