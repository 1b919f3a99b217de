import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHub, type Hub, type HubOptions } from '../../../electron/hub/hub';
import type { TikTokClientFactory } from '../../../electron/hub/sources/tiktokClient';
import { HTTP_API } from '../../../shared/protocol/http';

/**
 * The sources page's routes (issue 12 item 2): the producer adds a TikTok source by @username,
 * a recording to replay, or the ingest door; sets a stall time; starts, stops, removes. The
 * configuration is kept in the data folder's sources.json and comes back after a restart.
 */
let root: string;
let dataDir: string;
const hubs: Hub[] = [];
beforeEach(() => { root = mkdtempSync(join(tmpdir(), 'ld-srcpage-')); dataDir = join(root, 'data'); });
afterEach(async () => {
  for (const h of hubs.splice(0)) await h.close();
  rmSync(root, { recursive: true, force: true });
});

class FakeConnection extends EventEmitter {
  async connect() { return {}; }
  async disconnect() { return undefined; }
}
const fakeTikTok: TikTokClientFactory = async () => new FakeConnection();

async function hub(opts: HubOptions = {}): Promise<Hub> {
  const h = await startHub({ source: null, dataDir, staticDir: join(root, 'static'), record: false, journal: false, ...opts });
  hubs.push(h);
  return h;
}
function api(h: Hub) {
  return (path: string, opts: { method?: string; body?: unknown; role?: string } = {}) => fetch(`${h.url}${path}`, {
    method: opts.method ?? 'GET',
    headers: { authorization: `Bearer ${h.token}`, 'x-livedeck-role': opts.role ?? 'producer', 'content-type': 'application/json' },
    ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
  });
}
const flush = () => new Promise((r) => setTimeout(r, 20));

describe('adding, configuring and removing sources', () => {
  it('adds TikTok by @username (live through the client), sets its stall time, stops and removes it; only the producer may', async () => {
    const h = await hub({ tiktokClient: fakeTikTok });
    const call = api(h);
    expect((await call('/api/sources', { method: 'POST', role: 'assistant', body: { kind: 'tiktok', uniqueId: '@the.shop' } })).status).toBe(403);
    const res = await call('/api/sources', { method: 'POST', body: { kind: 'tiktok', uniqueId: '@The.Shop', stallSec: 20 } });
    expect(res.status).toBe(200);
    const added = HTTP_API.addSource.reply.parse(await res.json());
    expect(added.id).toBe('tiktok-the.shop');
    await flush();
    expect(h.sources.list().find((s) => s.id === 'tiktok-the.shop')).toMatchObject({ kind: 'tiktok', state: 'live', label: '@The.Shop', stallSec: 20, removable: true });
    expect((await call('/api/sources', { method: 'POST', body: { kind: 'tiktok', uniqueId: 'the.shop' } })).status).toBe(409);

    const put = await call('/api/sources/tiktok-the.shop', { method: 'PUT', body: { stallSec: 45 } });
    expect(HTTP_API.updateSource.reply.parse(await put.json()).sources.find((s) => s.id === 'tiktok-the.shop')!.stallSec).toBe(45);
    expect((await call('/api/sources/tiktok-the.shop', { method: 'PUT', body: { stallSec: 1 } })).status).toBe(400);

    expect((await call('/api/sources/ingest', { method: 'DELETE' })).status).toBe(409);
    const del = await call('/api/sources/tiktok-the.shop', { method: 'DELETE' });
    expect(del.status).toBe(200);
    expect(h.sources.list().map((s) => s.id)).toEqual(['ingest']);
    expect((await call('/api/sources/tiktok-the.shop', { method: 'DELETE' })).status).toBe(404);
  });

  it('refuses a unique id that is not one, with 400 and the field', async () => {
    const h = await hub();
    const r = await api(h)('/api/sources', { method: 'POST', body: { kind: 'tiktok', uniqueId: 'no spaces/../x' } });
    expect(r.status).toBe(400);
    expect(await r.json()).toMatchObject({ error: { code: 'invalid', path: 'uniqueId' } });
  });

  it('a TikTok source on a machine without the package fails with not_installed', async () => {
    const h = await hub();
    await api(h)('/api/sources', { method: 'POST', body: { kind: 'tiktok', uniqueId: 'someone' } });
    await expect.poll(() => h.sources.list().find((s) => s.id === 'tiktok-someone')?.error, { timeout: 10_000 }).toBe('not_installed');
    expect(h.sources.list().find((s) => s.id === 'tiktok-someone')!.state).toBe('failed');
  });

  it('replays a recording from recordings/ (listed newest first); a file not there is no_recording; a path is refused', async () => {
    mkdirSync(join(dataDir, 'recordings'), { recursive: true });
    const ev = { id: 'r1', platform: 'tiktok', roomId: 'main', ts: Date.now(), type: 'like', userId: 'u', count: 2 };
    writeFileSync(join(dataDir, 'recordings', 'main-2026.jsonl'), `${JSON.stringify(ev)}\n`);
    const h = await hub();
    const call = api(h);
    const files = HTTP_API.listRecordings.reply.parse(await (await call('/api/sources/recordings')).json()).files;
    expect(files.map((f) => f.name)).toEqual(['main-2026.jsonl']);
    const r = await call('/api/sources', { method: 'POST', body: { kind: 'replay', file: 'main-2026.jsonl' } });
    expect(r.status).toBe(200);
    await expect.poll(() => h.room.stats.events, { timeout: 5000 }).toBe(1);
    expect(h.sources.list().find((s) => s.id === 'replay-main-2026')).toMatchObject({ kind: 'replay', label: 'main-2026.jsonl', accepted: 1 });
    expect((await call('/api/sources', { method: 'POST', body: { kind: 'replay', file: 'gone.jsonl' } })).status).toBe(404);
    expect((await call('/api/sources', { method: 'POST', body: { kind: 'replay', file: '../secret.jsonl' } })).status).toBe(400);
  });

  it('adding the ingest door starts it (with its stall time)', async () => {
    const h = await hub();
    expect(h.sources.list()[0]).toMatchObject({ id: 'ingest', state: 'stopped' });
    const r = await api(h)('/api/sources', { method: 'POST', body: { kind: 'ingest', stallSec: 30 } });
    expect(HTTP_API.addSource.reply.parse(await r.json()).id).toBe('ingest');
    expect(h.sources.list()[0]).toMatchObject({ id: 'ingest', state: 'live', stallSec: 30 });
  });

  it('a real source added on the page stops the simulator, which then stays out', async () => {
    const h = await hub({ source: undefined, tiktokClient: fakeTikTok });
    expect(h.sources.list()[0]).toMatchObject({ id: 'sim', error: null });
    expect(['connecting', 'live']).toContain(h.sources.list()[0]!.state);
    await api(h)('/api/sources', { method: 'POST', body: { kind: 'tiktok', uniqueId: 'the.shop' } });
    expect(h.sources.list()[0]).toMatchObject({ id: 'sim', state: 'stopped', error: 'sim_blocked' });
    expect((await api(h)('/api/sources/sim/start', { method: 'POST' })).status).toBe(409);
  });
});

