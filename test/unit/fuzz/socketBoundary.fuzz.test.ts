import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandErrorText } from '../../../shared/i18n/commands';
import fc from 'fast-check';
import { checkHandshake, type AccessPolicy } from '../../../electron/hub/socket/access';
import { createCredentials } from '../../../electron/hub/auth/credentials';
import { Command, CommandAck, ERROR_CODES } from '../../../shared/protocol/commands';
import { SyncResult } from '../../../shared/protocol/socket';
import { disconnectWithin, tryConnect, type RawSocket } from '../../support/rawSocket';
import { testHub, type TestHub } from '../../support/testHub';

// Fuzzed commands may end the show (show.end is a valid command); `comment.answer` is still
// accepted afterwards, so it is the liveness probe here.
/**
 * DESIGN §3: "invalid input gets an error ack and is counted; it never crashes the hub".
 * Seeded, bounded fast-check runs against a real hub over a real socket.
 */
const SEED = 7_001;
const COMMAND_TYPES = Command.options.map((o) => o.shape.type.value);
const NASTY_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'id', 'type', 'rev', 'show', 'slotId'];

/** JSON-ish values biased toward what breaks parsers: nasty keys, huge and odd strings, deep nesting. */
const nastyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', '\u0000', '\u202E', '\uD800', '💥'.repeat(1000), 'x'.repeat(200_000), '<script>alert(1)</script>', '../../etc/passwd', 'NaN', '-0'),
);
const { value: nasty } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nastyString,
    fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
    fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 1e308, 2 ** 53 + 1),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...NASTY_KEYS), fc.string({ maxLength: 8 })), tie('value'), { maxKeys: 6 }),
  ),
}));
/** Almost-commands: a real `type` and id, other fields random. */
const nearCommand = fc.record({
  id: fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), fc.constant(''), fc.integer()),
  type: fc.oneof(fc.constantFrom(...COMMAND_TYPES), fc.string({ maxLength: 12 })),
}).chain((base) => fc.dictionary(fc.constantFrom(...NASTY_KEYS, 'rev', 'slotId', 'productId', 'toIndex', 'minutes', 'kind', 'note', 'section', 'delta', 'thresholds'), nasty, { maxKeys: 5 })
  .map((extra) => ({ ...extra, ...base })));
const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepObj = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

let t: TestHub;
let s: RawSocket;
const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');
const protoBefore = protoKeys();

beforeAll(async () => {
  t = await testHub({ rate: { perSecond: 1e6, burst: 1e6 } });
  const r = await tryConnect(t.hub.url, { auth: { token: t.hub.token, role: 'producer', name: 'fuzz', clientId: 'fuzzer' } });
  if (!r.ok) throw new Error(r.message);
  s = r.socket;
});
afterAll(async () => {
  s?.close();
  await t.dispose();
});

const hubAlive = async () => {
  const res = await fetch(`${t.hub.url}/healthz`);
  expect(res.status).toBe(200);
};

