import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandAck } from '../../../shared/protocol/commands';
import type { OverlayState } from '../../../shared/protocol/overlay';
import { OVERLAY_NAMESPACE, type OverlayClientEvents, type OverlayServerEvents } from '../../../shared/protocol/socket';
import { joinHub, type TestClient } from '../../support/hubClient';
import { comment } from '../../support/manualSource';
import { tryConnect } from '../../support/rawSocket';
import { testHub, type TestHub } from '../../support/testHub';

/**
 * Issue 17 item 1: the overlay credential opens the overlay feed read-only. It connects and
 * follows the room; every command it sends is refused; it opens no /api route; the app's socket
 * refuses it; a wrong token or another kind of credential is refused by the overlay feed.
 */
type OverlaySocket = Socket<OverlayServerEvents, OverlayClientEvents>;
interface Overlay { socket: OverlaySocket; states: OverlayState[]; next(pred: (s: OverlayState) => boolean): Promise<OverlayState> }

let t: TestHub;
let producer: TestClient;
const opened: { close(): void }[] = [];

function openOverlay(auth: unknown, query?: Record<string, string>): Promise<{ ok: true; overlay: Overlay } | { ok: false; code: string | undefined }> {
  const socket: OverlaySocket = connect(`${t.hub.url}${OVERLAY_NAMESPACE}`, {
    path: '/socket.io', transports: ['websocket'], reconnection: false, forceNew: true,
    ...(auth !== undefined ? { auth: auth as Record<string, unknown> } : {}), ...(query ? { query } : {}),
  });
  opened.push(socket);
  const states: OverlayState[] = [];
  const waiters: { pred: (s: OverlayState) => boolean; resolve: (s: OverlayState) => void }[] = [];
  socket.on('overlay', (s) => {
    states.push(s);
    for (const w of [...waiters]) if (w.pred(s)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(s); }
  });
  const next = (pred: (s: OverlayState) => boolean) => {
    const hit = states.find(pred);
    if (hit) return Promise.resolve(hit);
    return new Promise<OverlayState>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no matching overlay state within 3 s')), 3000);
      waiters.push({ pred, resolve: (s) => { clearTimeout(timer); resolve(s); } });
    });
  };
  return new Promise((resolve) => {
    socket.once('overlay', () => resolve({ ok: true, overlay: { socket, states, next } }));
    socket.once('connect_error', (err: Error & { data?: { code?: string } }) => resolve({ ok: false, code: err.data?.code }));
  });
}

const overlayToken = () => t.hub.credentials.issue('overlay').secret;
const onAirName = () => {
  const slot = t.hub.room.show.slots.find((s) => s.id === t.hub.room.live.onAirSlotId);
  return t.hub.room.show.products.find((p) => p.id === slot?.productId)?.name;
};

beforeAll(async () => {
  t = await testHub();
  producer = await joinHub(t.hub.url, { token: t.hub.token, role: 'producer', clientId: 'ov-producer' });
  opened.push(producer);
});
afterAll(async () => {
  for (const s of opened) s.close();
  await t.dispose();
});