describe('the configuration survives a restart (sources.json in the data folder)', () => {
  it('brings back configured sources (running or stopped as they were), stall times and keys, never sending the key back', async () => {
    const h1 = await hub({ tiktokClient: fakeTikTok });
    const call = api(h1);
    await call('/api/sources', { method: 'POST', body: { kind: 'tiktok', uniqueId: 'a.one', signKey: 'euler-secret' } });
    await call('/api/sources', { method: 'POST', body: { kind: 'tiktok', uniqueId: 'b.two', stallSec: 90 } });
    await call('/api/sources/tiktok-b.two/stop', { method: 'POST' });
    await call('/api/sources/ingest', { method: 'PUT', body: { stallSec: 12 } });
    const listed = await (await call('/api/sources')).text();
    expect(listed).not.toContain('euler-secret');
    await h1.close();
    hubs.splice(0);
    const saved = JSON.parse(readFileSync(join(dataDir, 'sources.json'), 'utf8')) as { sources: { id: string; enabled: boolean; signKey?: string }[]; stall: Record<string, number> };
    expect(saved.sources.map((s) => [s.id, s.enabled])).toEqual([['tiktok-a.one', true], ['tiktok-b.two', false]]);
    expect(saved.stall).toEqual({ ingest: 12 });

    const asked: string[] = [];
    const h2 = await hub({ tiktokClient: async (id, o) => { asked.push(`${id}:${o.signApiKey ?? ''}`); return new FakeConnection(); } });
    await flush();
    const list = h2.sources.list();
    expect(list.map((s) => [s.id, s.state, s.stallSec])).toEqual([['ingest', 'stopped', 12], ['tiktok-a.one', 'live', 15], ['tiktok-b.two', 'stopped', 90]]);
    expect(asked).toEqual(['a.one:euler-secret']);
  });

  it('a sources.json that does not validate is moved aside, not overwritten', async () => {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'sources.json'), '{"v":1,"sources":[{"kind":"tiktok"}]}');
    const h = await hub();
    expect(h.sources.list().map((s) => s.id)).toEqual(['ingest']);
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(dataDir).some((f) => f.startsWith('sources.json.invalid-'))).toBe(true);
  });
});
