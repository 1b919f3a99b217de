import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHandshake, tokenAccepted, type AccessPolicy } from '../../../electron/hub/socket/access';
import { createCredentials } from '../../../electron/hub/auth/credentials';
import { testHub, type TestHub } from '../../support/testHub';
import { tryConnect } from '../../support/rawSocket';

/** DESIGN §6 "handshake auth": no socket without the per-launch secret (or the LAN join code). */
let t: TestHub;
beforeAll(async () => { t = await testHub(); });
afterAll(async () => { await t.dispose(); });

const good = () => ({ token: t.hub.token, role: 'assistant', name: '场控', clientId: 'hs-1' });

describe('socket handshake auth', () => {
  it.each([
    ['no auth at all', undefined],
    ['an empty object', {}],
    ['no token', { role: 'assistant', name: 'x', clientId: 'c' }],
    ['an empty token', { token: '', role: 'assistant', name: 'x', clientId: 'c' }],
    ['a wrong token', { token: 'not-the-token', role: 'assistant', name: 'x', clientId: 'c' }],
    ['a token with one character changed', 'flip'],
    ['the token as a prefix', 'prefix'],
    ['a token that is not a string', { token: 12345, role: 'assistant', name: 'x', clientId: 'c' }],
    ['an unknown role', 'role'],
    ['no name', 'noname'],
    ['a 41-character name', 'longname'],
    ['a 129-character client id', 'longid'],
  ])('refuses a handshake with %s', async (_label, spec) => {
    const before = t.hub.counters.refusedHandshakes;
    let auth: unknown = spec;
    const g = good();
    if (spec === 'flip') auth = { ...g, token: g.token.slice(0, -1) + (g.token.endsWith('A') ? 'B' : 'A') };
    if (spec === 'prefix') auth = { ...g, token: g.token.slice(0, 8) };
    if (spec === 'role') auth = { ...g, role: 'admin' };
    if (spec === 'noname') auth = { ...g, name: '' };
    if (spec === 'longname') auth = { ...g, name: 'x'.repeat(41) };
    if (spec === 'longid') auth = { ...g, clientId: 'c'.repeat(129) };
    const r = await tryConnect(t.hub.url, { auth });
    expect(r.ok).toBe(false);
    if (!r.ok) expect((r.data as { code?: string } | undefined)?.code).toMatch(/^(invalid|unauthorized)$/);
    expect(t.hub.counters.refusedHandshakes).toBe(before + 1);
  });

  it('admits the right token and sends the snapshot', async () => {
    const r = await tryConnect(t.hub.url, { auth: good() });
    expect(r.ok).toBe(true);
    r.socket.close();
  });

  it('refuses the HTTP API without the token, with a wrong one, and admits the right one', async () => {
    expect((await fetch(`${t.hub.url}/api/review`)).status).toBe(401);
    expect((await fetch(`${t.hub.url}/api/review`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await fetch(`${t.hub.url}/api/review?token=wrong`)).status).toBe(401);
    expect((await fetch(`${t.hub.url}/api/review`, { headers: { authorization: `Bearer ${t.hub.token}` } })).status).not.toBe(401);
  });

  it('compares secrets as whole values (pure predicate)', () => {
    const policy: AccessPolicy = { credentials: createCredentials({ ownerToken: 'secret-token-abc', lan: false, now: Date.now }), extraOrigins: [] };
    expect(tokenAccepted(policy, 'secret-token-abc')).toBe(true);
    expect(tokenAccepted(policy, 'secret-token-ab')).toBe(false);
    expect(tokenAccepted(policy, 'secret-token-abcd')).toBe(false);
    expect(tokenAccepted(policy, '')).toBe(false);
    expect(checkHandshake({ token: 'secret-token-abc', role: 'host', name: 'h', clientId: 'c', extra: 'ignored' }, policy)).toMatchObject({ ok: true, auth: { role: 'host' } });
    expect(checkHandshake({ token: 'x'.repeat(201), role: 'host', name: 'h', clientId: 'c' }, policy)).toMatchObject({ ok: false, code: 'invalid' });
  });
});
