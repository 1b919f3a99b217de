import type { ChildProcess } from 'node:child_process';
import { nextMessage, spawnTs, stopChild } from '../lib/children';
import { joinClients, type FanoutClients } from '../lib/fanoutClients';
import type { HubChildConfig, HubChildDone, HubChildReady } from '../lib/hubChildProtocol';
import { mib, MsHistogram, percentile, round } from '../lib/stats';
import { row, type Row } from '../lib/table';
import type { ScenarioContext } from './types';

const RATE = 2000;
/** Issue 15 item 7: a top room at its peak, likes dominating (TOP_ROOM_MIX), journal on. */
const PEAK_RATE = 20_000;
const CLIENTS = 10;
/** Past events ingested before measuring: more than the room's 200,000-id de-duplication memory. */
const PREFILL = 250_000;
/** …spread over the last 6 hours, so the metrics carry a full 360-minute series (late-session deltas). */
const PREFILL_SPAN_MS = 6 * 3_600_000;

interface FanoutResult {
  latency: MsHistogram;
  delivery: MsHistogram;
  lost: number;
  cores: number;
  rssStart: number;
  rssPeak: number;
  rssEnd: number;
  clientCores: number;
  messagesPerClientPerSec: number;
  kbPerClientPerSec: number;
  eventsPerSec: number;
  genShare: number;
  phases: HubChildDone['phases'];
  loopDelayMs: HubChildDone['loopDelayMs'];
}

/** Run one hub (ours or the naive baseline) in a child under `rate` ev/s (2,000 by default) with 10 loopback clients; the journal is on (the child's data dir). */
export async function measureFanout(impl: HubChildConfig['impl'], ctx: ScenarioContext, load: { rate: number; mix: HubChildConfig['mix'] } = { rate: RATE, mix: 'fanout' }): Promise<FanoutResult> {
  const cfg: HubChildConfig = {
    impl, rate: load.rate, mix: load.mix, seed: 6, frameMs: 10, prefillEvents: ctx.quick ? 10_000 : PREFILL, prefillSpanMs: ctx.quick ? 10 * 60_000 : PREFILL_SPAN_MS,
    warmupMs: ctx.quick ? 1000 : 5000, durationMs: ctx.quick ? 3000 : 60_000,
  };
  let child: ChildProcess | null = null;
  let clients: FanoutClients | null = null;
  try {
    child = spawnTs('children/hubChild.ts', { BENCH_HUB: JSON.stringify(cfg) });
    const ready = await nextMessage<HubChildReady>(child, 'ready', 600_000);
    ctx.log(`hub-fanout: ${impl} hub prefilled with ${cfg.prefillEvents.toLocaleString('en-US')} events in ${(ready.prefillMs / 1000).toFixed(1)} s`);
    clients = await joinClients(ready.url, ready.token, CLIENTS);
    const cpu0 = process.cpuUsage();
    child.send({ cmd: 'go' });
    const done = await nextMessage<HubChildDone>(child, 'done', cfg.warmupMs + cfg.durationMs + 60_000);
    await new Promise((r) => setTimeout(r, 300));
    const clientCpu = process.cpuUsage(cpu0);
    return summarise(done, clients, cfg, (clientCpu.user + clientCpu.system) / 1000);
  } finally {
    clients?.close();
    if (child) await stopChild(child);
  }
}

