import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { testHub, type TestHub } from '../../support/testHub';
import { joinHub } from '../../support/hubClient';

let t: TestHub | null = null;
afterEach(async () => { await t?.dispose(); t = null; });

/** A raw connection that sends `head` (and maybe part of a body), then nothing: it never reads either. */
async function abandoned(port: number, head: string): Promise<ReturnType<typeof connect>> {
  const sock = connect({ port, host: '127.0.0.1' });
  await new Promise((r) => sock.once('connect', r));
  sock.write(head);
  await new Promise((r) => setTimeout(r, 200));
  sock.pause();
  return sock;
}

describe('hub.close() ends HTTP connections first (not when they time out)', () => {
  it('closes within a second with an event stream and an upload a client abandoned, and still disconnects socket clients', async () => {
    t = await testHub();
    const hub = t.hub;
    const client = await joinHub(hub.url, { token: hub.token });
    const gone = new Promise<string>((r) => client.socket.once('disconnect', r));
    const sse = await abandoned(hub.port, `GET /api/events?token=${encodeURIComponent(hub.credentials.issue('overlay').secret)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    const upload = await abandoned(hub.port, `POST /api/import HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${hub.token}\r\nContent-Length: 100000\r\n\r\nabc`);
    const t0 = Date.now();
    await hub.close();
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(await gone).toBeTruthy();
    sse.destroy();
    upload.destroy();
  });
});
