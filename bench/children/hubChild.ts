/**
 * A hub in its own process, so its CPU and RSS are its own. Config comes as JSON in BENCH_HUB;
 * protocol over IPC: → ready {url, token, consoleUrl}; ← go; → done {…measurements}; ← stop.
 * `impl: 'ours'` is the real hub (startHub) fed by a manual source; `impl: 'naive'` the baseline.
 */
import { rmSync } from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { startHub } from '../../electron/hub/hub';
import { loadSampleShow } from '../../electron/hub/sampleShow';
import type { LiveEvent } from '../../shared/protocol/events';
import { startNaiveHub } from '../baselines/naiveHub';
import { benchTmpDir, childGuard } from '../lib/children';
import { COMMENTS_ONLY, createEventMix, FANOUT_MIX, pace, TOP_ROOM_MIX } from '../lib/eventMix';
import type { HubChildConfig, HubChildDone } from '../lib/hubChildProtocol';

childGuard();
const cfg = JSON.parse(process.env.BENCH_HUB ?? '{}') as HubChildConfig;
const show = loadSampleShow();
const dataDir = benchTmpDir('hub-');

interface Target {
  url: string;
  token: string;
  consoleUrl: string;
  push(events: LiveEvent[], at: number): void;
  close(): Promise<void>;
}

/** Time spent per flush phase while recording, ms. */
const phases = { journal: [] as number[], flush: [] as number[], emit: [] as number[] };
function timed<T>(into: number[], fn: () => T): T {
  if (!recording) return fn();
  const t = performance.now();
  try {
    return fn();
  } finally {
    into.push(performance.now() - t);
  }
}
/**
 * BENCH_HUB_SHED=off (read here only, the bench's baseline switch): the hub without its load
 * shedding — snapshots unpaced, unshared and unbatched (each with its own flush), no per-address cap.
 */
const unshed = process.env.BENCH_HUB_SHED === 'off';
const loopDelay = monitorEventLoopDelay({ resolution: 10 });

/** Ingest frames of the current batch, per delta seq: [seq, ingestAt, count] triples. */
const records: number[] = [];
let pending: number[] = [];
let recording = false;

async function startTarget(): Promise<Target> {
  if (cfg.impl === 'naive') {
    const hub = await startNaiveHub({ show });
    return { url: hub.url, token: '', consoleUrl: '', push: (events, at) => hub.ingest(events, at), close: () => hub.close() };
  }
  let emit: ((events: LiveEvent[]) => void) | null = null;
  const hub = await startHub({
    source: { kind: 'connector', start: (e) => { emit = e; }, stop: () => { emit = null; } },
    show, dataDir, staticDir: cfg.staticDir, flushMs: cfg.flushMs,
    ...(process.env.BENCH_NO_JOURNAL ? { journal: false } : {}),
    ...(unshed ? { snapshotIntervalMs: 0, maxConnectionsPerAddress: Number.MAX_SAFE_INTEGER, unbatchedSnapshots: true } : {}),
  });
  if (unshed) {
    // Baseline: no snapshot shared per seq either (the room builds one per request, as before issue 15).
    const snapshot = hub.room.snapshot.bind(hub.room);
    hub.room.snapshot = (now: number) => {
      (hub.room as unknown as { snap: unknown }).snap = null;
      return snapshot(now);
    };
  }
  // Bench-side wrappers on the instances (the hub's code is untouched): which delta carries each
  // ingested frame, and where the time of a flush goes (journal write, metrics, emit).
  const room = hub.room;
  const flush = room.flush.bind(room);
  const journal = hub.journal;
  if (journal) {
    const beforeDelta = journal.beforeDelta.bind(journal);
    journal.beforeDelta = (seq: number) => timed(phases.journal, () => beforeDelta(seq));
  }
  const to = hub.io.to.bind(hub.io);
  hub.io.to = ((room: string) => {
    const op = to(room);
    const emitOp = op.emit.bind(op) as (...args: unknown[]) => boolean;
    op.emit = ((...args: unknown[]) => timed(phases.emit, () => emitOp(...args))) as typeof op.emit;
    return op;
  }) as typeof hub.io.to;
  room.flush = (now: number) => {
    const delta = timed(phases.flush, () => flush(now));
    if (delta && pending.length) {
      for (let i = 0; i < pending.length; i += 2) records.push(delta.seq, pending[i]!, pending[i + 1]!);
      pending = [];
    }
    return delta;
  };
  return {
    url: hub.url, token: hub.token, consoleUrl: hub.consoleUrl,
    push(events, at) {
      if (recording) pending.push(at, events.length);
      emit?.(events);
    },
    close: () => hub.close(),
  };
}