function summarise(done: HubChildDone, clients: FanoutClients, cfg: HubChildConfig, clientCpuMs: number): FanoutResult {
  const latency = new MsHistogram();
  const delivery = new MsHistogram();
  let lost = 0;
  const end = done.measureStart + done.wallMs;
  for (const log of clients.logs) {
    // Ours: every frame ingested in the window waits for the delta that carries it.
    for (let i = 0; i < done.records.length; i += 3) {
      const seq = done.records[i]!;
      const at = done.records[i + 1]!;
      const count = done.records[i + 2]!;
      const got = log.deltaAt.get(seq);
      if (got === undefined) lost += count;
      else latency.add(got - at, count);
    }
    for (const [seq, got] of log.deltaAt) {
      const st = log.deltaServerTime.get(seq)!;
      if (st >= done.measureStart && st <= end) delivery.add(got - st);
    }
    // Naive: each event message carries its ingest time.
    for (let i = 0; i < log.events.length; i += 2) {
      const at = log.events[i]!;
      if (at >= done.measureStart && at < end) latency.add(log.events[i + 1]! - at);
    }
  }
  const rss = done.rss.map(([, b]) => b);
  const cpuMs = done.cpuUserMs + done.cpuSystemMs;
  const eventsPerSec = (done.events * 1000) / done.wallMs;
  const messages = clients.logs.reduce((s, l) => s + l.messages, 0) / clients.logs.length;
  return {
    latency, delivery, lost,
    cores: cpuMs / done.wallMs,
    rssStart: rss[0] ?? Number.NaN, rssPeak: Math.max(...rss), rssEnd: rss[rss.length - 1] ?? Number.NaN,
    clientCores: clientCpuMs / (cfg.warmupMs + cfg.durationMs + 800),
    messagesPerClientPerSec: messages / ((cfg.warmupMs + cfg.durationMs) / 1000),
    kbPerClientPerSec: clients.logs[0]!.bytes / 1024 / ((cfg.warmupMs + cfg.durationMs) / 1000),
    eventsPerSec,
    genShare: cpuMs ? (done.genUsPerEvent * done.events) / 1000 / cpuMs : 0,
    phases: done.phases, loopDelayMs: done.loopDelayMs,
  };
}

