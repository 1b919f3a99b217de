import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TokenBucket } from '../../../electron/hub/socket/rateLimit';
import type { CommandAck } from '../../../shared/protocol/commands';
import { joinHub, type TestClient } from '../../support/hubClient';
import { testHub, type TestHub } from '../../support/testHub';

/** DESIGN §6 "per-socket rate limit": a flooding client is slowed, the others are not. */
let t: TestHub;
const clients: TestClient[] = [];
beforeEach(async () => { t = await testHub({ rate: { perSecond: 20, burst: 40 } }); });
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await t.dispose();
});
const join = async (clientId: string) => {
  const c = await joinHub(t.hub.url, { token: t.hub.token, role: 'assistant', clientId });
  clients.push(c);
  return c;
};

describe('per-socket rate limit', () => {
  it('answers a flood of 300 commands with rate_limited acks past the burst, and counts them', async () => {
    const flooder = await join('flooder');
    const acks = await Promise.all(Array.from({ length: 300 }, (_, i) => flooder.command({ id: `f${i}`, type: 'prompter.section', section: null })));
    const limited = acks.filter((a: CommandAck) => !a.ok && a.error.code === 'rate_limited').length;
    const passed = acks.filter((a) => a.ok).length;
    // 40 at once, plus what refilled (20/s) while the flood was arriving.
    expect(passed).toBeGreaterThanOrEqual(40);
    expect(passed).toBeLessThan(80);
    expect(limited).toBe(300 - passed);
    expect(t.hub.counters.rateLimited).toBe(limited);
  });

  it('limits sync requests the same way', async () => {
    const c = await join('sync-flooder');
    const answers = await Promise.all(Array.from({ length: 100 }, () => c.sync(0)));
    const limited = answers.filter((a) => 'error' in a && a.error.code === 'rate_limited').length;
    expect(limited).toBeGreaterThanOrEqual(40);
    expect(t.hub.counters.rateLimited).toBe(limited);
  });

  it('keeps serving a well-behaved client on another socket while one floods', async () => {
    const flooder = await join('flooder-2');
    const calm = await join('calm');
    const flood = Promise.all(Array.from({ length: 200 }, (_, i) => flooder.command({ id: `g${i}`, type: 'prompter.section', section: null })));
    expect(await calm.command({ type: 'slot.takeNext' })).toMatchObject({ ok: true });
    await flood;
  });

  it('lets the flooder back in once the bucket refills', async () => {
    const c = await join('patient');
    await Promise.all(Array.from({ length: 60 }, (_, i) => c.command({ id: `h${i}`, type: 'prompter.section', section: null })));
    await new Promise((r) => setTimeout(r, 300));
    expect(await c.command({ id: 'after', type: 'prompter.section', section: 'opening' })).toMatchObject({ ok: true });
  });
});

describe('token bucket (pure)', () => {
  it('allows the burst at once, then the refill rate', () => {
    const b = new TokenBucket(20, 40, 0);
    let ok = 0;
    for (let i = 0; i < 100; i++) if (b.take(0)) ok++;
    expect(ok).toBe(40);
    expect(b.take(10)).toBe(false); // 0.2 tokens refilled
    expect(b.take(50)).toBe(true); // 1 token after 50 ms
    let later = 0;
    for (let i = 0; i < 100; i++) if (b.take(1050)) later++;
    expect(later).toBe(20);
  });

  it('never stores more than the burst however long it idles', () => {
    const b = new TokenBucket(20, 40, 0);
    let ok = 0;
    for (let i = 0; i < 100; i++) if (b.take(3_600_000)) ok++;
    expect(ok).toBe(40);
  });
});
