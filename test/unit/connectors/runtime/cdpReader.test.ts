import { describe, expect, it } from 'vitest';
import { createCdpReader, type CdpLike } from '../../../../electron/connectors/douyin/cdpReader';
import type { CapturedResponse } from '../../../../shared/connectors/douyin';

/** A fake DevTools session: records what was sent, lets the test fire events, serves bodies. */
function fakeCdp(bodies: Record<string, { body: string; base64Encoded: boolean } | Error>) {
  const listeners = new Map<string, Array<(p: never) => void>>();
  const sent: Array<[string, unknown]> = [];
  const cdp: CdpLike = {
    send(method, params) {
      sent.push([method, params]);
      if (method !== 'Network.getResponseBody') return Promise.resolve({});
      const b = bodies[(params as { requestId: string }).requestId];
      return b instanceof Error || !b ? Promise.reject(b ?? new Error('No resource with given identifier')) : Promise.resolve(b);
    },
    on(event, cb) {
      listeners.set(event, [...(listeners.get(event) ?? []), cb]);
    },
  };
  const fire = (event: string, params: unknown) => { for (const cb of listeners.get(event) ?? []) cb(params as never); };
  const load = (id: string, url: string, method = 'GET', status = 200) => {
    fire('Network.requestWillBeSent', { requestId: id, request: { url, method } });
    fire('Network.responseReceived', { requestId: id, response: { url, status, mimeType: 'application/json' } });
    fire('Network.loadingFinished', { requestId: id });
  };
  return { cdp, sent, fire, load };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const WANTED = 'https://compass.jinritemai.com/compass_api/author/live/live_screen/message?room_id=1&a_bogus=x';

describe('CDP response reader', () => {
  it('enables Network, reads bodies only of the responses the rules want, decoding base64', async () => {
    const f = fakeCdp({
      r1: { body: '{"st":0}', base64Encoded: false },
      r2: { body: Buffer.from('{"data":"评论"}', 'utf8').toString('base64'), base64Encoded: true },
    });
    const got: CapturedResponse[] = [];
    const reader = createCdpReader(f.cdp, { wants: (url) => url.includes('live_screen'), onResponse: (r) => got.push(r), now: () => 42 });
    await reader.start();
    expect(f.sent[0]).toEqual(['Network.enable', {}]);
    f.load('r1', WANTED);
    f.load('img', 'https://p3-aio.ecombdimg.com/cover.jpeg');
    f.load('r2', WANTED, 'POST');
    await flush();
    expect(f.sent.filter(([m]) => m === 'Network.getResponseBody').map(([, p]) => p)).toEqual([{ requestId: 'r1' }, { requestId: 'r2' }]);
    expect(got).toEqual([
      { url: WANTED, method: 'GET', status: 200, mimeType: 'application/json', ts: 42, body: '{"st":0}' },
      { url: WANTED, method: 'POST', status: 200, mimeType: 'application/json', ts: 42, body: '{"data":"评论"}' },
    ]);
  });

  it('hands on a body the browser would not give as null, and drops failed loads', async () => {
    const f = fakeCdp({ gone: new Error('No data found for resource with given identifier') });
    const got: CapturedResponse[] = [];
    const reader = createCdpReader(f.cdp, { wants: () => true, onResponse: (r) => got.push(r) });
    await reader.start();
    f.load('gone', WANTED);
    f.fire('Network.requestWillBeSent', { requestId: 'x', request: { url: WANTED, method: 'GET' } });
    f.fire('Network.responseReceived', { requestId: 'x', response: { url: WANTED, status: 200 } });
    f.fire('Network.loadingFailed', { requestId: 'x' });
    await flush();
    expect(got.map((r) => r.body)).toEqual([null]);
    expect(reader.stats()).toEqual({ read: 1, failed: 1, noBody: 1 });
  });

  it('a handler that throws does not stop the reader; nothing is read after stop()', async () => {
    const f = fakeCdp({ a: { body: '1', base64Encoded: false }, b: { body: '2', base64Encoded: false }, c: { body: '3', base64Encoded: false } });
    const got: string[] = [];
    const reader = createCdpReader(f.cdp, {
      wants: () => true,
      onResponse: (r) => { got.push(r.body!); if (r.body === '1') throw new Error('boom'); },
    });
    await reader.start();
    const quiet = console.error;
    console.error = () => undefined;
    try {
      f.load('a', WANTED);
      f.load('b', WANTED);
      await flush();
    } finally {
      console.error = quiet;
    }
    reader.stop();
    f.load('c', WANTED);
    await flush();
    expect(got).toEqual(['1', '2']);
  });

  it('ignores malformed protocol messages', async () => {
    const f = fakeCdp({});
    const reader = createCdpReader(f.cdp, { wants: () => true, onResponse: () => { throw new Error('never'); } });
    await reader.start();
    f.fire('Network.responseReceived', null);
    f.fire('Network.responseReceived', { requestId: 'q' });
    f.fire('Network.loadingFinished', undefined);
    await flush();
    expect(reader.stats().read).toBe(0);
  });
});
