import type { ChildProcess } from 'node:child_process';
import { request, Agent } from 'node:http';
import { loadavg } from 'node:os';
import { nextMessage, spawnTs, stopChild } from '../lib/children';
import type { FloodClientsConfig, FloodClientsDone } from '../lib/floodProtocol';
import type { HubChildConfig, HubChildDone, HubChildReady } from '../lib/hubChildProtocol';
import { percentile, round } from '../lib/stats';
import { row, type Row } from '../lib/table';
import type { ScenarioContext } from './types';

/** A top room's event rate while the flood or storm runs (shared/sim `top`: ~1.1–1.6k ev/s). */
const RATE = 1500;
const FLOOD_CLIENTS = 50;
const FLOOD_PER_SECOND = 20;
const STORM_CLIENTS = 300;
/** The storm's sockets bind to these (the cap counts per address: 60 each, under the 64 cap). */
const STORM_ADDRESSES = ['127.0.0.2', '127.0.0.3', '127.0.0.4', '127.0.0.5', '127.0.0.6'];
const HEALTH_EVERY_MS = 25;
/** --quick checks the harness only: a smaller storm. */
const stormClients = (ctx: ScenarioContext) => (ctx.quick ? 100 : STORM_CLIENTS);

interface Health {
  /** Every /healthz round trip, ms (polled every 25 ms whether or not the previous one answered). */
  ms: number[];
  stop(): Promise<void>;
}

/** Poll the hub's /healthz (with a credential: the full body a prompter's status reads) on a fixed timer. */
function pollHealth(url: string, token: string): Health {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const ms: number[] = [];
  const open = new Set<Promise<void>>();
  const once = () => {
    const t = performance.now();
    const p = new Promise<void>((resolve) => {
      const req = request(`${url}/healthz`, { agent, headers: { authorization: `Bearer ${token}` }, timeout: 30_000 }, (res) => {
        res.resume();
        res.on('end', () => { ms.push(performance.now() - t); resolve(); });
      });
      req.on('error', () => { ms.push(performance.now() - t); resolve(); });
      req.end();
    });
    open.add(p);
    void p.then(() => open.delete(p));
  };
  const timer = setInterval(once, HEALTH_EVERY_MS);
  return {
    ms,
    async stop() {
      clearInterval(timer);
      await Promise.all([...open]);
      agent.destroy();
    },
  };
}

interface Measured {
  clients: FloodClientsDone;
  hub: HubChildDone;
  health: number[];
  load: number;
}

/** One hub child under a top room's events, one process of socket.io clients (flood or storm), /healthz polled from here. */
async function measure(mode: 'flood' | 'storm', shed: boolean, ctx: ScenarioContext): Promise<Measured> {
  const floodMs = ctx.quick ? 2000 : 20_000;
  const hubCfg: HubChildConfig = {
    impl: 'ours', rate: RATE, mix: 'top', seed: 9, frameMs: 10,
    prefillEvents: ctx.quick ? 5000 : 200_000, prefillSpanMs: ctx.quick ? 10 * 60_000 : 3 * 3_600_000,
    warmupMs: 1000, durationMs: mode === 'flood' ? floodMs : ctx.quick ? 3000 : 15_000,
  };
  let hub: ChildProcess | null = null;
  let clients: ChildProcess | null = null;
  try {
    hub = spawnTs('children/hubChild.ts', { BENCH_HUB: JSON.stringify(hubCfg), ...(shed ? {} : { BENCH_HUB_SHED: 'off' }) });
    const ready = await nextMessage<HubChildReady>(hub, 'ready', 600_000);
    const clientCfg: FloodClientsConfig = {
      url: ready.url, token: ready.token, mode,
      clients: mode === 'flood' ? FLOOD_CLIENTS : stormClients(ctx), perSecond: FLOOD_PER_SECOND,
      durationMs: mode === 'flood' ? floodMs : 120_000,
      addresses: mode === 'flood' ? ['127.0.0.1'] : STORM_ADDRESSES.slice(0, Math.ceil(stormClients(ctx) / 60)),
    };
    clients = spawnTs('children/floodClients.ts', { BENCH_FLOOD: JSON.stringify(clientCfg) });
    await nextMessage(clients, 'ready', 120_000);
    hub.send({ cmd: 'go' });
    const hubDone = nextMessage<HubChildDone>(hub, 'done', hubCfg.warmupMs + hubCfg.durationMs + 180_000);
    await new Promise((r) => setTimeout(r, hubCfg.warmupMs));
    const health = pollHealth(ready.url, ready.token);
    clients.send({ cmd: 'go' });
    const done = await nextMessage<FloodClientsDone>(clients, 'done', 180_000);
    await health.stop();
    const load = loadavg()[0]!;
    return { clients: done, hub: await hubDone, health: health.ms, load };
  } finally {
    if (clients) await stopChild(clients);
    if (hub) await stopChild(hub);
  }
}

