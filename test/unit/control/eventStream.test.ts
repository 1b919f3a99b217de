import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ControlState } from '../../../shared/protocol/control';
import { RoomEvent } from '../../../shared/protocol/roomEvents';
import { streamClient, streamTypes } from '../../../electron/hub/events/eventStream';
import { testHub, type TestHub } from '../../support/testHub';
import { comment } from '../../support/manualSource';
import { readFrames } from '../../support/sseFrames';

let t: TestHub;
beforeEach(async () => { t = await testHub(); });
afterEach(async () => { await t.dispose(); });

const open = (token: string, query = '') => fetch(`${t.hub.url}/api/events?token=${encodeURIComponent(token)}${query}`);

describe('the event stream (GET /api/events, Server-Sent Events)', () => {
  it('an overlay credential gets the state first, then an on-air change made through the control API', async () => {
    const res = await open(t.hub.credentials.issue('overlay').secret);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reading = readFrames(res, (f) => f.some((x) => x.event === 'on_air'));
    await new Promise((r) => setTimeout(r, 100));
    const moved = await fetch(`${t.hub.url}/api/control/take-next`, { method: 'POST', headers: { authorization: `Bearer ${t.hub.credentials.issue('control', 'assistant').secret}` } });
    expect(moved.status).toBe(200);
    const frames = await reading;
    expect(frames[0]!.event).toBe('state');
    expect(ControlState.parse(frames[0]!.data).onAir?.slotId).toBe('s01');
    const onAir = RoomEvent.parse(frames.find((f) => f.event === 'on_air')!.data);
    expect(onAir).toMatchObject({ type: 'on_air', roomId: 'main', data: { slotId: 's02', productId: 'p02-scarf', previousSlotId: 's01' } });
    expect(frames.find((f) => f.event === 'on_air')!.id).toBe(onAir.id);
  });

  it('?types= narrows the stream: comments and paid orders only', async () => {
    const res = await open(t.hub.credentials.issue('control', 'host').secret, '&types=comment,order');
    const reading = readFrames(res, (f) => f.some((x) => x.event === 'order') && f.some((x) => x.event === 'comment'));
    await new Promise((r) => setTimeout(r, 100));
    const productId = t.hub.room.show.products[0]!.id;
    t.source.push([comment('这件有M码吗？'), { id: 'o1', platform: 'sim', roomId: 'main', ts: Date.now(), type: 'order.paid', userId: 'u1', orderId: 'ord-1', productId, quantity: 2, amount: 19800 }]);
    const frames = await reading;
    const types = frames.map((f) => f.event);
    expect(types).toContain('comment');
    expect(types).not.toContain('on_air');
    const order = RoomEvent.parse(frames.find((f) => f.event === 'order')!.data);
    expect(order.data).toEqual({ orderId: 'ord-1', productId, quantity: 2, amount: 19800, platform: 'sim' });
  });

  it('refuses a UI or ingest credential (403) and a wrong one (401)', async () => {
    expect((await open(t.hub.token)).status).toBe(403);
    expect((await open(t.hub.credentials.issue('ingest').secret)).status).toBe(403);
    expect((await open('nope')).status).toBe(401);
  });

  it('a client that stops reading is dropped once it is too far behind, not buffered forever', () => {
    const sink = { writableLength: 0, written: 0, destroyed: false,
      write(chunk: string) { this.writableLength += chunk.length; this.written++; return false; },
      destroy() { this.destroyed = true; return this; } };
    const client = streamClient(sink as never, streamTypes(null), 1000);
    const ev = (i: number): RoomEvent => ({ id: `e${i}`, at: 1, roomId: 'main', type: 'comment', data: { commentId: `c${i}`, nickname: 'n', text: 'x'.repeat(100), intent: 'chitchat', topic: null, productId: null } });
    let i = 0;
    while (client.push([ev(i)]) && i < 1000) i++;
    expect(sink.destroyed).toBe(true);
    expect(client.open).toBe(false);
    expect(sink.writableLength).toBeLessThan(1500);
    expect(client.push([ev(9999)])).toBe(false);
    expect(streamTypes('on_air,nope')).toEqual(new Set(['on_air']));
  });
});
