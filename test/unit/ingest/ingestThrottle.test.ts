import { request } from 'node:http';
import { io as connect } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INGEST_FREE_TRIES } from '../../../electron/hub/ingest/ingestAdmission';
import { SOCKET_PATH } from '../../../shared/protocol/socket';
import { testHub, type TestHub } from '../../support/testHub';

/**
 * Wrong ingest tokens are throttled per address (issue 12 / 17 item 4): after a few, the address
 * gets 429 + Retry-After on POST /api/ingest and `throttled` at the /ingest handshake; the right
 * token from another address is unaffected. Two loopback addresses (127.0.0.1, 127.0.0.2) stand
 * for two machines.
 */
let t: TestHub;
const T = Date.now();
let clock = T;
beforeEach(async () => { clock = T; t = await testHub({ source: null, ingest: { start: true, token: 'right-ingest-token' }, now: () => clock }); });
afterEach(async () => { await t.dispose(); });

const line = (id: string) => JSON.stringify({ id, platform: 'tiktok', roomId: 'main', ts: T, type: 'like', userId: 'u', count: 1 });

function post(token: string, from: string, body = line(`e-${Math.random()}`)): Promise<{ status: number; retryAfter: string | undefined; json: unknown }> {
  const url = new URL(`${t.hub.url}/api/ingest?token=${encodeURIComponent(token)}`);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method: 'POST', localAddress: from, headers: { 'content-type': 'application/x-ndjson' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { text += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'], json: JSON.parse(text) as unknown }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('wrong-token throttle on the ingest door', () => {
  it('after a few wrong tokens the address gets 429 + Retry-After (even with the right token); another address is unaffected', async () => {
    for (let i = 0; i < INGEST_FREE_TRIES; i++) expect((await post('wrong', '127.0.0.1')).status).toBe(401);
    const blocked = await post('right-ingest-token', '127.0.0.1');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.retryAfter)).toBeGreaterThanOrEqual(59);
    expect(blocked.json).toMatchObject({ ok: false, error: { code: 'throttled' } });
    const other = await post('right-ingest-token', '127.0.0.2', line('from-other'));
    expect(other).toMatchObject({ status: 200, json: { accepted: 1 } });
    // after the pause the address may try again
    clock += 61_000;
    expect((await post('right-ingest-token', '127.0.0.1', line('after'))).status).toBe(200);
  });

  it('the WebSocket door counts wrong tokens too and refuses the address with `throttled`', async () => {
    const open = (token: string) => new Promise<string>((resolve) => {
      const s = connect(`${t.hub.url}/ingest`, { path: SOCKET_PATH, auth: { token }, transports: ['websocket'], reconnection: false });
      s.on('connect', () => { s.close(); resolve('ok'); });
      s.on('connect_error', (e: Error & { data?: { code?: string } }) => { s.close(); resolve(e.data?.code ?? e.message); });
    });
    for (let i = 0; i < INGEST_FREE_TRIES; i++) expect(await open('wrong')).toBe('unauthorized');
    expect(await open('right-ingest-token')).toBe('throttled');
    expect((await post('right-ingest-token', '127.0.0.2')).status).toBe(200);
  });
});
