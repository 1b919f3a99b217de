import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import { readFileSync } from 'node:fs';
import { INGEST_MAX_BYTES, IngestReply } from '../../../shared/protocol/http';
import { liveEventJsonSchema, type LiveEvent } from '../../../shared/protocol/events';
import { SOCKET_PATH } from '../../../shared/protocol/socket';
import { testHub, type TestHub } from '../../support/testHub';

let t: TestHub;
const T = Date.now();
let productId = '';

const base = (id: string) => ({ id, platform: 'douyin' as const, roomId: 'main', ts: T });
const paid = (id: string, amount: number): LiveEvent => ({ ...base(id), type: 'order.paid', userId: `u-${id}`, orderId: `o-${id}`, productId, quantity: 1, amount });
const line = (e: unknown) => JSON.stringify(e);

async function post(body: string, opts: { token?: string; bearer?: boolean } = {}) {
  const token = opts.token ?? t.hub.ingestToken.value;
  const url = opts.bearer ? `${t.hub.url}/api/ingest` : `${t.hub.url}/api/ingest?token=${encodeURIComponent(token)}`;
  const res = await fetch(url, {
    method: 'POST', body,
    headers: { 'content-type': 'application/x-ndjson', ...(opts.bearer ? { authorization: `Bearer ${token}` } : {}) },
  });
  return { status: res.status, json: (await res.json()) as unknown };
}

beforeEach(async () => {
  t = await testHub({ source: null, ingest: { start: true, token: 'ingest-secret-for-tests' } });
  productId = t.hub.room.show.products[0]!.id;
});
afterEach(async () => { await t.dispose(); });

describe('the ingest door (POST /api/ingest)', () => {
  it('takes valid lines, counts a duplicate id once, names broken lines by 1-based number, and keeps going after them', async () => {
    const body = [
      line(paid('a', 9900)),
      '{not json',
      line(paid('b', 19900)),
      line(paid('a', 9900)),
      '',
      line({ ...base('c'), type: 'order.paid', amount: -1 }),
      line({ ...base('d'), type: 'viewer.stats', online: 120, totalViewers: 300 }),
    ].join('\n');
    const r = await post(body);
    expect(r.status).toBe(200);
    expect(IngestReply.parse(r.json)).toEqual({
      accepted: 3, duplicates: 1,
      rejected: [
        { line: 2, error: 'not valid JSON' },
        { line: 6, error: expect.stringMatching(/^not a LiveEvent/) as unknown as string },
      ],
    });
    const review = await fetch(`${t.hub.url}/api/review`, { headers: { authorization: `Bearer ${t.hub.token}` } });
    const totals = ((await review.json()) as { totals: { gmv: number; buyers: number; online: number } }).totals;
    expect(totals.gmv).toBe(29800);
    expect(totals.buyers).toBe(2);
    const health = t.hub.sources.list().find((h) => h.id === 'ingest')!;
    expect(health).toMatchObject({ state: 'live', accepted: 3, duplicates: 1, rejected: 2 });
  });

  it('caps and sanitises hostile viewer text as for every source', async () => {
    const hostile = `<script>alert(1)</script>\u202e\u0000${'很'.repeat(5000)}`;
    const r = await post(line({ ...base('h1'), type: 'comment', userId: 'u', nickname: 'x\u202ey', text: hostile }));
    expect(r.json).toMatchObject({ accepted: 1, duplicates: 0, rejected: [] });
    const snap = t.hub.room.snapshot(Date.now());
    const c = snap.comments.find((x) => x.id === 'h1')!;
    expect(c.text.length).toBeLessThan(hostile.length);
    expect(c.text.includes("\u202e") || c.text.includes("\u0000")).toBe(false);
    expect(c.nickname).not.toMatch(/\u202e/);
  });

  it('refuses a body over the limit with 413 and applies nothing of it', async () => {
    const one = line(paid('big0', 100));
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size <= INGEST_MAX_BYTES; i++) { const l = line(paid(`big${i}`, 100)); lines.push(l); size += l.length + 1; }
    expect(one.length).toBeGreaterThan(10);
    const r = await post(lines.join('\n'));
    expect(r.status).toBe(413);
    expect(r.json).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(t.hub.room.stats.events).toBe(0);
  });

  it('takes the ingest token in the query or as a Bearer header, and refuses the UI token and wrong tokens', async () => {
    expect((await post(line(paid('t1', 100)), { bearer: true })).status).toBe(200);
    expect((await post(line(paid('t2', 100)), { token: 'nope' })).status).toBe(401);
    expect((await post(line(paid('t3', 100)), { token: t.hub.token })).status).toBe(401);
    expect((await post(line(paid('t4', 100)), { token: '' })).status).toBe(401);
    expect(t.hub.room.stats.events).toBe(1);
    // …and the ingest token opens nothing of the UI's API: a valid credential of the wrong kind (403, not counted as a wrong guess)
    const ui = await fetch(`${t.hub.url}/api/review?token=${t.hub.ingestToken.value}`);
    expect(ui.status).toBe(403);
    expect(((await ui.json()) as { error: { code: string } }).error.code).toBe('wrong_credential');
  });

  it('answers 409 while the ingest source is stopped', async () => {
    t.hub.sources.stop('ingest');
    const r = await post(line(paid('s1', 100)));
    expect(r.status).toBe(409);
    expect(r.json).toMatchObject({ error: { code: 'source_stopped' } });
  });

  it('serves the JSON Schema of events, the same as docs/ingest-events.schema.json', async () => {
    const res = await fetch(`${t.hub.url}/api/ingest/schema?token=${t.hub.ingestToken.value}`);
    expect(res.status).toBe(200);
    const schema = (await res.json()) as { oneOf: unknown[] };
    expect(schema).toEqual(liveEventJsonSchema());
    expect(schema.oneOf.length).toBeGreaterThan(10);
    const docs = JSON.parse(readFileSync(new URL('../../../docs/ingest-events.schema.json', import.meta.url), 'utf8')) as unknown;
    expect(docs).toEqual(liveEventJsonSchema());
  });
});