const mix = createEventMix({
  seed: cfg.seed, roomId: 'main', productIds: show.products.map((p) => p.id),
  mix: cfg.mix === 'comments' ? COMMENTS_ONLY : cfg.mix === 'top' ? TOP_ROOM_MIX : FANOUT_MIX,
});

async function run(target: Target): Promise<HubChildDone> {
  const rss: [number, number][] = [];
  const sampleRss = () => rss.push([Date.now(), process.memoryUsage().rss]);
  sampleRss();
  const rssTimer = setInterval(sampleRss, 1000);
  let genNs = 0n;
  let genEvents = 0;
  let events = 0;
  const stop = pace({
    rate: cfg.rate, frameMs: cfg.frameMs,
    make: (ts) => mix.next(ts),
    perSecond: (ts) => mix.stats(ts),
    emit: (frame, at) => {
      events += frame.length;
      target.push(frame, at);
    },
  });
  // Synthesis cost, measured apart so it can be told from the hub's own work.
  const genProbe = setInterval(() => {
    const t = process.hrtime.bigint();
    for (let i = 0; i < 100; i++) mix.next(Date.now());
    genNs += process.hrtime.bigint() - t;
    genEvents += 100;
  }, 1000);
  await sleep(cfg.warmupMs);
  recording = true;
  loopDelay.enable();
  const t0 = Date.now();
  const cpu0 = process.cpuUsage();
  const events0 = events;
  await sleep(cfg.durationMs);
  stop();
  recording = false;
  loopDelay.disable();
  const cpu = process.cpuUsage(cpu0);
  const wallMs = Date.now() - t0;
  clearInterval(genProbe);
  await sleep(500); // let the last batch go out
  clearInterval(rssTimer);
  sampleRss();
  return {
    type: 'done', measureStart: t0, wallMs, events: events - events0,
    cpuUserMs: cpu.user / 1000, cpuSystemMs: cpu.system / 1000,
    genUsPerEvent: genEvents ? Number(genNs) / 1000 / genEvents : 0,
    rss, records, phases,
    loopDelayMs: { p50: loopDelay.percentile(50) / 1e6, p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Bring the room to a late-session steady state first: `n` past events spread over the last
 * `spanMs` (the metrics engine rolls a minute series over that span, so deltas are as large as
 * they get late in a show), more than the room's 200,000-id de-duplication memory holds.
 */
function prefill(target: Target, n: number, spanMs: number): number {
  const t0 = Date.now();
  const from = t0 - spanMs;
  for (let i = 0; i < n; i += 200) {
    const ts = from + Math.floor((i / n) * spanMs);
    const frame: LiveEvent[] = [];
    for (let k = 0; k < 200 && i + k < n; k++) frame.push(mix.next(ts));
    if (i % 20_000 === 0) frame.push(mix.stats(ts));
    target.push(frame, ts);
  }
  return Date.now() - t0;
}

void startTarget().then((target) => {
  const prefillMs = prefill(target, cfg.prefillEvents, cfg.prefillSpanMs);
  process.on('message', (m: { cmd?: string }) => {
    if (m.cmd === 'go') void run(target).then((done) => process.send!(done));
    if (m.cmd === 'stop') {
      void target.close().finally(() => {
        rmSync(dataDir, { recursive: true, force: true });
        process.exit(0);
      });
    }
  });
  process.send!({ type: 'ready', url: target.url, token: target.token, consoleUrl: target.consoleUrl, prefillMs });
});
