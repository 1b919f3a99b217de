import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actingRole, createCredentials } from '../../../electron/hub/auth/credentials';
import { FailureThrottle } from '../../../electron/hub/socket/throttle';
import { joinHub, type TestClient } from '../../support/hubClient';
import { tryConnect } from '../../support/rawSocket';
import { testHub, type TestHub } from '../../support/testHub';

/** Issue 11 findings 3–6: roles bound to credentials, throttle, idempotency, bounds, team text. */
let t: TestHub;
const clients: TestClient[] = [];
beforeEach(async () => { t = await testHub(); });
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await t.dispose();
});
const join = async (auth: Parameters<typeof joinHub>[1]) => {
  const c = await joinHub(t.hub.url, auth);
  clients.push(c);
  return c;
};
const api = (path: string, token: string, role?: string) => fetch(`${t.hub.url}${path}`, {
  headers: { authorization: `Bearer ${token}`, ...(role ? { 'x-livedeck-role': role } : {}) },
});

describe('the credential registry', () => {
  it('issues one distinct secret per use, verifies it to its kind and role, rotates and expires', () => {
    let now = 1_000;
    const c = createCredentials({ ownerToken: 'owner-secret-000000000000', lan: true, now: () => now, joinCodeTtlMs: 60_000 });
    const secrets = [c.issue('ui', 'host'), c.issue('ui', 'assistant'), c.issue('ui', 'producer'), c.issue('join', 'host'), c.issue('join', 'assistant'),
      c.issue('join', 'producer'), c.issue('ingest'), c.issue('overlay'), c.issue('control', 'assistant')].map((i) => i.secret);
    expect(new Set(secrets).size).toBe(secrets.length);
    expect(c.verify(c.issue('ui', 'host').secret)).toEqual({ kind: 'ui', role: 'host' });
    expect(c.verify(c.issue('join', 'assistant').secret)).toEqual({ kind: 'join', role: 'assistant' });
    expect(c.verify(c.issue('ingest').secret)).toEqual({ kind: 'ingest', role: null });
    expect(c.verify(c.issue('overlay').secret)).toEqual({ kind: 'overlay', role: null });
    expect(c.verify('owner-secret-000000000000')).toEqual({ kind: 'ui', role: 'producer' });
    expect(c.verify('nope')).toBeNull();
    const old = c.issue('join', 'host').secret;
    const fresh = c.rotate('join', 'host').secret;
    expect(c.verify(old)).toBeNull();
    expect(c.verify(fresh)).toEqual({ kind: 'join', role: 'host' });
    now += 60_001;
    expect(c.verify(fresh)).toBeNull();
    expect(c.joinCodes()!.host).not.toBe(fresh);
    expect(c.issue('join', 'producer').secret).toMatch(/^\d{8}$/);
  });

  it('lets a declared role narrow the credential\'s role, never raise it', () => {
    expect(actingRole('producer', 'host')).toBe('host');
    expect(actingRole('host', undefined)).toBe('host');
    expect(actingRole('host', 'producer')).toBeNull();
    expect(actingRole('assistant', 'producer')).toBeNull();
  });
});

