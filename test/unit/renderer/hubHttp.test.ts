import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The renderer's one HTTP client (services/hubHttp.ts) with fetch and the few page globals it
 * touches stubbed: it sends the session's token and the view's role, fills the contract's path,
 * checks replies against the contract and turns refusals into ApiError with the hub's code.
 */
const page = { hash: '#/rundown' };
const calls: { url: string; init: RequestInit }[] = [];
let answer: { status: number; json: unknown } = { status: 200, json: {} };

vi.stubGlobal('location', { search: '?token=tok-1', pathname: '/', get hash() { return page.hash; }, origin: 'http://hub' });
vi.stubGlobal('window', { location: globalThis.location });
vi.stubGlobal('history', { state: null, replaceState: () => undefined });
const storage = new Map<string, string>();
vi.stubGlobal('sessionStorage', { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => storage.set(k, v) });
vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
  calls.push({ url, init });
  return new Response(JSON.stringify(answer.json), { status: answer.status, headers: { 'content-type': 'application/json' } });
});

const { ApiError, hubApi } = await import('../../../renderer/src/services/hubHttp');
const { chooseRole } = await import('../../../renderer/src/services/session');

const header = (i: number, name: string) => new Headers(calls[i]!.init.headers).get(name);

beforeEach(() => {
  calls.length = 0;
  page.hash = '#/rundown';
});

describe('hubApi', () => {
  it('calls the contract path with the token and the role of the view', async () => {
    answer = { status: 200, json: { ok: true } };
    expect(await hubApi('discardDraft', { params: { key: '周五' } })).toEqual({ ok: true });
    expect(calls[0]!.url).toBe(`/api/autosave/${encodeURIComponent('周五')}`);
    expect(calls[0]!.init.method).toBe('DELETE');
    expect(header(0, 'authorization')).toBe('Bearer tok-1');
    expect(header(0, 'x-livedeck-role')).toBe('producer');
  });

  it('follows the role the user picked, not a constant', async () => {
    answer = { status: 200, json: { ok: true, files: [] } };
    page.hash = '#/console';
    expect(await hubApi('listDocuments', {})).toEqual({ ok: true, files: [] });
    expect(header(0, 'x-livedeck-role')).toBe('assistant');
    calls.length = 0;
    page.hash = '#/rundown';
    chooseRole('assistant');
    expect(await hubApi('listDocuments', {})).toEqual({ ok: true, files: [] });
    expect(header(0, 'x-livedeck-role')).toBe('assistant');
    chooseRole('producer');
  });

  it('sends JSON bodies and parses the reply with the contract', async () => {
    answer = { status: 200, json: { ok: true, name: 'a', savedAt: 7, extra: 'dropped' } };
    const doc = { format: 'livedeck.show', version: 2, savedAt: 1, show: { id: 's', title: 't', products: [], slots: [] } };
    expect(await hubApi('saveDocument', { params: { name: 'a' }, body: { doc: doc as never } })).toEqual({ ok: true, name: 'a', savedAt: 7 });
    expect(calls[0]!.init.method).toBe('PUT');
    expect(header(0, 'content-type')).toBe('application/json');
    expect(JSON.parse(String(calls[0]!.init.body))).toMatchObject({ doc: { show: { id: 's' } } });
  });

  it('turns a refusal into ApiError with the hub code, and a reply off the contract into invalid_reply', async () => {
    answer = { status: 409, json: { ok: false, error: { code: 'changed_on_disk', message: '文件已被修改', currentSavedAt: 9 } } };
    const refused = await hubApi('saveDocument', { params: { name: 'a' }, body: { doc: {} as never } }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 409, code: 'changed_on_disk', message: '文件已被修改', body: { error: { currentSavedAt: 9 } } });
    answer = { status: 200, json: { ok: true, files: 'nope' } };
    expect(await hubApi('listDocuments', {}).catch((e: unknown) => e)).toMatchObject({ code: 'invalid_reply' });
  });
});
