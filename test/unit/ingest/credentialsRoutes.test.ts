import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HTTP_API } from '../../../shared/protocol/http';
import { testHub, type TestHub } from '../../support/testHub';

/**
 * Tokens & links (issue 17 item 4): GET /api/credentials lists every credential as a ready link,
 * for the producer only; POST /api/credentials/rotate replaces one (the old secret fails at once),
 * but never the producer's own UI token. The ingest door follows the registry's `ingest` kind.
 */
let t: TestHub;
beforeEach(async () => { t = await testHub({ source: null, ingest: { start: true } }); });
afterEach(async () => { await t.dispose(); });

const call = (path: string, opts: { role?: string; token?: string; method?: string; body?: unknown } = {}) => fetch(`${t.hub.url}${path}`, {
  method: opts.method ?? 'GET',
  headers: { authorization: `Bearer ${opts.token ?? t.hub.token}`, 'x-livedeck-role': opts.role ?? 'producer', 'content-type': 'application/json' },
  ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
});
const links = async () => HTTP_API.listCredentials.reply.parse(await (await call('/api/credentials')).json()).links;
const postEvent = (url: string, id: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: JSON.stringify({ id, platform: 'tiktok', roomId: 'main', ts: Date.now(), type: 'like', userId: 'u', count: 1 }) });

describe('GET /api/credentials', () => {
  it('lists ui per role, ingest, overlay and control per role as ready links', async () => {
    const list = await links();
    const u = t.hub.url;
    expect(list.map((l) => `${l.kind}:${l.role ?? '-'}`)).toEqual([
      'ui:host', 'ui:assistant', 'ui:producer', 'ingest:-', 'overlay:-', 'control:host', 'control:assistant', 'control:producer',
    ]);
    const tok = (role: 'host' | 'assistant' | 'producer') => encodeURIComponent(t.hub.tokenFor(role));
    expect(list[0]!.url).toBe(`${u}/?token=${tok('host')}&role=host#/prompter`);
    expect(list[1]!.url).toBe(`${u}/?token=${tok('assistant')}&role=assistant#/console`);
    expect(list[2]!.url).toBe(`${u}/?token=${tok('producer')}&role=producer#/rundown`);
    expect(list[3]!.url).toBe(t.hub.ingestUrl);
    expect(list[4]!.url).toBe(`${u}/?token=${encodeURIComponent(t.hub.credentials.issue('overlay').secret)}#/overlay/question`);
    expect(list[7]!.url).toBe(`${u}/api/control?token=${encodeURIComponent(t.hub.credentials.issue('control', 'producer').secret)}`);
    expect(new Set(list.map((l) => new URL(l.url).searchParams.get('token'))).size).toBe(8);
  });

  it('is refused to the host and the assistant (and to a producer token narrowed to them)', async () => {
    expect((await call('/api/credentials', { token: t.hub.tokenFor('host'), role: 'host' })).status).toBe(403);
    expect((await call('/api/credentials', { token: t.hub.tokenFor('assistant'), role: 'assistant' })).status).toBe(403);
    expect((await call('/api/credentials', { role: 'assistant' })).status).toBe(403);
    expect((await call('/api/credentials/rotate', { method: 'POST', token: t.hub.tokenFor('assistant'), role: 'assistant', body: { kind: 'ingest' } })).status).toBe(403);
  });

  it('refuses the ingest token (it opens no UI route)', async () => {
    // A valid credential of the wrong kind: 403 wrong_credential (not counted as a wrong guess).
    expect((await call('/api/credentials', { token: t.hub.ingestToken.value })).status).toBe(403);
  });
});

describe('POST /api/credentials/rotate', () => {
  it('regenerates the ingest token: the old URL gets 401, the new one works, the sources page shows the new one', async () => {
    const oldUrl = t.hub.ingestUrl;
    expect((await postEvent(oldUrl, 'a')).status).toBe(200);
    const res = await call('/api/credentials/rotate', { method: 'POST', body: { kind: 'ingest' } });
    expect(res.status).toBe(200);
    const { link } = HTTP_API.rotateCredential.reply.parse(await res.json());
    expect(link.url).not.toBe(oldUrl);
    expect(link.url).toBe(t.hub.ingestUrl);
    expect((await postEvent(oldUrl, 'b')).status).toBe(401);
    expect((await postEvent(link.url, 'c')).status).toBe(200);
    const listed = HTTP_API.listSources.reply.parse(await (await call('/api/sources')).json());
    expect(listed.ingestUrl).toBe(link.url);
  });

  it('regenerates a role\'s UI token: the old one is refused, the new one opens that role', async () => {
    const old = t.hub.tokenFor('assistant');
    const { link } = HTTP_API.rotateCredential.reply.parse(await (await call('/api/credentials/rotate', { method: 'POST', body: { kind: 'ui', role: 'assistant' } })).json());
    const fresh = new URL(link.url).searchParams.get('token')!;
    expect(fresh).not.toBe(old);
    expect((await call('/api/whoami', { token: old, role: 'assistant' })).status).toBe(401);
    expect(await (await call('/api/whoami', { token: fresh, role: 'assistant' })).json()).toMatchObject({ role: 'assistant' });
  });

  it('refuses the producer\'s own UI token with a code, and ui/control without a role', async () => {
    const own = await call('/api/credentials/rotate', { method: 'POST', body: { kind: 'ui', role: 'producer' } });
    expect(own.status).toBe(409);
    expect(await own.json()).toMatchObject({ error: { code: 'own_credential' } });
    expect((await call('/api/whoami')).status).toBe(200);
    const noRole = await call('/api/credentials/rotate', { method: 'POST', body: { kind: 'control' } });
    expect(noRole.status).toBe(400);
    expect(await noRole.json()).toMatchObject({ error: { code: 'role_required' } });
    expect((await call('/api/credentials/rotate', { method: 'POST', body: { kind: 'join', role: 'host' } })).status).toBe(400);
  });
});
