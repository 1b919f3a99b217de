import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INGEST_NAMESPACE } from '../../../shared/protocol/http';
import { OVERLAY_NAMESPACE, type Revoked } from '../../../shared/protocol/socket';
import { joinHub } from '../../support/hubClient';
import { readFrames } from '../../support/sseFrames';
import { testHub, type TestHub } from '../../support/testHub';

/**
 * Rotation takes effect (brief sh, item 2): rotating a credential closes every socket (app,
 * /overlay, /ingest) and event stream that came in with the old secret — each told why first
 * (`revoked`, code credential_rotated) — while the new secret connects and everyone else stays.
 */
let t: TestHub;
const opened: { close(): void }[] = [];
beforeEach(async () => { t = await testHub({ source: null }); });
afterEach(async () => {
  for (const s of opened.splice(0)) s.close();
  await t.dispose();
});

interface Watched { socket: Socket; revoked: Promise<Revoked>; gone: Promise<string> }

/** A raw socket to `nsp` with `token`; resolves once connected (rejects with the refusal code). */
function open(nsp: string, token: string): Promise<Watched> {
  const socket = connect(`${t.hub.url}${nsp}`, { path: '/socket.io', transports: ['websocket'], reconnection: false, forceNew: true, auth: { token, name: 'rig', clientId: `rig-${nsp.length}-${opened.length}` } });
  opened.push(socket);
  const revoked = new Promise<Revoked>((resolve) => socket.once('revoked', resolve));
  const gone = new Promise<string>((resolve) => socket.once('disconnect', resolve));
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve({ socket, revoked, gone }));
    socket.once('connect_error', (err: Error & { data?: { code?: string } }) => reject(new Error(err.data?.code ?? err.message)));
  });
}

const rotate = (body: { kind: string; role?: string }) => fetch(`${t.hub.url}/api/credentials/rotate`, {
  method: 'POST', headers: { authorization: `Bearer ${t.hub.token}`, 'x-livedeck-role': 'producer', 'content-type': 'application/json' }, body: JSON.stringify(body),
});

const within = <T>(p: Promise<T>, ms = 5000): Promise<T> => Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms))]);

describe('rotating a credential disconnects what came in with the old one', () => {
  it('overlay: the old overlay socket is told credential_rotated and closed; the new link connects; the app stays', async () => {
    const old = t.hub.credentials.issue('overlay').secret;
    const overlay = await open(OVERLAY_NAMESPACE, old);
    const app = await joinHub(t.hub.url, { token: t.hub.tokenFor('assistant'), role: 'assistant' });
    opened.push(app);
    expect((await rotate({ kind: 'overlay' })).status).toBe(200);
    expect(await within(overlay.revoked)).toEqual({ code: 'credential_rotated' });
    expect(await within(overlay.gone)).toBe('io server disconnect');
    await expect(open(OVERLAY_NAMESPACE, old)).rejects.toThrow('unauthorized');
    const fresh = t.hub.credentials.issue('overlay').secret;
    expect(fresh).not.toBe(old);
    expect((await open(OVERLAY_NAMESPACE, fresh)).socket.connected).toBe(true);
    expect(app.socket.connected).toBe(true);
  });

  it('ui: the assistant\'s app socket is closed (its reconnect is refused: the auth-failed path); the producer\'s stays', async () => {
    const old = t.hub.tokenFor('assistant');
    const assistant = await joinHub(t.hub.url, { token: old, role: 'assistant' });
    const producer = await joinHub(t.hub.url, { token: t.hub.token, role: 'producer' });
    opened.push(assistant, producer);
    const revoked = new Promise<Revoked>((resolve) => assistant.socket.once('revoked', resolve));
    const gone = new Promise<string>((resolve) => assistant.socket.once('disconnect', resolve));
    expect((await rotate({ kind: 'ui', role: 'assistant' })).status).toBe(200);
    expect(await within(revoked)).toEqual({ code: 'credential_rotated' });
    expect(await within(gone)).toBe('io server disconnect');
    await expect(joinHub(t.hub.url, { token: old, role: 'assistant' })).rejects.toThrow(/wrong/);
    const fresh = await joinHub(t.hub.url, { token: t.hub.tokenFor('assistant'), role: 'assistant' });
    opened.push(fresh);
    expect(fresh.socket.connected).toBe(true);
    expect(producer.socket.connected).toBe(true);
  });

  it('ingest: the connector socket with the old ingest token is closed; the new token connects', async () => {
    const old = t.hub.ingestToken.value;
    const feed = await open(INGEST_NAMESPACE, old);
    expect((await rotate({ kind: 'ingest' })).status).toBe(200);
    expect(await within(feed.revoked)).toEqual({ code: 'credential_rotated' });
    expect(await within(feed.gone)).toBe('io server disconnect');
    await expect(open(INGEST_NAMESPACE, old)).rejects.toThrow('unauthorized');
    expect((await open(INGEST_NAMESPACE, t.hub.ingestToken.value)).socket.connected).toBe(true);
  });

  it('control: an event stream opened with the old control token gets `event: revoked` and ends; another role\'s stream stays', async () => {
    const aborts: AbortController[] = [];
    const events = (token: string) => {
      const abort = new AbortController();
      aborts.push(abort);
      return fetch(`${t.hub.url}/api/events?token=${encodeURIComponent(token)}`, { signal: abort.signal });
    };
    const old = t.hub.credentials.issue('control', 'host').secret;
    const stream = await events(old);
    const other = await events(t.hub.credentials.issue('control', 'producer').secret);
    expect([stream.status, other.status]).toEqual([200, 200]);
    const reading = readFrames(stream, (f) => f.some((x) => x.event === 'revoked'));
    const otherReading = readFrames(other, (f) => f.some((x) => x.event === 'revoked' || x.event === 'on_air'));
    await new Promise((r) => setTimeout(r, 100));
    expect((await rotate({ kind: 'control', role: 'host' })).status).toBe(200);
    const frames = await within(reading);
    expect(frames.map((f) => f.event)).toEqual(['state', 'revoked']);
    expect(frames[1]!.data).toEqual({ code: 'credential_rotated' });
    // The producer's stream is still open: it hears the next room event.
    const moved = await fetch(`${t.hub.url}/api/control/take-next`, { method: 'POST', headers: { authorization: `Bearer ${t.hub.credentials.issue('control', 'producer').secret}` } });
    expect(moved.status).toBe(200);
    expect((await otherReading).map((f) => f.event)).toEqual(['state', 'on_air']);
    const renewed = await events(t.hub.credentials.issue('control', 'host').secret);
    expect(renewed.status).toBe(200);
    expect((await readFrames(renewed, (f) => f.length > 0)).map((f) => f.event)).toEqual(['state']);
    expect((await events(old)).status).toBe(401);
    for (const a of aborts) a.abort();
  });

  it('a rotation of one slot leaves the sockets of other slots alone', async () => {
    const overlay = await open(OVERLAY_NAMESPACE, t.hub.credentials.issue('overlay').secret);
    const feed = await open(INGEST_NAMESPACE, t.hub.ingestToken.value);
    t.hub.credentials.rotate('control', 'producer');
    t.hub.credentials.rotate('ui', 'host');
    await new Promise((r) => setTimeout(r, 200));
    expect([overlay.socket.connected, feed.socket.connected]).toEqual([true, true]);
  });
});