describe('overlay credential on the overlay feed', () => {
  it('connects and gets the on-air product, and nothing overlays do not show', async () => {
    const r = await openOverlay({ token: overlayToken() });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const first = r.overlay.states[0]!;
    expect(first.onAir?.name).toBe(onAirName());
    expect(first.ended).toBe(false);
    const wire = JSON.stringify(first);
    for (const secret of ['talkingPoints', 'sellingPoints', 'metrics', 'peers', 'comments', 'alerts', 'stock']) expect(wire).not.toContain(secret);
  });

  it('accepts the token in the query too', async () => {
    const r = await openOverlay(undefined, { token: overlayToken() });
    expect(r.ok).toBe(true);
  });

  it('follows a pushed question and take-next', async () => {
    const r = await openOverlay({ token: overlayToken() });
    if (!r.ok) throw new Error('overlay refused');
    t.source.push([comment('这件有S码吗？')]);
    await producer.waitDelta((d) => (d.comments ?? []).some((c) => c.text === '这件有S码吗？'));
    const pushedId = t.hub.room.snapshot(Date.now()).comments.find((c) => c.text === '这件有S码吗？')!.id;
    expect((await producer.command({ type: 'comment.push', commentId: pushedId })).ok).toBe(true);
    const withQ = await r.overlay.next((s) => s.questions[0]?.commentId === pushedId);
    expect(withQ.questions[0]!.text).toBe('这件有S码吗？');

    const before = r.overlay.states.at(-1)!.onAir?.productId;
    expect((await producer.command({ type: 'slot.takeNext' })).ok).toBe(true);
    const moved = await r.overlay.next((s) => s.onAir?.productId !== before);
    expect(moved.onAir?.name).toBe(onAirName());

    expect((await producer.command({ type: 'comment.answer', commentId: pushedId })).ok).toBe(true);
    await r.overlay.next((s) => s.questions.every((q) => q.commentId !== pushedId) && s.onAir?.productId === moved.onAir?.productId);
  });

  it('refuses every command it sends with `forbidden`, and the room does not change', async () => {
    const r = await openOverlay({ token: overlayToken() });
    if (!r.ok) throw new Error('overlay refused');
    const before = t.hub.room.snapshot(Date.now());
    const commands = [
      { id: 'ov-1', type: 'slot.takeNext' },
      { id: 'ov-2', type: 'cue.fire', kind: 'lucky_bag', note: 'x', countdownSec: 60 },
      { id: 'ov-3', type: 'product.soldOut', productId: before.show.products[0]!.id, soldOut: true },
      { id: 'ov-4', type: 'show.end' },
      { id: 'ov-5', type: 'show.replace', rev: before.rev, show: before.show },
      { id: 'ov-6', type: 'nonsense' },
    ];
    for (const c of commands) {
      const ack = (await r.overlay.socket.timeout(3000).emitWithAck('command', c)) as CommandAck;
      expect(ack).toEqual({ ok: false, error: { code: 'forbidden', message: 'overlay credentials are read-only' } });
    }
    const after = t.hub.room.snapshot(Date.now());
    expect(JSON.stringify([after.rev, after.live, after.cues, after.show])).toBe(JSON.stringify([before.rev, before.live, before.cues, before.show]));
  });

  it('answers a ping with the hub time (for countdowns)', async () => {
    const r = await openOverlay({ token: overlayToken() });
    if (!r.ok) throw new Error('overlay refused');
    const res = await r.overlay.socket.timeout(3000).emitWithAck('ping');
    expect(Math.abs(res.serverTime - Date.now())).toBeLessThan(5000);
  });

  it.each([
    ['no token', {}, 'unauthorized'],
    ['a wrong token', { token: 'not-an-overlay-token' }, 'unauthorized'],
    ['a rotated-away overlay token', 'rotated', 'unauthorized'],
    ['the producer UI token', 'ui', 'forbidden'],
    ['a control token', 'control', 'forbidden'],
  ])('refuses %s', async (_label, spec, code) => {
    let auth: unknown = spec;
    if (spec === 'ui') auth = { token: t.hub.token };
    if (spec === 'control') auth = { token: t.hub.credentials.issue('control', 'assistant').secret };
    if (spec === 'rotated') {
      const old = overlayToken();
      t.hub.credentials.rotate('overlay');
      auth = { token: old };
    }
    const r = await openOverlay(auth);
    expect(r).toEqual({ ok: false, code });
  });
});

describe('overlay credential elsewhere', () => {
  it('cannot open the app socket (refused as forbidden, not counted as a wrong guess)', async () => {
    for (let i = 0; i < 12; i++) {
      const r = await tryConnect(t.hub.url, { auth: { token: overlayToken(), name: 'obs', clientId: `obs-${i}` } });
      expect(r.ok).toBe(false);
      if (!r.ok) expect((r.data as { code?: string }).code).toBe('forbidden');
    }
    // Twelve refusals later the address is not throttled: the producer's token still connects.
    const ok = await tryConnect(t.hub.url, { auth: { token: t.hub.token, name: 'p', clientId: 'after-overlay' } });
    expect(ok.ok).toBe(true);
    ok.socket.close();
  });

  it.each([
    ['GET', '/api/documents'],
    ['GET', '/api/documents/show.livedeck.json'],
    ['GET', '/api/documents/recent'],
    ['GET', '/api/review'],
    ['GET', '/api/review.csv'],
    ['POST', '/api/export/xlsx'],
    ['POST', '/api/import'],
    ['GET', '/api/whoami'],
    ['GET', '/api/sources'],
  ])('refuses %s %s with 403 read_only (header or query)', async (method, path) => {
    for (const how of ['header', 'query'] as const) {
      const url = how === 'query' ? `${t.hub.url}${path}?token=${encodeURIComponent(overlayToken())}` : `${t.hub.url}${path}`;
      const res = await fetch(url, {
        method, ...(how === 'header' ? { headers: { authorization: `Bearer ${overlayToken()}` } } : {}),
        ...(method === 'POST' ? { body: '{}' } : {}),
      });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('read_only');
    }
  });

  it('gets only liveness from /healthz, and the HTTP refusals throttle nothing', async () => {
    const res = await fetch(`${t.hub.url}/healthz`, { headers: { authorization: `Bearer ${overlayToken()}` } });
    expect(await res.json()).toEqual({ ok: true });
    const who = await fetch(`${t.hub.url}/api/whoami`, { headers: { authorization: `Bearer ${t.hub.token}` } });
    expect(who.status).toBe(200);
  });
});
