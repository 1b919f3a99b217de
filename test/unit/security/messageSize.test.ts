import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testHub, type TestHub } from '../../support/testHub';
import { disconnectWithin, tryConnect, type RawSocket } from '../../support/rawSocket';

/** DESIGN §6 "small max message size": an oversized message is refused without hurting the hub. */
let t: TestHub;
let small: TestHub;
beforeAll(async () => {
  t = await testHub({ routes: [{ method: 'POST', path: '/api/echo', roles: ['producer'], maxBodyBytes: 1024 * 1024, handle: (req) => ({ status: 200, json: { bytes: req.body.length } }) }] });
  small = await testHub({ maxMessageBytes: 64 * 1024 });
});
afterAll(async () => {
  await t.dispose();
  await small.dispose();
});

async function open(h: TestHub, transport: 'websocket' | 'polling' = 'websocket'): Promise<RawSocket> {
  const r = await tryConnect(h.hub.url, { auth: { token: h.hub.token, role: 'producer', name: 'p', clientId: `big-${Math.random().toString(36).slice(2, 8)}` }, transports: [transport] });
  if (!r.ok) throw new Error(r.message);
  return r.socket;
}
const alive = async (h: TestHub) => {
  const s = await open(h);
  const ack = await s.timeout(3000).emitWithAck('command', { id: 'still-there', type: 'prompter.section', section: null });
  s.close();
  return ack;
};

describe('maximum message size', () => {
  it('drops a socket that sends a 5 MB command (websocket) and keeps serving others', async () => {
    const s = await open(t);
    s.emit('command', { id: 'huge', type: 'cue.fire', kind: 'coupon', note: 'x'.repeat(5 * 1024 * 1024) }, () => undefined);
    expect(await disconnectWithin(s, 5000)).toBe('transport close');
    expect(t.hub.room.snapshot(Date.now()).cues).toHaveLength(0);
    expect(await alive(t)).toMatchObject({ ok: true });
  });

  it('drops a socket that posts a 5 MB message over HTTP long-polling', async () => {
    const s = await open(t, 'polling');
    s.emit('command', { id: 'huge-poll', type: 'cue.fire', kind: 'coupon', note: 'y'.repeat(5 * 1024 * 1024) }, () => undefined);
    expect(await disconnectWithin(s, 5000)).not.toBeNull();
    expect(t.hub.room.snapshot(Date.now()).cues).toHaveLength(0);
    expect(await alive(t)).toMatchObject({ ok: true });
  });

  it('honours a smaller configured limit: 100 KB is refused, 60 KB gets a normal (error) ack', async () => {
    const a = await open(small);
    const fine = await a.timeout(3000).emitWithAck('command', { id: 'mid', type: 'cue.fire', kind: 'coupon', note: 'z'.repeat(60 * 1024) });
    // Under the transport limit, the schema still caps a cue note at 300 characters.
    expect(fine).toMatchObject({ ok: false, error: { code: 'invalid' } });
    a.emit('command', { id: 'over', type: 'cue.fire', kind: 'coupon', note: 'z'.repeat(100 * 1024) }, () => undefined);
    expect(await disconnectWithin(a, 5000)).toBe('transport close');
    expect(await alive(small)).toMatchObject({ ok: true });
  });

  it('refuses an HTTP API body over the route limit with 413, and takes one under it', async () => {
    const post = (bytes: number) => fetch(`${t.hub.url}/api/echo`, { method: 'POST', headers: { authorization: `Bearer ${t.hub.token}` }, body: 'x'.repeat(bytes) });
    const over = await post(2 * 1024 * 1024);
    expect(over.status).toBe(413);
    expect(await over.json()).toMatchObject({ ok: false, error: { code: 'too_large' } });
    const under = await post(1000);
    expect(await under.json()).toEqual({ bytes: 1000 });
  });
});
