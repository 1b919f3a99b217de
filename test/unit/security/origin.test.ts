import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { originAllowed, type AccessPolicy } from '../../../electron/hub/socket/access';
import { testHub, type TestHub } from '../../support/testHub';
import { tryConnect } from '../../support/rawSocket';

/** A web page on another origin must not open a socket to the hub, even with a stolen token. */
let t: TestHub;
beforeAll(async () => { t = await testHub({ extraOrigins: ['http://localhost:5173'] }); });
afterAll(async () => { await t.dispose(); });

const auth = () => ({ token: t.hub.token, role: 'producer', name: 'p', clientId: `o-${Math.random().toString(36).slice(2, 8)}` });

describe('origin check', () => {
  it.each([
    ['a foreign site', 'https://evil.example'],
    ['the same host on another port', 'http://127.0.0.1:1'],
    ['an opaque origin', 'null'],
    ['a file page', 'file://'],
  ])('refuses a browser socket from %s, even with the right token', async (_label, origin) => {
    for (const transports of [['websocket'], ['polling']] as const) {
      const r = await tryConnect(t.hub.url, { auth: auth(), extraHeaders: { origin }, transports: [...transports] });
      expect(r.ok, `${origin} over ${transports[0]}`).toBe(false);
    }
  });

  it('admits the page the hub served (same origin) and an explicitly allowed dev origin', async () => {
    for (const origin of [`http://127.0.0.1:${t.hub.port}`, 'http://localhost:5173']) {
      for (const transport of ['websocket', 'polling'] as const) {
        const r = await tryConnect(t.hub.url, { auth: auth(), extraHeaders: { origin }, transports: [transport] });
        expect(r.ok, `${origin} over ${transport}`).toBe(true);
        r.socket.close();
      }
    }
  });

  it('leaves clients without an Origin (native apps, tests) to the token check', async () => {
    const r = await tryConnect(t.hub.url, { auth: { ...auth(), token: 'wrong' } });
    expect(r.ok).toBe(false);
  });

  it('decides from Origin and Host only (pure predicate)', () => {
    const policy: Pick<AccessPolicy, 'extraOrigins'> = { extraOrigins: ['http://localhost:5173'] };
    const req = (origin: string | undefined, host = '127.0.0.1:4000') => ({ headers: { ...(origin === undefined ? {} : { origin }), host } });
    expect(originAllowed(req('http://127.0.0.1:4000'), policy)).toBe(true);
    expect(originAllowed(req('http://localhost:5173'), policy)).toBe(true);
    expect(originAllowed(req(undefined), policy)).toBe(true);
    expect(originAllowed(req('http://127.0.0.1:4001'), policy)).toBe(false);
    expect(originAllowed(req('http://127.0.0.1:4000.evil.example'), policy)).toBe(false);
    expect(originAllowed(req('https://evil.example'), policy)).toBe(false);
  });
});