describe('socket boundary under fuzzing', () => {
  it('answers every random command payload with a well-formed ack, errors carrying a known code', async () => {
    const invalidBefore = t.hub.counters.invalid;
    let errors = 0;
    await fc.assert(fc.asyncProperty(fc.oneof(nasty, nearCommand), async (payload) => {
      const ack: unknown = await s.timeout(5000).emitWithAck('command', payload);
      const parsed = CommandAck.safeParse(ack);
      expect(parsed.success, JSON.stringify(ack)).toBe(true);
      if (parsed.success && !parsed.data.ok) {
        errors++;
        expect(ERROR_CODES).toContain(parsed.data.error.code);
        expect(commandErrorText('zh-CN', parsed.data.error).length).toBeGreaterThan(0);
      }
    }), { seed: SEED, numRuns: 400 });
    expect(errors).toBeGreaterThan(300);
    expect(t.hub.counters.invalid - invalidBefore).toBeGreaterThan(250);
    await hubAlive();
  });

  it('answers every random sync payload with deltas, a snapshot, or an error', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(nasty, fc.record({ sinceSeq: nasty })), async (payload) => {
      const res: unknown = await s.timeout(5000).emitWithAck('sync', payload);
      const ok = SyncResult.safeParse(res).success || (typeof res === 'object' && res !== null && 'error' in res);
      expect(ok, JSON.stringify(res).slice(0, 200)).toBe(true);
    }), { seed: SEED + 1, numRuns: 200 });
    await hubAlive();
  });

  it('survives commands sent without an ack callback, with extra arguments, or as other event names', async () => {
    s.emit('command', { id: 'no-ack', type: 'slot.takeNext' } as never, undefined as never);
    (s as unknown as { emit: (...a: unknown[]) => void }).emit('command');
    (s as unknown as { emit: (...a: unknown[]) => void }).emit('command', 1, 2, 3, 4);
    (s as unknown as { emit: (...a: unknown[]) => void }).emit('sync', null, 'not a function');
    (s as unknown as { emit: (...a: unknown[]) => void }).emit('__proto__', { polluted: true });
    (s as unknown as { emit: (...a: unknown[]) => void }).emit('constructor', {});
    (s as unknown as { emit: (...a: unknown[]) => void }).emit('ping', 'not a function');
    expect(await s.timeout(3000).emitWithAck('command', { id: 'after-odd', type: 'comment.answer', commentId: 'c-after-odd' })).toMatchObject({ ok: true });
    await hubAlive();
  });

  it('answers deeply nested payloads (50,000 levels, sent raw) with an invalid ack', async () => {
    for (const raw of [deep(10), deep(50_000), deepObj(50_000)]) {
      const r = await tryConnect(t.hub.url, { auth: { token: t.hub.token, role: 'producer', name: 'deep', clientId: `deep-${raw.length}` } });
      if (!r.ok) throw new Error(r.message);
      const acked = new Promise<unknown>((resolve) => r.socket.once('disconnect', () => resolve('disconnected')));
      // A raw socket.io EVENT packet (engine.io adds its own message type) with ack id 7 — the client library could not even stringify this.
      const ack = new Promise<unknown>((resolve) => {
        (r.socket as unknown as { acks: Record<number, (...a: unknown[]) => void> }).acks[7] = (res: unknown) => resolve(res);
      });
      (r.socket.io.engine as unknown as { write(m: string): void }).write(`27["command",${raw}]`);
      const res = await Promise.race([ack, acked, new Promise((resolve) => setTimeout(() => resolve('timeout'), 5000))]);
      expect(res).toMatchObject({ ok: false, error: { code: 'invalid' } });
      r.socket.close();
    }
    await hubAlive();
  });

  it('drops a socket that sends undecodable packets, and only that socket', async () => {
    // socket.io packets as engine.io carries them: type digit, optional ack id, JSON array.
    const samples = ['2', '2[', '2["command"', '2{"a":1}', 'x', '2[1,2,3]', '2["command",{"id":"x","type":"slot.takeNext"}', '9', '\u0000\u0001', '0{"token":"forged"}', '1', '5-[]'];
    const dropped: string[] = [];
    for (const raw of samples) {
      const r = await tryConnect(t.hub.url, { auth: { token: t.hub.token, role: 'producer', name: 'raw', clientId: 'raw-packets' } });
      if (!r.ok) throw new Error(r.message);
      (r.socket.io.engine as unknown as { write(m: string): void }).write(raw);
      if (await disconnectWithin(r.socket, 300)) dropped.push(raw);
      r.socket.close();
    }
    // Truncated or unparseable packets cost the sender its connection; nothing else happens.
    expect(dropped).toEqual(expect.arrayContaining(['2[', '2["command"', '2{"a":1}', 'x', '9']));
    expect(await s.timeout(3000).emitWithAck('command', { id: 'still-fine', type: 'comment.answer', commentId: 'c-still-fine' })).toMatchObject({ ok: true });
    await hubAlive();
  });

  it('never lets a __proto__ key pollute prototypes', () => {
    expect(protoKeys()).toBe(protoBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const room = t.hub.room.snapshot(Date.now());
    expect(Object.getPrototypeOf(room.live.extraMinutes)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(room.live.products)).toBe(Object.prototype);
  });
});

describe('handshake payloads under fuzzing', () => {
  const policy: AccessPolicy = { credentials: createCredentials({ ownerToken: 'the-secret', lan: true, assistantJoinCode: '123456', now: Date.now }), extraOrigins: [] };

  it('checkHandshake never throws and admits only the exact secret or join code', () => {
    const auth = fc.oneof(nasty, fc.record({ token: fc.oneof(nastyString, fc.constantFrom('the-secret', '123456', 'the-secre', '1234567')), role: fc.oneof(fc.constantFrom('host', 'assistant', 'producer'), nastyString), name: nastyString, clientId: nastyString }, { requiredKeys: [] }));
    fc.assert(fc.property(auth, (a) => {
      const r = checkHandshake(a, policy);
      if (r.ok) expect(['the-secret', '123456']).toContain(r.auth.token);
    }), { seed: SEED + 2, numRuns: 3000 });
  });

  it('refuses random handshakes over a real socket, counting each', async () => {
    const before = t.hub.counters.refusedHandshakes;
    let runs = 0;
    await fc.assert(fc.asyncProperty(fc.oneof(nasty, nearCommand), async (auth) => {
      runs++;
      const r = await tryConnect(t.hub.url, { auth: typeof auth === 'object' && auth !== null && !Array.isArray(auth) ? auth : { value: auth } });
      expect(r.ok).toBe(false);
    }), { seed: SEED + 3, numRuns: 40 });
    expect(t.hub.counters.refusedHandshakes - before).toBe(runs);
    await hubAlive();
  });
});
