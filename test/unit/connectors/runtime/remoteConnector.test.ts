import { describe, expect, it } from 'vitest';
import { createConnectorRegistry } from '../../../../electron/hub/connectors/connectorRegistry';
import type { ConnectorLink } from '../../../../electron/hub/connectors/remoteConnector';
import { SourceManager } from '../../../../electron/hub/sources/manager';
import type { SourceAction, SourceHealth } from '../../../../shared/protocol/source';

function setup() {
  let t = 1000;
  let health: SourceHealth[] = [];
  const manager = new SourceManager({
    now: () => t, ingest: (events) => events.length, view: () => ({ onAirProductId: null, onAirRole: null, livePrice: 0, soldOut: false, activeCues: [] }),
    onHealth: (list) => { health = list; }, roomLive: () => false, random: () => 0,
  });
  const registry = createConnectorRegistry(manager, () => ['p1']);
  const sent: SourceAction[] = [];
  const link: ConnectorLink = { act: (a) => { sent.push(a); return Promise.resolve({ ok: true, code: 'done' }); } };
  return { manager, registry, link, sent, health: () => health.find((h) => h.id === 'douyin'), tick: (ms: number) => { t += ms; manager.tick(t); } };
}

describe('a remote connector as a managed source', () => {
  it('joins as the `douyin` source with the actions its hello named, live once it says so', () => {
    const s = setup();
    const c = s.registry.hello(s.link, { kind: 'douyin', actions: ['explain'] });
    expect(s.health()).toMatchObject({ kind: 'douyin', state: 'connecting', actions: ['explain'] });
    c.report(s.link, { live: true, unparsed: 0 });
    expect(s.health()!.state).toBe('live');
    expect(s.registry.productIds()).toEqual(['p1']);
    expect(s.manager.actionable().map((a) => [a.id, Object.keys(a.actions)])).toEqual([['douyin', ['explain']]]);
  });

  it('counts responses it could not read as they grow (cumulative reports), and passes actions over its link', async () => {
    const s = setup();
    const c = s.registry.hello(s.link, { kind: 'douyin', actions: ['explain', 'reply'] });
    c.report(s.link, { live: true, unparsed: 2 });
    c.report(s.link, { live: true, unparsed: 2 });
    c.report(s.link, { live: true, unparsed: 5 });
    s.tick(1000);
    expect(s.health()!.unparsed).toBe(5);
    expect(await c.actions!.reply!('hi', { pin: true })).toEqual({ ok: true, code: 'done' });
    expect(s.sent).toEqual([{ kind: 'reply', text: 'hi', pin: true }]);
  });

  it('a dropped link is a lost connection; a hello again brings it back live', () => {
    const s = setup();
    const c = s.registry.hello(s.link, { kind: 'douyin', actions: ['explain'] });
    c.report(s.link, { live: true, unparsed: 0 });
    c.detach(s.link);
    expect(s.health()).toMatchObject({ state: 'reconnecting', error: 'connection_lost' });
    expect(s.manager.actionable()).toEqual([]);
    const again: ConnectorLink = { act: () => Promise.resolve({ ok: true, code: 'done' }) };
    s.registry.hello(again, { kind: 'douyin', actions: ['explain'] });
    c.report(s.link, { live: true, unparsed: 0 }); // the old link is no longer heard
    expect(s.health()!.state).toBe('connecting');
    c.report(again, { live: true, unparsed: 0 });
    expect(s.health()!.state).toBe('live');
  });
});
