import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testHub, type TestHub } from '../../support/testHub';
import { tryConnect } from '../../support/rawSocket';

/**
 * DESIGN §6 "LAN only when asked, with a join code". The hub listens on every interface here,
 * but the test connects only through 127.0.0.1.
 */
let lan: TestHub;
let local: TestHub;
beforeAll(async () => {
  lan = await testHub({ host: '0.0.0.0' });
  local = await testHub();
});
afterAll(async () => {
  await lan.dispose();
  await local.dispose();
});

const auth = (token: string) => ({ token, role: 'assistant', name: '平板', clientId: `lan-${token.length}-${Math.random().toString(36).slice(2, 8)}` });
const lanUrl = () => `http://127.0.0.1:${lan.hub.port}`;

describe('join code on the LAN', () => {
  it('generates a six-digit join code when the hub listens beyond loopback, and none on loopback', () => {
    expect(lan.hub.joinCode).toMatch(/^\d{6}$/);
    expect(local.hub.joinCode).toBeNull();
  });

  it('refuses a LAN client without a code or with a wrong one', async () => {
    const code = lan.hub.joinCode!;
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    for (const token of ['', wrong, code.slice(0, 5), `${code} `, `${code}0`]) {
      const r = await tryConnect(lanUrl(), { auth: auth(token) });
      expect(r.ok, `token "${token}"`).toBe(false);
    }
    expect(lan.hub.counters.refusedHandshakes).toBe(5);
  });

  it('admits a LAN client with the join code, and the host machine with its secret', async () => {
    const withCode = await tryConnect(lanUrl(), { auth: auth(lan.hub.joinCode!) });
    expect(withCode.ok).toBe(true);
    withCode.socket.close();
    const withToken = await tryConnect(lanUrl(), { auth: auth(lan.hub.token) });
    expect(withToken.ok).toBe(true);
    withToken.socket.close();
  });

  it('gives a loopback-only hub no join code to guess: six digits are refused', async () => {
    const r = await tryConnect(local.hub.url, { auth: auth('123456') });
    expect(r.ok).toBe(false);
  });

  it('guards the HTTP API on the LAN with the same code', async () => {
    expect((await fetch(`${lanUrl()}/api/review`)).status).toBe(401);
    expect((await fetch(`${lanUrl()}/api/review?token=000000`)).status).toBe(401);
    expect((await fetch(`${lanUrl()}/api/review?token=${lan.hub.joinCode}`)).status).not.toBe(401);
  });
});
