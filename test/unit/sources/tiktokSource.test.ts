import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceManager } from '../../../electron/hub/sources/manager';
import { ConnectorMissing, packageClient, type TikTokClient, type TikTokClientFactory } from '../../../electron/hub/sources/tiktokClient';
import { createTikTokSource } from '../../../electron/hub/sources/tiktokSource';
import type { LiveEvent } from '../../../shared/protocol/events';

/**
 * The TikTok source's lifecycle against an injected client: an EventEmitter with the library's
 * method and event names (TikTokLiveConnection of tiktok-live-connector 2.4.0), fed from the
 * recorded session in test/fixtures/tiktok/session.json, under the real source manager.
 */
const session = JSON.parse(readFileSync(new URL('../../fixtures/tiktok/session.json', import.meta.url), 'utf8')) as [string, unknown][];

class FakeConnection extends EventEmitter implements TikTokClient {
  connects = 0;
  disconnects = 0;
  constructor(private readonly outcome: () => Promise<void>) { super(); }
  async connect() { this.connects++; await this.outcome(); return { isConnected: true }; }
  async disconnect() { this.disconnects++; }
}

class UserOfflineError extends Error {}
class SignatureMissingTokensError extends Error {}

const flush = () => new Promise((r) => setTimeout(r, 0));

function setup(outcome: () => Promise<void> = async () => undefined, opts: { key?: string } = {}) {
  const clock = { t: 1_764_870_000_000 };
  const clients: FakeConnection[] = [];
  const asked: { uniqueId: string; signApiKey?: string }[] = [];
  const factory: TikTokClientFactory = async (uniqueId, o) => {
    asked.push({ uniqueId, ...o });
    const c = new FakeConnection(outcome);
    clients.push(c);
    return c;
  };
  const seen = new Set<string>();
  const events: LiveEvent[] = [];
  const manager = new SourceManager({
    now: () => clock.t,
    ingest: (batch) => { let n = 0; for (const e of batch) if (!seen.has(e.id)) { seen.add(e.id); events.push(e); n++; } return n; },
    view: () => ({ onAirProductId: null, onAirRole: null, livePrice: 0, soldOut: false, activeCues: [] }),
    onHealth: () => undefined,
    roomLive: () => true,
    backoff: { baseMs: 1000, maxMs: 4000, maxAttempts: 2 },
    random: () => 0.5,
  });
  manager.add('tiktok', {
    kind: 'tiktok',
    create: () => createTikTokSource({ uniqueId: '@the.shop', roomId: 'main', now: () => clock.t, client: factory, ...(opts.key ? { signApiKey: opts.key } : {}) }),
  });
  const health = () => manager.list()[0]!;
  return { clock, clients, asked, manager, events, health };
}

describe('TikTok source with a fake client', () => {
  it('connects by unique id (without the @), goes live, maps the session; duplicates and unreadable payloads are counted; streamEnd ends it', async () => {
    const t = setup(async () => undefined, { key: 'euler-key' });
    await flush();
    expect(t.asked).toEqual([{ uniqueId: 'the.shop', signApiKey: 'euler-key' }]);
    expect(t.health().state).toBe('live');
    const c = t.clients[0]!;
    for (const [name, payload] of session) c.emit(name, payload);
    expect(t.events.map((e) => e.type)).toEqual(['viewer.stats', 'viewer.enter', 'comment', 'like', 'follow', 'comment', 'share', 'stream.end']);
    expect(t.health()).toMatchObject({ state: 'stopped', error: 'ended', accepted: 8, duplicates: 1, rejected: 1 });
    expect(c.listenerCount('chat')).toBe(0);
    expect(c.disconnects).toBe(1);
  });

  it('a dropped connection reconnects with a fresh client after the backoff', async () => {
    const t = setup();
    await flush();
    t.clients[0]!.emit('disconnected', { code: 1006, reason: '' });
    expect(t.health()).toMatchObject({ state: 'reconnecting', error: 'connection_lost', attempts: 1 });
    t.clock.t += 1000;
    t.manager.tick(t.clock.t);
    await flush();
    expect(t.clients.length).toBe(2);
    expect(t.health().state).toBe('live');
    // the old client's late events are not taken
    t.clients[0]!.emit('chat', JSON.parse(readFileSync(new URL('../../fixtures/tiktok/chat.json', import.meta.url), 'utf8')));
    expect(t.events.length).toBe(0);
  });

  it('a failed connect is connect_failed and retried; an offline creator is not_live; giving up after too many', async () => {
    let fail: Error = new Error('ETIMEDOUT');
    const t = setup(async () => { throw fail; });
    await flush();
    expect(t.health()).toMatchObject({ state: 'reconnecting', error: 'connect_failed' });
    fail = new UserOfflineError('offline');
    t.clock.t += 1000;
    t.manager.tick(t.clock.t);
    await flush();
    expect(t.health()).toMatchObject({ state: 'reconnecting', error: 'not_live', attempts: 2 });
    t.clock.t += 4000;
    t.manager.tick(t.clock.t);
    await flush();
    expect(t.health()).toMatchObject({ state: 'failed', error: 'gave_up' });
  });

  it('a signing refusal without a key fails at once with needs_key', async () => {
    const t = setup(async () => { throw new SignatureMissingTokensError('no key'); });
    await flush();
    expect(t.health()).toMatchObject({ state: 'failed', error: 'needs_key' });
  });

  it('a missing package fails with not_installed (no retry)', async () => {
    const clock = { t: 0 };
    const manager = new SourceManager({
      now: () => clock.t, ingest: () => 0, onHealth: () => undefined, roomLive: () => true,
      view: () => ({ onAirProductId: null, onAirRole: null, livePrice: 0, soldOut: false, activeCues: [] }),
    });
    manager.add('tiktok', createTikTokSource({ uniqueId: 'x', roomId: 'main', client: () => Promise.reject(new ConnectorMissing('gone')) }));
    await flush();
    expect(manager.list()[0]).toMatchObject({ state: 'failed', error: 'not_installed' });
  });

  it('the real factory reports the optional package missing on this machine as ConnectorMissing', async () => {
    await expect(packageClient('someone', {})).rejects.toBeInstanceOf(ConnectorMissing);
  });

  it('stop() before the client exists leaves nothing connected', async () => {
    const t = setup();
    t.manager.stop('tiktok');
    await flush();
    expect(t.clients.length).toBe(1);
    expect(t.clients[0]!.connects).toBe(0);
    expect(t.health().state).toBe('stopped');
  });
});