export async function hubFanout(ctx: ScenarioContext): Promise<Row[]> {
  ctx.log(`hub-fanout: ours at the peak (${ctx.quick ? 3 : 60} s at ${PEAK_RATE} ev/s, top-room mix, journal on, ${CLIENTS} clients)`);
  const peak = await measureFanout('ours', ctx, { rate: PEAK_RATE, mix: 'top' });
  ctx.log(`hub-fanout: ours (${ctx.quick ? 3 : 60} s at ${RATE} ev/s, ${CLIENTS} clients)`);
  const ours = await measureFanout('ours', ctx);
  ctx.log(`hub-fanout: naive baseline`);
  const base = await measureFanout('naive', ctx);
  const s = 'hub-fanout';
  const lostNote = (r: FanoutResult) => (r.lost ? `${r.lost} event-receipts lost` : '');
  ctx.note(s, `ours ${round(ours.eventsPerSec, 0)} ev/s in (synthesis ≈ ${round(ours.genShare * 100)} % of hub CPU), naive ${round(base.eventsPerSec, 0)} ev/s; ` +
    `messages per client per s: ours ${round(ours.messagesPerClientPerSec)}, naive ${round(base.messagesPerClientPerSec)}. ${lostNote(ours)} ${lostNote(base)}`.trim());
  const phase = (xs: number[]) => `p50 ${round(percentile(xs, 50), 2)} / p99 ${round(percentile(xs, 99), 2)} / max ${round(Math.max(0, ...xs), 1)} ms`;
  ctx.note(s, `ours, per delta: journal write ${phase(ours.phases.journal)}; room.flush ${phase(ours.phases.flush)}; socket.io emit ${phase(ours.phases.emit)}`);
  ctx.detail(s, 'phases', ours.phases);
  const p = `${PEAK_RATE.toLocaleString('en-US')} ev/s`;
  ctx.note(s, `at ${p} (top-room mix: likes 56 %, enters/leaves 41 %, comments 1.6 %; journal on): ${round(peak.eventsPerSec, 0)} ev/s in, synthesis ≈ ${round(peak.genShare * 100)} % of hub CPU; ` +
    `per delta: journal ${phase(peak.phases.journal)}; room.flush ${phase(peak.phases.flush)}; emit ${phase(peak.phases.emit)}. ${lostNote(peak)} ` +
    `No baseline at ${p}: the naive hub sends one message per event per client (200,000 messages/s for 10 clients), which this 2-core machine cannot carry; the ${RATE.toLocaleString('en-US')} ev/s rows below compare it.`);
  ctx.detail(s, 'peakPhases', peak.phases);
  return [
    row({ scenario: s, figure: `${p}: ingest→client latency p50`, unit: 'ms', ours: peak.latency.percentile(50), baseline: null, better: 'lower', target: null }),
    row({ scenario: s, figure: `${p}: ingest→client latency p99`, unit: 'ms', ours: peak.latency.percentile(99), baseline: null, better: 'lower', target: '≤ 150 ms', check: (v) => v <= 150 }),
    row({ scenario: s, figure: `${p}: ingest→client latency max`, unit: 'ms', ours: peak.latency.max(), baseline: null, better: 'lower', target: null }),
    row({ scenario: s, figure: `${p}: hub CPU (synthesis included)`, unit: 'cores', ours: round(peak.cores, 3), baseline: null, better: 'lower', target: '≤ 1 core', check: (v) => v <= 1 }),
    row({ scenario: s, figure: `${p}: hub event-loop delay p99`, unit: 'ms', ours: round(peak.loopDelayMs.p99, 1), baseline: null, better: 'lower', target: null, note: `max ${round(peak.loopDelayMs.max, 0)} ms` }),
    row({ scenario: s, figure: `${p}: JSON received per client`, unit: 'KiB/s', ours: round(peak.kbPerClientPerSec, 1), baseline: null, better: 'lower', target: null }),
    row({ scenario: s, figure: `${p}: hub RSS peak`, unit: 'MiB', ours: mib(peak.rssPeak), baseline: null, better: 'lower', target: null }),
    row({ scenario: s, figure: 'ingest→client latency p50', unit: 'ms', ours: ours.latency.percentile(50), baseline: base.latency.percentile(50), better: 'lower', target: null }),
    row({ scenario: s, figure: 'ingest→client latency p99', unit: 'ms', ours: ours.latency.percentile(99), baseline: base.latency.percentile(99), better: 'lower', target: '≤ 150 ms', check: (v) => v <= 150 }),
    row({ scenario: s, figure: 'ingest→client latency max', unit: 'ms', ours: ours.latency.max(), baseline: base.latency.max(), better: 'lower', target: null }),
    row({ scenario: s, figure: 'delta flush→client p99', unit: 'ms', ours: ours.delivery.percentile(99), baseline: null, better: 'lower', target: null }),
    row({ scenario: s, figure: 'JSON received per client', unit: 'KiB/s', ours: round(ours.kbPerClientPerSec, 1), baseline: round(base.kbPerClientPerSec, 1), better: 'lower', target: null }),
    row({ scenario: s, figure: 'hub event-loop delay p99', unit: 'ms', ours: round(ours.loopDelayMs.p99, 1), baseline: round(base.loopDelayMs.p99, 1), better: 'lower', target: null, note: `max ${round(ours.loopDelayMs.max, 0)} vs ${round(base.loopDelayMs.max, 0)} ms` }),
    row({ scenario: s, figure: 'hub CPU', unit: 'cores', ours: round(ours.cores, 3), baseline: round(base.cores, 3), better: 'lower', target: '≤ 1 core', check: (v) => v <= 1 }),
    row({ scenario: s, figure: 'hub RSS start', unit: 'MiB', ours: mib(ours.rssStart), baseline: mib(base.rssStart), better: 'lower', target: null }),
    row({ scenario: s, figure: 'hub RSS peak', unit: 'MiB', ours: mib(ours.rssPeak), baseline: mib(base.rssPeak), better: 'lower', target: null }),
    row({ scenario: s, figure: 'hub RSS end', unit: 'MiB', ours: mib(ours.rssEnd), baseline: mib(base.rssEnd), better: 'lower', target: null }),
    row({ scenario: s, figure: '10 clients CPU (bench process)', unit: 'cores', ours: round(ours.clientCores, 3), baseline: round(base.clientCores, 3), better: 'lower', target: null }),
  ];
}