describe('roles come from the credential', () => {
  it('refuses producer requests over HTTP from the host\'s and the assistant\'s credentials', async () => {
    for (const role of ['host', 'assistant'] as const) {
      const token = t.hub.tokenFor(role);
      expect((await api('/api/autosave', token)).status).toBe(403);
      expect((await api('/api/autosave', token, 'producer')).status).toBe(403);
      expect((await api('/api/whoami', token)).status).toBe(200);
      expect(await (await api('/api/whoami', token)).json()).toEqual({ ok: true, role });
    }
    expect((await api('/api/review', t.hub.tokenFor('host'))).status).toBe(403);
    expect((await api('/api/autosave', t.hub.tokenFor('producer'))).status).toBe(200);
  });

  it('has no default role: without a header the credential\'s role applies', async () => {
    expect(await (await api('/api/whoami', t.hub.tokenFor('assistant'))).json()).toEqual({ ok: true, role: 'assistant' });
    expect(await (await api('/api/whoami', t.hub.token)).json()).toEqual({ ok: true, role: 'producer' });
  });

  it('refuses a socket whose handshake claims a role above its credential, and forbids producer commands', async () => {
    const claimed = await tryConnect(t.hub.url, { auth: { token: t.hub.tokenFor('host'), role: 'producer', name: 'h', clientId: 'claim' } });
    expect(claimed.ok).toBe(false);
    if (!claimed.ok) expect(claimed.message).toMatch(/opens the host role/);
    claimed.socket.close();
    const host = await join({ token: t.hub.tokenFor('host'), role: undefined, name: '主播', clientId: 'h1' });
    const s = host.snapshot;
    const ack = await host.command({ type: 'show.replace', rev: s.rev, show: s.show });
    expect(ack).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const assistant = await join({ token: t.hub.tokenFor('assistant'), role: undefined, name: '助播', clientId: 'a1' });
    expect(await assistant.command({ type: 'show.replace', rev: s.rev, show: s.show })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(t.hub.room.snapshot(Date.now()).peers.map((p) => p.role).sort()).toEqual(['assistant', 'host']);
  });

  it('gives a LAN hub a join code per role, the role following the code', async () => {
    const lan = await testHub({ host: '0.0.0.0' });
    try {
      const codes = lan.hub.joinCodes!;
      expect(new Set(Object.values(codes)).size).toBe(3);
      expect(codes.assistant).toBe(lan.hub.joinCode);
      const url = `http://127.0.0.1:${lan.hub.port}`;
      for (const role of ['host', 'assistant', 'producer'] as const) {
        const res = await fetch(`${url}/api/whoami`, { headers: { authorization: `Bearer ${codes[role]}` } });
        expect(await res.json()).toEqual({ ok: true, role });
      }
      expect((await fetch(`${url}/api/autosave`, { headers: { authorization: `Bearer ${codes.assistant}` } })).status).toBe(403);
      lan.hub.credentials.rotate('join', 'assistant');
      expect((await fetch(`${url}/api/whoami`, { headers: { authorization: `Bearer ${codes.assistant}` } })).status).toBe(401);
    } finally { await lan.dispose(); }
  });
});

describe('the wrong-credential throttle', () => {
  it('throttles loopback too', async () => {
    for (let i = 0; i < 10; i++) expect((await api('/api/whoami', 'wrong')).status).toBe(401);
    expect((await api('/api/whoami', t.hub.token)).status).toBe(401);
  });

  it('backs off exponentially: a block ending hands out no fresh tries', () => {
    const th = new FailureThrottle();
    for (let i = 0; i < 10; i++) th.fail('a', i);
    expect(th.blocked('a', 60_000)).toBe(true);
    expect(th.blocked('a', 60_010)).toBe(false);
    th.fail('a', 60_010); // the 11th wrong try blocks again at once, for twice as long
    expect(th.blocked('a', 60_010 + 119_999)).toBe(true);
    expect(th.blocked('a', 60_010 + 120_001)).toBe(false);
    th.fail('a', 200_000);
    expect(th.blocked('a', 200_000 + 239_999)).toBe(true);
    // 10 tries per minute was possible before; now an hour of guessing buys fewer than 20.
    const g = new FailureThrottle();
    let tries = 0;
    for (let now = 0; now < 3600_000; now += 1000) if (!g.blocked('b', now)) { g.fail('b', now); tries++; }
    expect(tries).toBeLessThan(20);
  });
});

describe('idempotency per client and role, numeric bounds', () => {
  it('a host flooding forbidden commands cannot flush a producer\'s remembered results', async () => {
    const producer = await join({ token: t.hub.token, role: 'producer', name: '运营', clientId: 'p1' });
    const slotId = producer.snapshot.show.slots[0]!.id;
    const first = await producer.command({ id: 'ext-1', type: 'slot.extend', slotId, minutes: 5 });
    expect(first.ok).toBe(true);
    const host = await join({ token: t.hub.tokenFor('host'), role: 'host', name: '主播', clientId: 'h-flood' });
    host.socket.io.opts.timeout = 20_000;
    await Promise.all(Array.from({ length: 30 }, (_, i) => host.command({ id: `f-${i}`, type: 'show.end' })));
    const again = await producer.command({ id: 'ext-1', type: 'slot.extend', slotId, minutes: 5 });
    expect(again).toEqual(first);
    expect(t.hub.room.live.extraMinutes[slotId]).toBe(5);
  });

  it('bounds slot.extend on the running total', async () => {
    const p = await join({ token: t.hub.token, role: 'producer', name: '运营', clientId: 'p2' });
    const slot = p.snapshot.show.slots[0]!;
    const acks = [];
    for (let i = 0; i < 6; i++) acks.push(await p.command({ type: 'slot.extend', slotId: slot.id, minutes: -60 }));
    for (let i = 0; i < 6; i++) acks.push(await p.command({ type: 'slot.extend', slotId: slot.id, minutes: 120 }));
    expect(acks.filter((a) => !a.ok && a.error.code === 'invalid').length).toBeGreaterThanOrEqual(6);
    const total = t.hub.room.live.extraMinutes[slot.id] ?? 0;
    expect(total).toBeGreaterThanOrEqual(-slot.plannedMinutes);
    expect(total).toBeLessThanOrEqual(240);
  });
});

describe('team text and client ids', () => {
  it('sanitises peer names and cue notes; a reused client id does not hide its peer', async () => {
    const a = await join({ token: t.hub.tokenFor('assistant'), name: '\u202EPRODUCER\u202C', clientId: 'shared-id' });
    await join({ token: t.hub.tokenFor('host'), role: 'host', name: 'host', clientId: 'shared-id' });
    await a.command({ type: 'cue.fire', kind: 'coupon', note: 'a\u0000b\uD800c\u202Ed' });
    await new Promise((r) => setTimeout(r, 300));
    const snap = t.hub.room.snapshot(Date.now());
    expect(snap.peers.map((p) => p.name).sort()).toEqual(['PRODUCER', 'host']);
    expect(new Set(snap.peers.map((p) => p.id)).size).toBe(2);
    expect(snap.cues.at(-1)!.note).toBe('abcd');
  });
});