const cores = (d: HubChildDone) => round((d.cpuUserMs + d.cpuSystemMs) / d.wallMs, 2);
const p99 = (m: Measured) => round(percentile(m.health, 99), 1);
const worst = (m: Measured) => round(Math.max(...m.health), 0);
/** A figure of the baseline, or null when it was not run (--quick checks the harness only). */
const of = (m: Measured | null, f: (m: Measured) => number): number | null => (m ? f(m) : null);

/** Issue 15 item 5: 50 clients asking 20 full snapshots a second each while a top room's events flow. */
export async function snapshotFlood(ctx: ScenarioContext): Promise<Row[]> {
  const s = 'snapshot-flood';
  ctx.log(`${s}: ${FLOOD_CLIENTS} clients × ${FLOOD_PER_SECOND} snapshot requests/s at ${RATE} ev/s — ours (paced, shared per seq)`);
  const ours = await measure('flood', true, ctx);
  ctx.log(`${s}: baseline (BENCH_HUB_SHED=off: unpaced, one snapshot built per request)${ctx.quick ? ' skipped in --quick' : ''}`);
  const base = ctx.quick ? null : await measure('flood', false, ctx);
  const req = (m: Measured | null) => !m ? 'not run (--quick)' : `${m.clients.requests} requests, ${m.clients.refused} refused, ${m.clients.timedOut} unanswered in 5 s, answer p50 ${round(m.clients.answerMs.p50, 0)} / p99 ${round(m.clients.answerMs.p99, 0)} ms`;
  ctx.note(s, `snapshot ${round(ours.clients.snapshotBytes / 1024, 0)} KiB; ours: ${req(ours)}; baseline: ${req(base)}; /healthz samples ${ours.health.length} vs ${base?.health.length ?? 0}; load average ${round(ours.load, 1)} / ${base ? round(base.load, 1) : '—'}`);
  return [
    row({ scenario: s, figure: '/healthz p99 during the flood', unit: 'ms', ours: p99(ours), baseline: of(base, p99), better: 'lower', target: '≤ 100 ms', check: (v) => v <= 100 }),
    row({ scenario: s, figure: '/healthz max during the flood', unit: 'ms', ours: worst(ours), baseline: of(base, worst), better: 'lower', target: null }),
    row({ scenario: s, figure: 'full snapshots served per client', unit: '/s', ours: round(ours.clients.snapshotsPerClientPerSec, 2), baseline: of(base, (m) => round(m.clients.snapshotsPerClientPerSec, 2)), better: 'lower', target: '≈ 1/s', check: (v) => v <= 1.1 }),
    row({ scenario: s, figure: 'hub CPU', unit: 'cores', ours: cores(ours.hub), baseline: of(base, (m) => cores(m.hub)), better: 'lower', target: null }),
    row({ scenario: s, figure: 'hub event-loop delay p99', unit: 'ms', ours: round(ours.hub.loopDelayMs.p99, 1), baseline: of(base, (m) => round(m.hub.loopDelayMs.p99, 1)), better: 'lower', target: null }),
  ];
}

/** Issue 15 item 5: 300 sockets opened at once (from 5 loopback addresses) while a top room's events flow. */
export async function connectionStorm(ctx: ScenarioContext): Promise<Row[]> {
  const s = 'connection-storm';
  ctx.log(`${s}: ${stormClients(ctx)} sockets at once from ${Math.ceil(stormClients(ctx) / 60)} addresses at ${RATE} ev/s — ours`);
  const ours = await measure('storm', true, ctx);
  ctx.log(`${s}: baseline (BENCH_HUB_SHED=off)${ctx.quick ? ' skipped in --quick' : ''}`);
  const base = ctx.quick ? null : await measure('storm', false, ctx);
  const fails = (m: Measured | null) => !m ? 'not run (--quick)' : `${m.clients.connected} connected, ${m.clients.failed} failed, first snapshot p50 ${round(m.clients.firstSnapshotMs.p50, 0)} ms`;
  ctx.note(s, `ours: ${fails(ours)}; baseline: ${fails(base)}; load average ${round(ours.load, 1)} / ${base ? round(base.load, 1) : '—'}`);
  return [
    row({ scenario: s, figure: `all ${stormClients(ctx)} connected with their first snapshot`, unit: 'ms', ours: round(ours.clients.allSnapshotMs, 0), baseline: of(base, (m) => round(m.clients.allSnapshotMs, 0)), better: 'lower', target: null }),
    row({ scenario: s, figure: 'sockets without a snapshot', unit: '', ours: ours.clients.failed, baseline: of(base, (m) => m.clients.failed), better: 'lower', target: 'none', check: (v) => v === 0 }),
    row({ scenario: s, figure: '/healthz p99 during the storm', unit: 'ms', ours: p99(ours), baseline: of(base, p99), better: 'lower', target: '≤ 100 ms', check: (v) => v <= 100 }),
    row({ scenario: s, figure: '/healthz max during the storm', unit: 'ms', ours: worst(ours), baseline: of(base, worst), better: 'lower', target: null }),
  ];
}