describe('the ingest door over WebSocket (socket.io namespace /ingest)', () => {
  const open = (token: string) => new Promise<Socket>((resolve, reject) => {
    const s = connect(`${t.hub.url}/ingest`, { path: SOCKET_PATH, auth: { token }, transports: ['websocket'], reconnection: false });
    s.on('connect', () => resolve(s));
    s.on('connect_error', (e) => { s.close(); reject(e); });
  });

  it('acks each message (one event or an array) with the same reply as POST', async () => {
    const s = await open(t.hub.ingestToken.value);
    try {
      const r1 = await s.timeout(2000).emitWithAck('events', paid('w1', 500));
      expect(r1).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
      const r2 = await s.timeout(2000).emitWithAck('events', [paid('w1', 500), { bad: true }, paid('w2', 700)]);
      expect(r2).toMatchObject({ accepted: 1, duplicates: 1, rejected: [{ line: 2 }] });
      expect(t.hub.room.stats.events).toBe(2);
    } finally {
      s.close();
    }
  });

  it('refuses a wrong token at the handshake', async () => {
    await expect(open(t.hub.token)).rejects.toThrow(/invalid ingest token/);
  });
});

describe('the sources routes (UI token, producer page)', () => {
  const call = (path: string, method = 'GET', role = 'producer') =>
    fetch(`${t.hub.url}${path}`, { method, headers: { authorization: `Bearer ${t.hub.token}`, 'x-livedeck-role': role } });

  it('lists the sources with the ingest URL, and the producer stops and starts one', async () => {
    const list = (await (await call('/api/sources', 'GET', 'assistant')).json()) as { sources: { id: string; state: string }[]; ingestUrl: string };
    expect(list.ingestUrl).toBe(t.hub.ingestUrl);
    expect(list.sources).toEqual([expect.objectContaining({ id: 'ingest', state: 'live' })]);
    expect((await call('/api/sources/ingest/stop', 'POST', 'assistant')).status).toBe(403);
    const stopped = (await (await call('/api/sources/ingest/stop', 'POST')).json()) as { sources: { state: string }[] };
    expect(stopped.sources[0]!.state).toBe('stopped');
    expect((await call('/api/sources/ingest/start', 'POST')).status).toBe(200);
    expect(t.hub.sources.list()[0]!.state).toBe('live');
    expect((await call('/api/sources/nope/start', 'POST')).status).toBe(404);
    expect((await call('/api/sources/ingest/restart', 'POST')).status).toBe(400);
  });
});
